import { allBlocks, firstBlock, stringAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

const ANY_TYPE = /^\*(\/\*)?$/;

export const MessagingMediaTypesRestricted = declareRule({
  id: "GC-MSG-2",
  name: "MessagingMediaTypesRestricted",
  target: "resource",
  resourceTypes: ["genesyscloud_conversations_messaging_supportedcontent"],
  severity: "Medium",
  description:
    "The supported-content profile of a messaging channel names the media types it accepts instead of allowing every type (`*/*`).",
  rationale:
    "A channel that accepts any file lets customers send identity documents, medical letters or card photos that the contact centre does not need and must then protect and delete (GDPR Art. 5(1)(c) data minimisation, Art. 25 data protection by default).",
  remediation:
    "List only the media types the service needs, e.g. image/jpeg and application/pdf, in media_types.allow.inbound and outbound.",
  check(resource) {
    const allow = firstBlock(firstBlock(resource.attributes, "media_types"), "allow");
    return ["inbound", "outbound"].flatMap((direction) =>
      allBlocks(allow, direction)
        .filter((entry) => ANY_TYPE.test((stringAt(entry, "type") ?? "").trim()))
        .map(() => ({
          attribute: `media_types.allow.${direction}`,
          message: `${direction} messages may carry any media type`,
        })),
    );
  },
});
