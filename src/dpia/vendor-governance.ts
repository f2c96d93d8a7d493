import type { Catalog } from "../catalog/schema";
import type { AssessmentSubject, DataFlow } from "../flows/model";
import type { Inventory } from "../inventory/model";
import type { Finding, RuleContext } from "../rules/rule";
import { MISMATCH_PREFIX, vendorView } from "../rules/vendor/vendor-view";
import type { VendorKnowledge } from "../vendors/model";
import type { Dpia } from "./schema";

type Section = NonNullable<Dpia["vendor_governance"]>;

/** Both sides of one flow to a named host: what Genesys keeps, what the vendor's record says it does. */
function comparedFlow(flow: DataFlow, context: RuleContext): Section["flows"] {
  const view = vendorView(flow, context);
  if (!view) return [];
  const lookup = view.lookup;
  const capability = view.record?.vendor_data_capability;
  return [
    {
      via: flow.via,
      host: view.host,
      status: lookup?.status ?? "not_looked_up",
      ...(lookup ? { source: lookup.source } : {}),
      ...(lookup?.status === "unavailable" ? { reason: lookup.reason } : {}),
      ...(view.record ? { vendor: view.record.name, fides_key: view.record.fides_key } : {}),
      ...(capability ? { as_of: capability.as_of } : {}),
      genesys_retention: view.genesys,
      ...(view.vendorDays
        ? { vendor_retention: { live_days: view.vendorDays.live, backup_days: view.vendorDays.backups } }
        : {}),
      ...(view.need ? { controller_need: { days: view.need.days, source: view.need.source } } : {}),
      ...(capability
        ? {
            deletion: capability.deletion,
            dpa: capability.dpa,
            sub_processors: capability.sub_processors,
            certifications: capability.certifications,
            ...(capability.evidence_url ? { evidence_url: capability.evidence_url } : {}),
          }
        : {}),
    },
  ];
}

function sectionNote(compared: number, mismatches: number, handling: Section["mismatch_handling"]): string {
  if (compared === 0) return "No personal data flows to a named host outside Genesys, so no vendor was compared.";
  const found =
    mismatches === 0
      ? "no mismatch"
      : `${mismatches} DATA_GOVERNANCE_MISMATCH${mismatches === 1 ? "" : "es"}${handling === "warn" ? ', reported as warnings because the policy sets vendors.on_mismatch to "warn"' : ", each blocking (the policy can make them warnings with vendors.on_mismatch)"}`;
  return `${compared} flow${compared === 1 ? "" : "s"} compared with the receiving vendor's record; ${found}.`;
}

/** The DPIA's vendor section: both sides of each flow side by side, and the mismatches found. */
export function vendorGovernanceSection(
  subject: AssessmentSubject,
  inventory: Inventory,
  catalog: Catalog,
  vendors: VendorKnowledge,
  findings: Finding[],
): Section {
  const handling = vendors.onMismatch;
  if (!vendors.configured) {
    return {
      assessed: false,
      note: "Not assessed: the policy names no vendor source (vendors.records, vendors.files, vendors.api or vendors.fides), so the recipients' retention, deletion, DPA and sub-processors are not compared with this configuration.",
      mismatch_handling: handling,
      flows: [],
      mismatches: [],
    };
  }
  const context = { subject, inventory, catalog, vendors } as unknown as RuleContext;
  const flows = subject.flows.flatMap((flow) => comparedFlow(flow, context));
  const mismatches = findings
    .filter((finding) => finding.message.startsWith(MISMATCH_PREFIX))
    .map((finding) => ({
      rule_id: finding.rule_id,
      severity: finding.severity,
      via: finding.resource,
      message: finding.message,
    }));
  const note = sectionNote(flows.length, mismatches.length, handling);
  return { assessed: true, note, mismatch_handling: handling, flows, mismatches };
}
