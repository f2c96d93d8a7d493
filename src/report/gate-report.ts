import type { Dpia } from "../dpia/schema";

/** A check of the DPIA artifacts the aspect left next to a stack, against the fresh assessment. */
export interface ArtifactFinding {
  rule_id: "GC-ART-1" | "GC-ART-2" | "GC-ART-3";
  severity: "Critical";
  dpia_id: string;
  file?: string;
  message: string;
}

export const ARTIFACT_RULES = [
  { id: "GC-ART-1", name: "AspectDpiaPresent", description: "A stack that the DPIA aspect ran on has a DPIA artifact for every integration and OAuth client the gate assesses.", rationale: "A missing artifact means the aspect was bypassed or the file was removed after synthesis; the pipeline must not trust the stack.", remediation: "Run cdktf synth again with the aspect and deploy what it produced." },
  { id: "GC-ART-2", name: "AspectDpiaCurrent", description: "Each DPIA artifact's fingerprint equals that of the configuration being deployed.", rationale: "A stale artifact describes another configuration than the one being deployed.", remediation: "Run cdktf synth again; never copy cdktf.out between builds." },
  { id: "GC-ART-3", name: "AspectDpiaUnedited", description: "No DPIA artifact claims a better status or a lower risk than the fresh assessment.", rationale: "An artifact edited by hand to APPROVED is the cheapest bypass there is; the gate re-assesses and compares.", remediation: "Restore the generated artifact; the only way past a block is a dual-signed exception." },
] as const;

export interface GateReport {
  dpias: Dpia[];
  artifactFindings: ArtifactFinding[];
  warnings: string[];
  exitCode: 0 | 1 | 2;
}

export function summaryOf(report: GateReport) {
  const blocked = report.dpias.filter((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT").length;
  return {
    dpias: report.dpias.length,
    approved: report.dpias.length - blocked,
    blocked,
    artifact_findings: report.artifactFindings.length,
    exit_code: report.exitCode,
  };
}
