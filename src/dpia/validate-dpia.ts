import { InputError } from "../validation/input-error";
import { validateAgainst } from "../validation/schema-validator";
import { DpiaSchema, type Dpia } from "./schema";

/** Checks a DPIA against the published JSON Schema with ajv; a DPIA that fails is never written. */
export function assertValidDpia(dpia: Dpia): void {
  const problems = validateAgainst(DpiaSchema, dpia, `DPIA ${dpia.dpia_id}`);
  if (problems.length > 0) throw new InputError(problems);
}
