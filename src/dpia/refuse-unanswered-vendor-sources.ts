import type { Finding } from "../rules/rule";
import { SOURCE_FAILURE_PREFIX } from "../rules/vendor/VendorSourceAnswered";
import { InputError } from "../validation/input-error";
import type { VendorKnowledge } from "../vendors/model";

/**
 * Under `vendors.on_source_failure: "error"` (the default), a flow whose vendor source gave no answer
 * cannot be assessed: the run stops with exit 2 naming the resource, the source, the host and the
 * reason, before any DPIA is written or recorded. Checked before acknowledgements, which cannot
 * touch it.
 */
export function refuseUnansweredVendorSources(findings: readonly Finding[], vendors: VendorKnowledge): void {
  if (vendors.onSourceFailure !== "error") return;
  const failed = findings.filter((finding) => finding.rule_id === "GC-VEN-8");
  const first = failed[0];
  if (!first) return;
  const more = new Set(failed.map((finding) => finding.message)).size - 1;
  throw new InputError([
    {
      file: first.resource,
      location: "",
      expected: `${first.message.replace(`${SOURCE_FAILURE_PREFIX}: `, "")}; the flow cannot be assessed and nothing was approved${more > 0 ? ` (and ${more} more flow${more === 1 ? "" : "s"} without an answer)` : ""} (vendors.on_source_failure "critical" blocks with GC-VEN-8 instead)`,
    },
  ]);
}
