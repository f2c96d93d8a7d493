import type { GateInput } from "../src/gate/gate-input";
import type { Inventory } from "../src/inventory/model";
import { attachReferencedFiles } from "../src/inventory/read-referenced-files";
import { readTerraformJson } from "../src/inventory/read-terraform-json";
import { acknowledgementsInStack } from "./acknowledgements";
import { warnOn } from "./annotations";
import type { StackLike } from "./construct-tree";
import { readStackModules } from "./read-stack-modules";
import { samplesInStack, toSamples } from "./samples";

/** The Terraform address of the resource each construct path declares (the first, if several). */
function addressesOf(inventory: Inventory): (constructPath: string) => string | undefined {
  const addressByConstructPath = new Map<string, string>();
  for (const resource of inventory.resources) {
    const constructPath = resource.location.constructPath;
    if (constructPath !== undefined && !addressByConstructPath.has(constructPath))
      addressByConstructPath.set(constructPath, resource.address);
  }
  return (constructPath) => addressByConstructPath.get(constructPath);
}

/**
 * The stack as the gate's input: its configuration as synthesized, the flow and script files it
 * names (read relative to the stack's folder, as Terraform reads them), and the samples and
 * acknowledgements attached to its constructs in code.
 */
export function readStack(stack: StackLike, configuration: unknown, stackDir: string): GateInput {
  const onWarning = (message: string) => warnOn(stack, message);
  const origin = "cdktf construct tree";
  const modules = readStackModules(configuration, { stackDir, origin, onWarning });
  const read = readTerraformJson(configuration, {
    scope: `stack "${stack.node.id}"`,
    origin,
    onWarning,
    modules,
  });
  const inventory = attachReferencedFiles(read, stackDir);
  const addressOf = addressesOf(inventory);
  const samples = toSamples(samplesInStack(stack), addressOf);
  return { inventory, samples, acknowledgements: acknowledgementsInStack(stack, addressOf) };
}
