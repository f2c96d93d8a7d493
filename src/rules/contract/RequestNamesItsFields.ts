import { callerNamedFields } from "../../classify/caller-named-fields";
import { firstBlock, stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const RequestNamesItsFields = declareRule({
  id: "GC-CTR-3",
  name: "RequestNamesItsFields",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_action", "genesyscloud_integration_action_draft"],
  severity: "High",
  description:
    "A data action that sends data out of Genesys names in its request the fields it writes (JSON keys, query and form parameters), instead of taking a field's name from its caller.",
  rationale:
    'A request body such as {"${input.fieldName}": "${input.value}"} writes whichever field of the recipient\'s records its caller names (a CRM contact\'s phone, a case\'s description), so which personal data leaves is decided where the action is called, and the record of processing and the DPIA cannot name its categories (GDPR Art. 30(1)(c), Art. 35(7)(a)). The values are declared inputs, so this is not unknown data forwarded whole (GC-FLW-5); it is a description the configuration cannot give.',
  remediation:
    "Name the fields in request_template (one action per field or record type), or document the fields the flows calling it write and review them with the DPIA.",
  check(resource, context) {
    const leaves = context.subject.flows.some(
      (flow) => flow.via === resource.address && flow.destination.kind !== "genesys_org",
    );
    if (!leaves) return [];
    const request = firstBlock(resource.attributes, "config_request");
    const [attribute, named] = (["request_template", "request_url_template"] as const)
      .map((key) => [`config_request.${key}`, callerNamedFields(stringAt(request, key))] as const)
      .find(([, names]) => names.length > 0) ?? ["", []];
    if (named.length === 0) return [];
    return [
      {
        attribute,
        message: `the request takes the names of the fields it writes from its caller (${named.map((name) => `\${input.${name}}`).join(", ")}), so which data it sends is decided where the action is called`,
      },
    ];
  },
});
