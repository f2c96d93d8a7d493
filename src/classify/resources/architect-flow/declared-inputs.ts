import type { GenesysResource } from "../../../inventory/model";
import { readContract } from "../../contract-fields";

/**
 * The names an action's `contract_input` declares (at any depth), which bound what a flow can pass
 * it; undefined when the contract cannot be read (missing, unresolved, not JSON, a gap).
 */
export function declaredInputs(action: GenesysResource | undefined): Set<string> | undefined {
  const raw = action?.attributes.contract_input;
  let schema: unknown = raw;
  if (typeof raw === "string") {
    try {
      schema = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!schema || typeof schema !== "object") return undefined;
  const shape = readContract(schema, "contract_input");
  if (shape.gaps.length > 0) return undefined;
  return new Set(shape.fields.map((field) => field.name));
}
