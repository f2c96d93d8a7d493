import type { Catalog } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { firstBlock, resolveReference, stringAt, type Attributes } from "../../inventory/lookup";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { ofType } from "../../inventory/resource-type";
import { platformApiCall, staysInOrg } from "../../catalog/platform-api";
import { elementOfKind } from "../../catalog/element-kinds";
import { combineKinds, type KindEvidence } from "../combine-kinds";
import { hideSecrets, maskPersonalData } from "../content/mask-text";
import { jsonPathFieldNames, readContract, type ContractLabel } from "../contract-fields";
import { forwardsRawInput } from "../input-contract";
import { fieldTokens, kindsOfField } from "../field-names";
import { velocityFieldNames } from "../../inventory/velocity";
import { classifyContent } from "../content/classify-content";
import { sampleFields } from "../content/sample-fields";
import { freeTextRisk } from "../free-text-risk";
import { endpointElements, freeTextEndpoint } from "./platform-api-elements";
import type { Sample } from "../content/scan-sample";
import type { UnknownValue } from "../model";
import type { ClassifyContext, ResourceClassifier } from "./resource-classifier";

/** What the content scanners and the policy add to an action's classification. */
interface ActionContentInputs {
  samples: Sample[];
  /** True when a redaction step is declared for this action in the policy. */
  maskingDeclared: boolean;
  maxSampleBytes?: number;
  /** True when the action calls this org's own Genesys API for a read or a write inside the org. */
  staysInGenesys?: boolean;
}

/**
 * A relative URL of a Genesys Cloud Data Actions integration whose operation reads or writes inside
 * the org (the Platform API catalog). An operation that sends data out, runs another action or is
 * unknown, a third-party integration, one outside the configuration, or an unresolved URL may send
 * the data out.
 */
function callsOwnGenesysApi(action: GenesysResource, inventory: Inventory, catalog: Catalog): boolean {
  const request = firstBlock(action.attributes, "config_request");
  const integration = ofType(
    resolveReference(inventory, action.attributes.integration_id).resource,
    "genesyscloud_integration",
  );
  if (stringAt(integration?.attributes, "integration_type") !== "purecloud-data-actions") return false;
  const call = platformApiCall(catalog, stringAt(request, "request_type"), stringAt(request, "request_url_template"));
  return call !== undefined && staysInOrg(call.effect);
}

function addField(kinds: KindEvidence, catalog: Catalog, name: string, where: string): void {
  for (const kind of kindsOfField(name, catalog.lexicon)) {
    const list = kinds.get(kind) ?? [];
    list.push(`${where} (${name})`);
    kinds.set(kind, list);
  }
}

function templateInputs(value: string | undefined): string[] {
  return velocityFieldNames(value);
}

function parseContract(attributes: Attributes, key: string, unknowns: UnknownValue[]): unknown {
  const raw = attributes[key];
  if (raw === undefined) return undefined;
  if (typeof raw === "object" && raw !== null) return raw;
  if (typeof raw !== "string") {
    unknowns.push({
      kind: "contract",
      attribute: key,
      value: key,
      reason: "is not a JSON Schema, so the fields it carries are unknown",
    });
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === "boolean" || (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)))
      return parsed;
    unknowns.push({
      kind: "contract",
      attribute: key,
      value: key,
      reason: "is JSON but not a JSON Schema (an object or a boolean), so the fields it carries are unknown",
    });
    return undefined;
  } catch {
    const reason = hasUnresolved(raw)
      ? "is not resolved before deployment, so the fields it carries are unknown"
      : "is not valid JSON, so the fields it carries are unknown";
    unknowns.push({ kind: "contract", attribute: key, value: key, reason });
    return undefined;
  }
}

/**
 * A description is a sentence: "generated especially for credit card payments", "last four digits of the
 * card", "treatment to apply to the call" mention card or health words without the field carrying that data.
 * So a description counts only for card data, where it names the card's number or its security code as what
 * the field holds, and not as masked, truncated or tokenised (which is what those words say it is not).
 */
