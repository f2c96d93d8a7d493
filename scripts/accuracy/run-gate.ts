/**
 * Runs the real `dpia gate` command line on a case as a new user would: its own process, a scratch
 * register, a working folder with no policy in it, and none of the developer's DPIA_*, TF_VAR_* or
 * GENESYSCLOUD_* settings. Returns what it answered, reduced to what a verdict is made of.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Observed, ObservedDpia, RealWorldCase } from "./cases";

const DPIA = path.resolve(__dirname, "..", "..", "bin", "dpia.cjs");
/** The largest case takes about half a minute alone; two run at once on two shared cores. */
export const CASE_TIMEOUT_MS = 240_000;

const SEVERITIES = ["Low", "Medium", "High", "Critical"];
/** 1 (Low) to 4 (Critical); 0 for anything else. */
const rank = (severity: string): number => SEVERITIES.indexOf(severity) + 1;

interface Finding {
  rule_id: string;
  severity: string;
  message: string;
  resource?: string;
}

interface GateDpia {
  subject: { address?: string };
  integration_name: string;
  compliance_status: ObservedDpia["status"];
  resources: { address: string }[];
  risk_assessment: { overall_risk_score: string };
  findings: Finding[];
  decision: { block_at: string };
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(DPIA_|TF_VAR_|GENESYSCLOUD_)/.test(name) || name === "FORCE_COLOR") continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: "1", CHECKPOINT_DISABLE: "1" };
}

function spawnGate(args: string[], cwd: string): Promise<{ exit: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [DPIA, ...args], { cwd, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), CASE_TIMEOUT_MS);
    child.on("close", (exit) => {
      clearTimeout(timer);
      resolve({ exit, stdout, stderr: exit === null ? `${stderr}\nkilled after ${CASE_TIMEOUT_MS} ms` : stderr });
    });
  });
}

function describeFinding(finding: Finding): string {
  return `${finding.rule_id} (${finding.severity}) ${finding.resource ?? "-"}: ${finding.message}`;
}

/**
 * The findings that block: those at or above the block threshold; when the DPIA is blocked with
 * none (the risk matrix raised High findings to Critical), its most severe ones, marked so.
 */
function blockingFindings(dpia: GateDpia): string[] {
  const threshold = rank(dpia.decision.block_at) || rank("Critical");
  const atThreshold = dpia.findings.filter((finding) => rank(finding.severity) >= threshold);
  if (atThreshold.length > 0 || dpia.compliance_status !== "BLOCKED_FOR_DEPLOYMENT")
    return atThreshold.map(describeFinding);
  const top = Math.max(0, ...dpia.findings.map((finding) => rank(finding.severity)));
  return dpia.findings
    .filter((finding) => rank(finding.severity) === top)
    .map((finding) => `[no finding at ${dpia.decision.block_at}: risk matrix] ${describeFinding(finding)}`);
}

function observedDpia(dpia: GateDpia): ObservedDpia {
  return {
    subject: dpia.subject.address ?? dpia.integration_name,
    status: dpia.compliance_status,
    risk: dpia.risk_assessment.overall_risk_score,
    addresses: [...new Set(dpia.resources.map((resource) => resource.address))].sort(),
    blocking_findings: [...new Set(blockingFindings(dpia))].sort(),
  };
}

export async function runGate(realWorldCase: RealWorldCase): Promise<Observed> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-accuracy-"));
  try {
    const args = ["gate", realWorldCase.config, "--format", "json", "--register", path.join(scratch, "register.db")];
    const result = await spawnGate([...args, ...realWorldCase.gateArgs], scratch);
    if (result.exit !== 0 && result.exit !== 1) {
      const error = result.stderr.split(realWorldCase.dir).join("<case>").split(scratch).join("<scratch>").trim();
      return { exit: result.exit, error, dpias: [] };
    }
    let report: { dpias: GateDpia[] };
    try {
      report = JSON.parse(result.stdout) as { dpias: GateDpia[] };
    } catch {
      return { exit: result.exit, error: `exit ${String(result.exit)} without a JSON report on stdout`, dpias: [] };
    }
    const dpias = report.dpias.map(observedDpia).sort((a, b) => a.subject.localeCompare(b.subject));
    return { exit: result.exit, dpias };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs the cases two at a time (two cores), in order, each result available as soon as it is known. */
export function runGatePool(cases: RealWorldCase[], width = 2): Map<string, Promise<Observed>> {
  const settle = new Map<string, (result: Promise<Observed>) => void>();
  const results = new Map(
    cases.map((realWorldCase) => [
      realWorldCase.name,
      new Promise<Observed>((resolve) => settle.set(realWorldCase.name, resolve)),
    ]),
  );
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let realWorldCase = cases[next++]; realWorldCase; realWorldCase = cases[next++]) {
      const result = runGate(realWorldCase);
      settle.get(realWorldCase.name)?.(result);
      await result.catch(() => undefined);
    }
  };
  for (let index = 0; index < width; index++) void lane();
  return results;
}
