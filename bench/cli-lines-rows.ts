// The cold-start rows on the package's other Node.js lines (scripts/node-lines.ts): Node 20 reached its end of
// life, and Node 22 and later keep V8's compiled code between runs (module.enableCompileCache), so the running
// line alone does not say what users of the supported lines pay.
import * as path from "node:path";
import { NODE_LINES, nodeBinFolder, type NodeLine } from "../scripts/node-lines";
import type { BenchContext } from "./bench-context";
import { cpuSecondsOf, median } from "./measure";

export interface ColdStartCase {
  /** bin/dpia.cjs as npm installs it (beside dist/, no src/). */
  bin: string;
  /** A folder of one `.tf` file, its register inside. */
  folder: string;
  /** The Node.js script that starts the HCL parser in a worker as the gate does and parses that file once. */
  parserAlone: string;
  runs: number;
}

/** For each supported line other than the running one: the gate and the parser alone, each against `node -e 0`. */
export function otherNodeLineRows(context: BenchContext, { bin, folder, parserAlone, runs }: ColdStartCase): void {
  const running = Number(process.versions.node.split(".")[0]);
  for (const line of Object.keys(NODE_LINES).map(Number) as NodeLine[]) {
    if (line === running) continue;
    let node: string;
    try {
      node = path.join(nodeBinFolder(line), "node");
    } catch (error) {
      context.note(`Node ${line}: not measured (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const cpu = (args: string[]) => median(Array.from({ length: runs }, () => cpuSecondsOf(node, args, folder)));
    // One run first: Node 22 and later fill the compile cache on a package's first start, as a user's first run does.
    cpuSecondsOf(node, [bin, "gate", folder, "--register", path.join(folder, "register.db")], folder);
    const nodeCpu = cpu(["-e", "0"]);
    const gateCpu = cpu([bin, "gate", folder, "--register", path.join(folder, "register.db")]);
    const parserCpu = cpu(["-e", parserAlone, path.join(folder, "main.tf")]);
    context.add(
      `CLI on Node ${NODE_LINES[line]}: dpia gate on a one-resource folder as installed, CPU time vs node -e 0 (median of ${runs})`,
      gateCpu,
      nodeCpu,
      gateCpu / nodeCpu,
      "≤ 5",
      gateCpu / nodeCpu <= 5,
    );
    context.add(
      `CLI floor on Node ${NODE_LINES[line]}: the HCL parser alone in a worker, one parse of that file, CPU time vs node -e 0 (median of ${runs})`,
      parserCpu,
      nodeCpu,
      parserCpu / nodeCpu,
      "—",
      undefined,
    );
  }
}