const NOT_THE_VALUE =
  /\b(?:mask(?:ed|ing)?|truncated|last (?:four|4)|first (?:six|6)|token(?:i[sz]ed)?|hash(?:ed)?|type|brand|never|instead of)\b/;
const NAMES_THE_NUMBER = /number|nummer|numero|digits|\b(?:pan|nr|no|num)\b/;
const NAMES_THE_CODE =
  /cvv|cvc|ccv|cv2|cvn|csc|security|verification|sicherheit|pruf|crypto|seguridad|sicurezza|seguranca/;

function describedKinds(text: string, catalog: Catalog): string[] {
  const words = fieldTokens(text).join(" ");
  if (NOT_THE_VALUE.test(words)) return [];
  return kindsOfField(text, catalog.lexicon).filter(
    (kind) =>
      (kind === "card_pan" && NAMES_THE_NUMBER.test(words)) || (kind === "card_sad" && NAMES_THE_CODE.test(words)),
  );
}

/**
 * The label as the DPIA quotes it in evidence: personal data masked and credentials redacted, whole, before it is
 * cut to length, and any longer run of digits (a card number written with dots, slashes or full-width digits, a
 * phone number) replaced, so that an example in a description never reaches a DPIA, a report or the register.
 */
function quotedLabel(text: string): string {
  const safe = hideSecrets(maskPersonalData(text.normalize("NFKC")), () => "[redacted]").replace(
    /\d(?:[\s./_\-]*\d){5,}/g,
    "[number]",
  );
  return safe.length > 60 ? `${safe.slice(0, 60)}…` : safe;
}

/** A `title` names its field as a property name does; a `description` counts for the card data it names. */
function addLabelledKinds(labels: ContractLabel[], kinds: KindEvidence, catalog: Catalog): void {
  for (const label of labels) {
    const found =
      label.keyword === "title" ? kindsOfField(label.text, catalog.lexicon) : describedKinds(label.text, catalog);
    if (found.length === 0) continue;
    const shown = quotedLabel(label.text);
    for (const kind of found) {
      const list = kinds.get(kind) ?? [];
      list.push(`${label.path} ${label.keyword} (${shown})`);
      kinds.set(kind, list);
    }
  }
}

/**
 * The contracts' fields, and what they cannot tell: a contract that cannot be read, or an input
 * contract that declares nothing (an object naming no property) forwarded whole. A contract that
 * declares its properties is its data, open or not: a flow can pass only what it declares.
 */
function addContractFields(
  attributes: Attributes,
  kinds: KindEvidence,
  unknowns: UnknownValue[],
  catalog: Catalog,
): void {
  const request = firstBlock(attributes, "config_request");
  for (const key of ["contract_input", "contract_output"]) {
    const schema = parseContract(attributes, key, unknowns);
    if (schema === undefined) continue;
    const contract = readContract(schema, key);
    for (const field of contract.fields) addField(kinds, catalog, field.name, field.path);
    addLabelledKinds(contract.labels, kinds, catalog);
    for (const gap of contract.gaps)
      unknowns.push({
        kind: "contract",
        attribute: key,
        value: gap.path,
        reason: `cannot be evaluated where ${gap.path} ${gap.reason}, so the fields it carries are unknown`,
      });
    if (key === "contract_input" && contract.undeclared.length > 0 && forwardsRawInput(request)) {
      const where = contract.undeclared.slice(0, 3).join(", ");
      unknowns.push({
        kind: "undeclared_contract",
        attribute: key,
        value: where,
        reason: `declares no property at ${where} and the request forwards the input whole (\${input.rawRequest}), so the action carries whatever its caller passes`,
      });
    }
  }
}

