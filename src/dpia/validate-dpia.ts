import { InputError } from "../validation/input-error";
import { validateAgainst } from "../validation/schema-validator";
import { DpiaSchema, type Dpia } from "./schema";

/** DPIAs already found valid. A DPIA is never changed once built: every later step makes a new object. */
const validated = new WeakSet<Dpia>();

/**
 * Checks a DPIA against the published JSON Schema with ajv; a DPIA that fails is never written.
 * Each DPIA is validated once: built, enforced and written, it is the same object, checked the first time.
 */
export function assertValidDpia(dpia: Dpia): void {
  if (validated.has(dpia)) return;
  const problems = validateAgainst(DpiaSchema, dpia, `DPIA ${dpia.dpia_id}`);
  if (problems.length > 0) throw new InputError(problems);
  validated.add(dpia);
}
