import { terraformJson } from "../assess-config";

export const trigger = (target: Record<string, unknown> | undefined, withFlow = true) =>
  terraformJson({
    ...(withFlow ? { genesyscloud_flow: { wrap: { filepath: "./flows/wrapup.yaml" } } } : {}),
    genesyscloud_processautomation_trigger: {
      t: {
        name: "Wrap-up",
        topic_name: "v2.detail.events.conversation.{id}.customer.end",
        enabled: true,
        match_criteria: JSON.stringify([{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }]),
        ...(target ? { target } : {}),
      },
    },
  });
