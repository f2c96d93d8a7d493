import { stringAt } from "../../inventory/lookup";
import type { ClassifiedElement, UnknownValue } from "../model";
import type { ResourceClassifier } from "./resource-classifier";
import { trunkProperties } from "../../inventory/attributes/trunk-properties";

const TELEPHONY_RULE = "CLS-TELEPHONY";

/** An external (BYOC) trunk hands every call it carries, audio and numbers, to the carrier. */
export const classifyTrunkBaseSettings: ResourceClassifier = (resource) => {
  const type = stringAt(resource.attributes, "trunk_type");
  const unknowns: UnknownValue[] = [];
  if (resource.attributes.properties !== undefined && !trunkProperties(resource.attributes.properties).readable) {
    unknowns.push({
      kind: "properties",
      attribute: "properties",
      value: "properties",
      reason: "is not a JSON object, so the carrier and encryption cannot be read",
    });
  }
  const carried = type === "PHONE" || type === "EDGE" ? [] : ["call_recording_audio", "conversation_metadata"];
  const elements: ClassifiedElement[] = carried.map((element) => ({
    element,
    rule: TELEPHONY_RULE,
    evidence: [`trunk_type ${type ?? "(not set)"}: calls pass the trunk`],
  }));
  return { address: resource.address, elements, unknowns };
};

/** A site's media regions process the audio of its calls. */
export const classifySite: ResourceClassifier = (resource) => ({
  address: resource.address,
  elements: [
    {
      element: "call_recording_audio",
      rule: TELEPHONY_RULE,
      evidence: ["media_regions (where call audio is processed)"],
    },
  ],
  unknowns: [],
});
