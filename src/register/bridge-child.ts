import { loadPolicy } from "../policy/load-policy";
import { authorityResponse, type BridgeRequest, type BridgeResponse } from "./sync-bridge";
import { loadGateAuthority } from "./gate-authority";
import { recordGateRun } from "./gate-run";
import { withRegister } from "./register";

async function handle(request: BridgeRequest): Promise<BridgeResponse> {
  return withRegister({ url: request.register, write: true }, async (register) => {
    if (request.op === "authority") {
      const warnings: string[] = [];
      const policy = loadPolicy({ file: request.policyFile });
      return authorityResponse(register.location, await loadGateAuthority(register, policy, warnings), warnings);
    }
    await recordGateRun(register, {
      assessed: request.assessed,
      uses: request.uses,
      input: request.input,
      at: new Date(request.at),
    });
    return { ok: true, op: "record", location: register.location };
  });
}

/** Runs one request from the aspect (stdin JSON) and answers on stdout; every failure is an answer too. */
export async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  let response: BridgeResponse;
  try {
    response = await handle(JSON.parse(Buffer.concat(chunks).toString("utf8")) as BridgeRequest);
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(JSON.stringify(response));
}
