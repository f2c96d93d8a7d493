import type { Inventory } from "../inventory/model";
import type { Sample } from "../inventory/sample";
import type { Acknowledgement } from "../policy/acknowledgement";
import type { ArtifactFile } from "../report/artifact-checks";

/** One configuration to assess, and what the aspect wrote for it when it ran. */
export interface GateInput {
  /** Undefined for a stack the aspect blocked at synthesis: only its DPIAs are there. */
  inventory?: Inventory;
  /** DPIAs found next to a synthesized stack; undefined when the folder has none. */
  aspectDpias?: ArtifactFile[];
  /** The cdktf stack the input came from, when it came from cdktf.out. */
  stackName?: string;
  /** Samples attached to constructs in code (addDpiaSample). */
  samples?: Sample[];
  /** Acknowledgements made on constructs in code (acknowledgeFinding). */
  acknowledgements?: Acknowledgement[];
}
