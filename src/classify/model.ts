import type { ClassificationRuleId } from "./classification-rules";
import { compareText } from "../text-order";

/** How one data element was found in one resource, and from what. */
export interface ClassifiedElement {
  element: string;
  /** The classification rule that decided it, e.g. `CLS-FIELD-COMBINATION`. */
  rule: ClassificationRuleId;
  /** Where it was seen: attribute paths and field names, never field values. */
  evidence: string[];
}

/** Something the engine could not resolve; it is assessed as the riskier case. */
export interface UnknownValue {
  kind:
    | "scope"
    | "grant_type"
    | "permission_domain"
    | "integration_type"
    | "topic"
    | "role"
    | "contract"
    | "undeclared_contract"
    | "value"
    | "properties"
    | "sample";
  attribute: string;
  /** What was found, safe to print (names and references, not secrets or personal data). */
  value: string;
  reason: string;
}

export interface RoleGrant {
  attribute: string;
  roleReference: string;
  roleAddress?: string;
  /** False when the role is defined outside this configuration, so its permissions cannot be read. */
  visible: boolean;
  /** For a role_id the gate cannot resolve: the roles of this configuration it may be, whose permissions are assessed. */
  mayBe?: string[];
  division: "all" | "home" | "specific" | "unknown";
  permissions: Array<{ permission: string; elements: string[] }>;
}

export interface OAuthAccess {
  grantType: string;
  scopes: Array<{ scope: string; known: boolean; elements: string[] }>;
  grants: RoleGrant[];
}

export interface ResourceClassification {
  address: string;
  elements: ClassifiedElement[];
  unknowns: UnknownValue[];
  access?: OAuthAccess;
  /** Roles granted to people (user_roles, group_roles), read like a client-credentials client's. */
  grants?: RoleGrant[];
  /** Data actions an Architect flow calls, with the action resource when the configuration defines it. */
  dataActionCalls?: Array<{
    name: string;
    category?: string;
    path: string;
    action?: string;
    /** The data elements the caller passes to the action's inputs (Architect flows). */
    passes?: string[];
  }>;
}

/** What could not be read of the file a resource names (`filepath`): the calls its text makes are partly or wholly unknown. */
export function unreadFileParts(classification: ResourceClassification | undefined): UnknownValue[] {
  return (classification?.unknowns ?? []).filter((unknown) => unknown.attribute === "filepath");
}

export function mergeElements(elements: ClassifiedElement[]): ClassifiedElement[] {
  const byKey = new Map<string, ClassifiedElement>();
  for (const item of elements) {
    const key = `${item.element}|${item.rule}`;
    const existing = byKey.get(key);
    if (existing) existing.evidence = [...new Set([...existing.evidence, ...item.evidence])].sort();
    else byKey.set(key, { ...item, evidence: [...new Set(item.evidence)].sort() });
  }
  return [...byKey.values()].sort((a, b) => compareText(a.element, b.element) || compareText(a.rule, b.rule));
}

/** Where a data action describes what comes back: its output contract and its response (template, translation map). */
const RESPONSE_SIDE = /^(?:contract_output|config_response)(?:[.[ ]|$)/;

/** Whether every place an element was seen describes what a data action receives, never what it sends. */
export function seenOnlyInResponse(element: ClassifiedElement): boolean {
  return (
    element.evidence.length > 0 &&
    element.evidence.every((evidence) => evidence.split("; ").every((part) => RESPONSE_SIDE.test(part)))
  );
}

/** One element found by a rule, with the one place it was seen. */
export function elementSeen(element: string, rule: ClassifiedElement["rule"], evidence: string): ClassifiedElement {
  return { element, rule, evidence: [evidence] };
}