/** Fields the request's templates and headers, and the response's translation map and template, name. */
function addTemplateFields(attributes: Attributes, kinds: KindEvidence, catalog: Catalog): void {
  const request = firstBlock(attributes, "config_request");
  for (const key of ["request_url_template", "request_template"]) {
    for (const name of templateInputs(stringAt(request, key))) addField(kinds, catalog, name, `config_request.${key}`);
  }
  const headers = (request?.headers ?? {}) as Record<string, unknown>;
  for (const [header, value] of Object.entries(headers)) {
    if (typeof value === "string")
      for (const name of templateInputs(value)) addField(kinds, catalog, name, `config_request.headers.${header}`);
  }
  const response = firstBlock(attributes, "config_response");
  const translation = (response?.translation_map ?? {}) as Record<string, unknown>;
  for (const [key, jsonPath] of Object.entries(translation)) {
    addField(kinds, catalog, key, `config_response.translation_map.${key}`);
    if (typeof jsonPath === "string") {
      const last = jsonPathFieldNames(jsonPath).pop();
      if (last) addField(kinds, catalog, last, `config_response.translation_map.${key}`);
    }
  }
  for (const name of templateInputs(stringAt(response, "success_template")))
    addField(kinds, catalog, name, "config_response.success_template");
}

/**
 * Field names of the action's JSON samples that name one of the policy's own data elements. The
 * built-in kinds are judged from the samples' values by the content scanners; a policy element
 * (a loyalty tier) has no value shape to scan, so its name is the evidence.
 */
function addSampleFields(samples: Sample[], kinds: KindEvidence, catalog: Catalog, maxBytes?: number): void {
  for (const sample of samples)
    for (const field of sampleFields(sample, maxBytes))
      for (const kind of kindsOfField(field.name, catalog.lexicon))
        if (elementOfKind(kind)) {
          const list = kinds.get(kind) ?? [];
          list.push(`sample ${sample.source} ${field.path}.${field.name}`);
          kinds.set(kind, list);
        }
}

/** The names a content sample or a masking entry may give the action: its address or its name. */
function targets(resource: GenesysResource): string[] {
  const name = stringAt(resource.attributes, "name");
  return name ? [resource.address, name] : [resource.address];
}

/** What the user declared for this action (samples, masking). */
function actionContent(resource: GenesysResource, context: ClassifyContext): ActionContentInputs {
  const names = targets(resource);
  return {
    samples: context.content.samples.filter((sample) => names.includes(sample.target)),
    maskingDeclared: context.content.masked.some((target) => names.includes(target)),
    maxSampleBytes: context.content.maxSampleBytes,
    staysInGenesys: callsOwnGenesysApi(resource, context.inventory, context.catalog),
  };
}

/** Data actions and custom auth actions: contracts, template tokens and translation maps. */
export const classifyAction: ResourceClassifier = (resource, context) => {
  const { catalog } = context;
  const content = actionContent(resource, context);
  const unknowns: UnknownValue[] = [];
  const kinds: KindEvidence = new Map();
  addContractFields(resource.attributes, kinds, unknowns, catalog);
  addTemplateFields(resource.attributes, kinds, catalog);
  addSampleFields(content.samples, kinds, catalog, content.maxSampleBytes);
  const url = stringAt(firstBlock(resource.attributes, "config_request"), "request_url_template");
  const textEndpoint = freeTextEndpoint(url, catalog);
  if (textEndpoint)
    kinds.set("free_text", [
      ...(kinds.get("free_text") ?? []),
      `config_request.request_url_template (${textEndpoint})`,
    ]);
  const scanned = classifyContent(resource, content.samples, content.maxSampleBytes);
  unknowns.push(...scanned.unknowns);
  const elements = [
    ...combineKinds(kinds),
    ...freeTextRisk(kinds, resource, content.maskingDeclared),
    ...endpointElements(stringAt(firstBlock(resource.attributes, "config_request"), "request_type"), url, catalog),
    ...scanned.elements,
  ];
  // What a contract hides may be anything an action can carry: never rated lower than card data written
  // out. An input that declares nothing and stays inside Genesys is not data leaving it (GC-CTR-2 says so).
  const contractUnknowns = unknowns.filter(
    (u) => u.kind === "contract" || (u.kind === "undeclared_contract" && !content.staysInGenesys),
  );
  if (contractUnknowns.length > 0) {
    elements.push({
      element: "unknown_contract_data",
      rule: "CLS-UNKNOWN",
      evidence: contractUnknowns.map((u) => `${u.attribute} ${u.reason}`),
    });
  }
  return { address: resource.address, elements, unknowns };
};
