import { hasUnresolved } from "../../inventory/expressions";
import { architectLogLevel } from "../../inventory/attributes/architect-log-level";
import { stringAt } from "../../inventory/lookup";
import type { ClassifiedElement, UnknownValue } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const FLOW_LOG_RULE = "CLS-FLOW-LOG";

/**
 * Flow execution logs at `All` hold the value of every flow variable: what callers said and typed,
 * their details from data actions, and card digits collected by the flow. Free text that reaches
 * logs is assumed to hold card numbers, as free text that leaves Genesys is.
 */
export const classifyArchitectLogLevel: ResourceClassifier = (resource) => {
  const value = stringAt(resource.attributes, "flow_log_level");
  const level = architectLogLevel(value);
  const unknowns: UnknownValue[] = [];
  if (level === "unknown")
    unknowns.push({
      kind: "value",
      attribute: "flow_log_level",
      value: value ?? "(missing)",
      reason:
        value && !hasUnresolved(value) ? "is not a flow log level the gate knows" : "is not resolved before deployment",
    });
  const evidence = [`flow_log_level ${level === "unknown" ? "(unknown: assessed as All)" : value}`];
  const elements: ClassifiedElement[] = [];
  if (level === "notes" || level === "everything" || level === "unknown")
    elements.push({ element: "unstructured_free_text", rule: FLOW_LOG_RULE, evidence });
  if (level === "everything" || level === "unknown") {
    for (const element of ["participant_data", "contact_pii", "payment_card_pan"])
      elements.push({ element, rule: FLOW_LOG_RULE, evidence });
  }
  return { address: resource.address, elements, unknowns };
};
