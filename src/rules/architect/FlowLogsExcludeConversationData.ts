import { architectLogLevel } from "../../inventory/attributes/architect-log-level";
import { stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const FlowLogsExcludeConversationData = declareRule({
  id: "GC-FLOW-2",
  name: "FlowLogsExcludeConversationData",
  target: "resource",
  resourceTypes: ["genesyscloud_flow_loglevel"],
  severity: "High",
  description:
    "Architect flow execution logs are kept at Base (or Disabled), not All, which writes every flow variable's value.",
  rationale:
    "At All the execution log holds every variable of every call: caller details from data actions, what callers said to bots and the digits they keyed, card numbers included. The log is a copy of conversation data outside its retention and redaction settings (GDPR Art. 5(1)(c), Art. 5(1)(e); PCI DSS Req. 3.3, 10.3).",
  remediation: "Set flow_log_level to Base; raise it only for a time-boxed investigation in a test org.",
  check(resource) {
    const value = stringAt(resource.attributes, "flow_log_level");
    const level = architectLogLevel(value);
    if (level === "quiet") return [];
    if (level === "notes") return [];
    if (level === "everything")
      return [
        {
          attribute: "flow_log_level",
          message: `flow_log_level ${value} writes the value of every flow variable, with the callers' data, to the execution log`,
        },
      ];
    return [
      {
        attribute: "flow_log_level",
        message: `flow_log_level ${value ?? "(missing)"} is not a level the gate knows or is not resolved; it is assessed as All`,
      },
    ];
  },
});
