import { boolAt, stringAt } from "../inventory/lookup";
import type { GenesysResource } from "../inventory/model";
import type { KindEvidence } from "./combine-kinds";
import type { ClassifiedElement } from "./model";

const FREE_TEXT_RULE = "CLS-FREE-TEXT";
const CARD_KINDS = ["card_pan", "card_sad", "card_expiry", "card_cid"];
/** Words in an action's name or category that say it takes payments. */
const PAYMENT_WORDS =
  /(?<![a-z])(?:pci|payments?|pay[ _-]?by[ _-]?card|card[ _-]?payments?|credit[ _-]?cards?|debit[ _-]?cards?)(?![a-z])/i;

/** Why the configuration suggests that this action's free text holds card numbers, if it does. */
function cardContext(kinds: KindEvidence, resource: GenesysResource): string | undefined {
  const cardFields = CARD_KINDS.flatMap((kind) => kinds.get(kind) ?? []);
  if (cardFields.length > 0) return `the action also carries card data (${cardFields.slice(0, 2).join("; ")})`;
  for (const key of ["name", "category"]) {
    const value = stringAt(resource.attributes, key);
    if (value && PAYMENT_WORDS.test(value)) return `its ${key} "${value}" says it takes payments`;
  }
  return undefined;
}

/**
 * What free text carries: contact details and communications content (whatever the customer or
 * the agent writes), listed with the unstructured free text element. Card numbers only where the
 * configuration suggests them (a card field beside it, an action named for payments) and no masking
 * control is declared (a secure action, a policy masking entry); a card number typed into a note
 * elsewhere is found by the content scanners in samples, not assumed.
 */
export function freeTextRisk(
  kinds: KindEvidence,
  resource: GenesysResource,
  maskingDeclared: boolean,
): ClassifiedElement[] {
  const where = (kinds.get("free_text") ?? []).slice(0, 3).join("; ");
  if (!where) return [];
  const elements: ClassifiedElement[] = [
    {
      element: "contact_pii",
      rule: FREE_TEXT_RULE,
      evidence: [`${where}: free text may hold contact details and communications content (whatever is written in it)`],
    },
  ];
  const card = cardContext(kinds, resource);
  const masked = boolAt(resource.attributes, "secure") === true || maskingDeclared;
  if (card && !masked)
    elements.push({
      element: "payment_card_pan",
      rule: FREE_TEXT_RULE,
      evidence: [
        `${where}: free text may hold card numbers because ${card}, and no masking control is declared (secure action or a policy masking entry)`,
      ],
    });
  return elements;
}
