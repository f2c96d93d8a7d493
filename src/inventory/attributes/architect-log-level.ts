import { hasUnresolved } from "../expressions";

/** What an Architect flow execution log level writes: `Base` the path taken, `Notes` free-text notes, `All` every variable's value. */
export function architectLogLevel(value: string | undefined): "quiet" | "notes" | "everything" | "unknown" {
  if (value === undefined || hasUnresolved(value)) return "unknown";
  if (/^(disabled|none|base)$/i.test(value.trim())) return "quiet";
  if (/^notes$/i.test(value.trim())) return "notes";
  if (/^(all|trace|debug)$/i.test(value.trim())) return "everything";
  return "unknown";
}
