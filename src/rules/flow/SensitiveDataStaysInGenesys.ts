import { declareRule } from "../rule";
import { dataElement } from "../../catalog/lookup";
import { elementNames, isTopCategory } from "../helpers";
import type { RuleContext } from "../rule";

/** A known data element rated Critical (the policy may add or raise one); unknown contract data is GC-FLW-5's. */
function isCriticalElement(context: RuleContext, id: string): boolean {
  const element = dataElement(context.catalog, id);
  return element.risk_level === "Critical" && element.regulatory_category !== "unknown";
}

export const SensitiveDataStaysInGenesys = declareRule({
  id: "GC-FLW-1",
  name: "SensitiveDataStaysInGenesys",
  target: "flow",
  severity: "Critical",
  description:
    "No data flow sends payment card data, special-category (Art. 9) or criminal-offence (Art. 10) data, or any other data element the catalog or the policy rates Critical, outside Genesys Cloud.",
  rationale:
    "Card numbers and card verification codes bring the recipient into PCI DSS scope and must never be kept after authorisation (PCI DSS v4.0 Req. 3.3.1, 3.5.1); health, biometric and other Art. 9 data may only be processed under an Art. 9(2) condition. Sending them to a third party is a high residual risk that needs prior consultation (GDPR Art. 36).",
  remediation:
    "Keep card data in Genesys secure flows (secure pause, DTMF masking, a PCI-certified payment integration that returns a token) and send only tokens; remove special-category fields from the contract, or obtain a time-bound, dual-approved exception.",
  check(flow, context) {
    if (flow.destination.kind === "genesys_org") return [];
    const sensitive = flow.data_elements.filter((id) => isTopCategory(context, id) || isCriticalElement(context, id));
    if (sensitive.length === 0) return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `${elementNames(context, sensitive)} flow to ${flow.destination.name}`,
      },
    ];
  },
});
