import { dataElement, inSentence } from "../catalog/lookup";
import type { ResourceClassification, UnknownValue } from "../classify/model";
import type { DataFlow, TransferStatus } from "../flows/model";
import type { RuleContext, Violation } from "./rule";

export function classificationOf(context: RuleContext, address: string): ResourceClassification | undefined {
  return context.classifications.get(address);
}

export function elementIdsOf(context: RuleContext, address: string): string[] {
  return [...new Set(classificationOf(context, address)?.elements.map((item) => item.element) ?? [])];
}

export function elementNames(context: RuleContext, ids: string[]): string {
  return ids.map((id) => inSentence(dataElement(context.catalog, id).name)).join(", ");
}

const CUSTOMER_SUBJECTS = new Set(["customers", "customers_and_employees"]);

export function isCustomerData(context: RuleContext, id: string): boolean {
  return CUSTOMER_SUBJECTS.has(dataElement(context.catalog, id).data_subjects);
}

const TOP_CATEGORIES = new Set([
  "special_category",
  "criminal_offence",
  "payment_card",
  "payment_sensitive_authentication",
]);

/** Art. 9 and Art. 10 data, and card data under PCI DSS: the categories no external flow may carry without an exception. */
export function isTopCategory(context: RuleContext, id: string): boolean {
  return TOP_CATEGORIES.has(dataElement(context.catalog, id).regulatory_category);
}

/** What the classifier could not resolve on a resource, of the kinds asked for. */
export function unknownsOf(context: RuleContext, address: string, ...kinds: UnknownValue["kind"][]): UnknownValue[] {
  return (classificationOf(context, address)?.unknowns ?? []).filter((unknown) => kinds.includes(unknown.kind));
}

/** One violation per transfer of the flow in the given status, stating its recipient and legal basis. */
export function transferViolations(flow: DataFlow, context: RuleContext, status: TransferStatus): Violation[] {
  return context.subject.transfers
    .filter((transfer) => transfer.via === flow.via && transfer.status === status)
    .map((transfer) => ({
      attribute: flow.destination.attribute,
      message: `transfer to ${transfer.recipient}${status === "missing" ? ` in ${transfer.destination_country}` : ""}: ${transfer.legal_basis}`,
    }));
}
