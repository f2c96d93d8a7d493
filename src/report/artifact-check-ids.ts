import type { DocumentedCheck } from "../catalog/documented-check";

/** What the pipeline gate checks about the DPIA artifacts the aspect left in cdktf.out; each blocks (Critical). */
export const ARTIFACT_CHECKS = [
  {
    id: "GC-ART-1",
    name: "AspectDpiaPresent",
    severity: "Critical",
    description:
      "A stack that the DPIA aspect ran on has a DPIA artifact for every integration and OAuth client the gate assesses.",
    rationale:
      "A missing artifact means the aspect was bypassed or the file was removed after synthesis; the pipeline must not trust the stack.",
    remediation: "Run cdktf synth again with the aspect and deploy what it produced.",
  },
  {
    id: "GC-ART-2",
    name: "AspectDpiaCurrent",
    severity: "Critical",
    description: "Each DPIA artifact's fingerprint equals that of the configuration being deployed.",
    rationale: "A stale artifact describes another configuration than the one being deployed.",
    remediation: "Run cdktf synth again; never copy cdktf.out between builds.",
  },
  {
    id: "GC-ART-3",
    name: "AspectDpiaUnedited",
    severity: "Critical",
    description: "No DPIA artifact claims a better status or a lower risk than the fresh assessment.",
    rationale:
      "An artifact edited by hand to APPROVED is the cheapest bypass there is; the gate re-assesses and compares.",
    remediation: "Restore the generated artifact; the only way past a block is a dual-signed exception.",
  },
] as const satisfies readonly DocumentedCheck<`GC-ART-${number}`>[];

/** The check an artifact finding names: an id declared above, or it does not compile. */
export type ArtifactCheckId = (typeof ARTIFACT_CHECKS)[number]["id"];
