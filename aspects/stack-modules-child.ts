import { readJsonConfigurationModules } from "../src/inventory/read-hcl";
import { InputError } from "../src/validation/input-error";
import type { StackModulesRequest, StackModulesResponse } from "./read-stack-modules";

async function answer(request: StackModulesRequest): Promise<StackModulesResponse> {
  const warnings: string[] = [];
  try {
    const modules = await readJsonConfigurationModules(request.configuration, {
      dir: request.stackDir,
      origin: request.origin,
      onWarning: (message) => warnings.push(message),
    });
    return { ok: true, modules, warnings };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** Reads the modules of one synthesized stack (stdin JSON) and answers on stdout; an input error is an answer too. */
export async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const response = await answer(JSON.parse(Buffer.concat(chunks).toString("utf8")) as StackModulesRequest);
  process.stdout.write(JSON.stringify(response));
}
