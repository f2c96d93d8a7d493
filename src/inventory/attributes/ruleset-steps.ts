import { allBlocks, type Attributes } from "../lookup";

/**
 * Every step of a ruleset that calls a data action, with its attribute path: conditions and
 * actions of a dialer ruleset, and the data-action condition settings of a digital ruleset.
 */
export function rulesetDataActionSteps(attributes: Attributes): Array<{ path: string; step: Attributes }> {
  return allBlocks(attributes, "rules").flatMap((rule, r) =>
    (["conditions", "actions"] as const).flatMap((key) =>
      allBlocks(rule, key).flatMap((step, s) => {
        const path = `rules[${r}].${key}[${s}]`;
        const digital = allBlocks(step, "data_action_condition_settings").map((settings, d) => ({
          path: `${path}.data_action_condition_settings[${d}]`,
          step: settings,
        }));
        return [{ path, step }, ...digital].filter((candidate) => candidate.step.data_action_id !== undefined);
      }),
    ),
  );
}
