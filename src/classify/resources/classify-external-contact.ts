import { elementSeen, type ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const CONTENT_RULE = "CLS-RESOURCE-CONTENT";

const CONTACT_BLOCKS: Record<string, string> = {
  work_phone: "contact_pii",
  cell_phone: "contact_pii",
  home_phone: "contact_pii",
  other_phone: "contact_pii",
  address: "contact_pii",
  whatsapp_id: "contact_pii",
  twitter_id: "online_identifiers",
  line_id: "online_identifiers",
  facebook_id: "online_identifiers",
};

/** An external contact written into the configuration: a customer's name, addresses and identifiers. */
export const classifyExternalContact: ResourceClassifier = (resource) => {
  const attributes = resource.attributes;
  const elements: ClassifiedElement[] = [];
  for (const key of ["first_name", "middle_name", "last_name", "work_email", "personal_email", "other_email"]) {
    if (attributes[key] !== undefined) elements.push(elementSeen("contact_pii", CONTENT_RULE, key));
  }
  for (const [key, id] of Object.entries(CONTACT_BLOCKS))
    if (attributes[key] !== undefined) elements.push(elementSeen(id, CONTENT_RULE, key));
  return { address: resource.address, elements, unknowns: [] };
};
