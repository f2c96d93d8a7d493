import type { DocumentedCheck } from "../catalog/documented-check";
import type { Catalog, RiskLevel } from "../catalog/schema";
import type { ResourceClassification } from "../classify/model";
import type { AssessmentSubject, DataFlow } from "../flows/model";
import type { GenesysResource, Inventory, ProviderConfig } from "../inventory/model";
import type { ResourceType } from "../inventory/resource-type";
import type { RiskThresholds } from "../policy/schema";
import type { VendorKnowledge } from "../vendors/model";
import type { RuleId } from "./registry";

/** What a rule found. Evidence names attributes and values that are safe to print. */
export interface Finding {
  rule_id: RuleId;
  severity: RiskLevel;
  message: string;
  resource: string;
  attribute?: string;
}

export interface RuleContext {
  subject: AssessmentSubject;
  inventory: Inventory;
  classifications: Map<string, ResourceClassification>;
  catalog: Catalog;
  thresholds: RiskThresholds;
  /** What the vendor sources said about the receiving vendors; vendor rules do nothing without it. */
  vendors?: VendorKnowledge;
  /** The controller's establishment from the policy: how transfers are judged when the org's region is unknown. */
  controllerCountry?: string;
  /** The assessment's clock (records older than the review interval are stale). */
  now?: Date;
}

/** A finding before the runner stamps the rule's id, severity and the resource on it. */
export interface Violation {
  message: string;
  attribute?: string;
}

/** How a rule's id is written: `GC-<area>-<n>`. */
type RuleIdForm = `GC-${string}-${number}`;

interface ResourceRule<Id extends string = RuleId> extends DocumentedCheck<Id> {
  target: "resource";
  resourceTypes: readonly ResourceType[];
  check(resource: GenesysResource, context: RuleContext): Violation[];
}

interface ProviderRule<Id extends string = RuleId> extends DocumentedCheck<Id> {
  target: "provider";
  check(provider: ProviderConfig | undefined, context: RuleContext): Violation[];
}

interface FlowRule<Id extends string = RuleId> extends DocumentedCheck<Id> {
  target: "flow";
  check(flow: DataFlow, context: RuleContext): Violation[];
}

/** Checks what belongs to the DPIA as a whole, such as every host the configuration names. */
interface SubjectRule<Id extends string = RuleId> extends DocumentedCheck<Id> {
  target: "subject";
  check(context: RuleContext): Array<Violation & { resource: string }>;
}

/** A rule of the registry (ALL_RULES), or with another id while it is being declared. */
export type Rule<Id extends string = RuleId> = ResourceRule<Id> | ProviderRule<Id> | FlowRule<Id> | SubjectRule<Id>;

/**
 * Declares a rule, one per file named after it. The id keeps its literal type, so the union of every
 * rule's id (RuleId) derives from the rules themselves and a misspelt id elsewhere does not compile.
 */
export function declareRule<R extends Rule<RuleIdForm>>(rule: R): R {
  return rule;
}
