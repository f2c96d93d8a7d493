import { elementOfKind } from "../catalog/element-kinds";
import type { ClassifiedElement } from "./model";

const COMBINATION_RULE = "CLS-FIELD-COMBINATION";

/** Field evidence grouped by kind of data, e.g. `email` → ["contract_input.contactEmail"]. */
export type KindEvidence = Map<string, string[]>;

const DIRECT: Record<string, string> = {
  card_pan: "payment_card_pan",
  card_sad: "payment_card_sad",
  health: "health_data",
  biometric: "voice_biometric_template",
  special_category: "special_category_data",
  criminal: "criminal_offence_data",
  national_id: "government_identifier",
  bank_account: "financial_account",
  online_id: "online_identifiers",
  free_text: "unstructured_free_text",
  transcript: "transcript_text",
  recording: "call_recording_audio",
  // Participant data: the key-value attributes flows set on a conversation (Set Participant Data), which carry what
  // the customer gave and what was looked up about them (/api/v2/conversations/{id}/participants/{id}/attributes).
  participant_data: "participant_data",
  // A PIN or passcode is a secret that opens an account (telephone banking, a customer portal); PCI DSS's sensitive
  // authentication data is the card's PIN, which the combination below recognises next to card data.
  credential: "credentials",
};

/**
 * Decides data elements from the combination of kinds, not from single names: a name alone is
 * an identifier; a name with a way to reach the person is contact PII; name, date of birth and
 * postcode together single a person out; card, health and biometric data stand on their own.
 */
export function combineKinds(kinds: KindEvidence): ClassifiedElement[] {
  const out: ClassifiedElement[] = [];
  const evidenceOf = (...names: string[]) => names.flatMap((kind) => kinds.get(kind) ?? []);
  const has = (kind: string) => kinds.has(kind);
  const add = (element: string, ...from: string[]) =>
    out.push({ element, rule: COMBINATION_RULE, evidence: evidenceOf(...from) });

  for (const [kind, element] of Object.entries(DIRECT)) if (has(kind)) add(element, kind);
  for (const [kind, evidence] of kinds) {
    const element = elementOfKind(kind);
    if (element) out.push({ element, rule: "CLS-POLICY-ELEMENT", evidence: [...evidence] });
  }
  if (has("card_expiry") && has("card_pan")) add("payment_card_pan", "card_expiry");
  // `cid` is also a customer or conversation id; next to card data it is the Amex security code.
  if (has("card_cid") && (has("card_pan") || has("card_expiry"))) add("payment_card_sad", "card_cid");
  if (has("credential") && (has("card_pan") || has("card_expiry"))) add("payment_card_sad", "credential");

  const reach = ["email", "phone", "address", "account_id"].filter(has);
  const quasi = has("name") && has("dob") && (has("postcode") || has("address"));
  if (quasi) add("quasi_identifier_set", "name", "dob", "postcode", "address");
  if (has("name") && reach.length > 0) add("contact_pii", "name", ...reach, "dob", "postcode");
  else if (has("email") || has("phone") || has("address"))
    add("contact_pii", "email", "phone", "address", "postcode", "dob");
  else if (has("name") || has("account_id") || has("dob") || has("postcode"))
    add("person_identifier", "name", "account_id", "dob", "postcode");
  return out;
}
