import { rulesetDataActionSteps } from "../../inventory/attributes/ruleset-steps";
import { allBlocks, stringAt } from "../../inventory/lookup";
import { combineKinds } from "../combine-kinds";
import { columnKinds } from "./column-kinds";
import type { ResourceClassifier } from "./resource-classifier";

const RULESET_RULE = "CLS-RULESET";

/** A ruleset reads the dialed contact; what it passes to data actions is what its mapped columns hold. */
export const classifyOutboundRuleset: ResourceClassifier = (resource, { catalog }) => {
  const steps = rulesetDataActionSteps(resource.attributes);
  if (steps.length === 0)
    return {
      address: resource.address,
      elements: [
        { element: "contact_pii", rule: RULESET_RULE, evidence: ["rules evaluate the dialed contact's columns"] },
      ],
      unknowns: [],
    };
  const columns = steps.flatMap(({ path, step }) =>
    allBlocks(step, "contact_column_to_data_action_field_mappings").map((mapping, m) => ({
      name: stringAt(mapping, "contact_column_name") ?? "",
      attribute: `${path}.contact_column_to_data_action_field_mappings[${m}]`,
    })),
  );
  const elements = combineKinds(columnKinds(columns, catalog));
  elements.push({
    element: "contact_pii",
    rule: RULESET_RULE,
    evidence: steps.map(({ path }) => `${path}.data_action_id (the dialed contact is passed to a data action)`),
  });
  return { address: resource.address, elements, unknowns: [] };
};
