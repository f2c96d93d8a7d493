import type { DocumentedCheck } from "../catalog/documented-check";
import type { Catalog, RiskLevel } from "../catalog/schema";
import type { ResourceClassification } from "../classify/model";
import type { AssessmentSubject, DataFlow } from "../flows/model";
import type { GenesysResource, Inventory, ProviderConfig } from "../inventory/model";
import type { RiskThresholds } from "../policy/schema";
import type { VendorKnowledge } from "../vendors/model";

/** What a rule found. Evidence names attributes and values that are safe to print. */
export interface Finding {
  rule_id: string;
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

export interface ResourceRule extends DocumentedCheck {
  target: "resource";
  resourceTypes: readonly string[];
  check(resource: GenesysResource, context: RuleContext): Violation[];
}

export interface ProviderRule extends DocumentedCheck {
  target: "provider";
  check(provider: ProviderConfig | undefined, context: RuleContext): Violation[];
}

export interface FlowRule extends DocumentedCheck {
  target: "flow";
  check(flow: DataFlow, context: RuleContext): Violation[];
}

/** Checks what belongs to the DPIA as a whole, such as every host the configuration names. */
export interface SubjectRule extends DocumentedCheck {
  target: "subject";
  check(context: RuleContext): Array<Violation & { resource: string }>;
}

export type Rule = ResourceRule | ProviderRule | FlowRule | SubjectRule;
