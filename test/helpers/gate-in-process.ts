// `dpia gate <target> --policy <policy>` run in this process (its exit code and what it printed), for tests that
// run it many times over small inputs.
import { gateExitCode } from "../../src/cli/commands/gate";

export async function gateInProcess(
  target: string,
  policy: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await gateExitCode(
    target,
    { policy, format: "text" },
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
  );
  return { code, stdout, stderr };
}
