import { platformApiCall, staysInOrg, type PathSegment, type PlatformApiCall } from "../catalog/platform-api";
import type { Catalog } from "../catalog/schema";
import { findResource, firstBlock, stringAt } from "../inventory/lookup";
import type { GenesysResource, Inventory } from "../inventory/model";
import { hasType } from "../inventory/resource-type";
import { emailDestination } from "./email-destination";
import type { Destination } from "./model";
import { bodyFields } from "./request-body-fields";

const ATTRIBUTE = "config_request.request_url_template";
const SAME_ORG: Destination = {
  name: "Genesys Cloud Platform API (same org)",
  kind: "genesys_org",
  attribute: ATTRIBUTE,
  vendor: "Genesys",
};

/** What a data action of the org's own Platform API calls, as the catalog knows it. */
function platformApiCallOf(action: GenesysResource, catalog: Catalog): PlatformApiCall | undefined {
  const request = firstBlock(action.attributes, "config_request");
  return platformApiCall(catalog, stringAt(request, "request_type"), stringAt(request, "request_url_template"));
}

function isAction(resource: GenesysResource | undefined): resource is GenesysResource {
  return (
    resource?.mode === "managed" &&
    (hasType(resource, "genesyscloud_integration_action") ||
      hasType(resource, "genesyscloud_integration_custom_auth_action"))
  );
}

/** The action an `/integrations/actions/{actionId}/execute` call runs: by reference, or by the literal id an action of the configuration has. */
function executedSegment(call: PlatformApiCall): PathSegment | undefined {
  const index = call.template?.split("/").filter(Boolean).indexOf("{actionId}") ?? -1;
  return index >= 0 ? call.segments[index] : undefined;
}

function actionById(inventory: Inventory, segment: PathSegment | undefined): GenesysResource | undefined {
  if (segment?.kind === "reference") {
    const target = findResource(inventory, segment.address);
    return isAction(target) && segment.attribute === "id" ? target : undefined;
  }
  if (segment?.kind === "literal")
    return inventory.resources.find((resource) => isAction(resource) && resource.attributes.id === segment.text);
  return undefined;
}

/** The data action of the configuration that this action runs through the Platform API, if it runs one. */
export function executedAction(
  action: GenesysResource,
  inventory: Inventory,
  catalog: Catalog,
): GenesysResource | undefined {
  const call = platformApiCallOf(action, catalog);
  return call?.effect === "executes_action" ? actionById(inventory, executedSegment(call)) : undefined;
}

/** How the destination of an action that another action runs is found; `seen` holds the actions already on the way. */
export type ExecutedActionDestination = (action: GenesysResource, seen: ReadonlySet<string>) => Destination;

function executedDestination(
  call: PlatformApiCall,
  inventory: Inventory,
  destinationOf: ExecutedActionDestination,
  seen: ReadonlySet<string>,
): Destination {
  const segment = executedSegment(call);
  const target = actionById(inventory, segment);
  if (target && seen.has(target.address))
    return {
      name: "Data actions that run each other in a loop",
      kind: "unknown",
      attribute: ATTRIBUTE,
      unresolved: `${call.method} ${call.path} runs ${target.address}, which is already on the way (${[...seen].join(" → ")}), so where the data ends is unknown`,
      unknownBecause: "unknown_effect",
    };
  if (target) {
    const destination = destinationOf(target, seen);
    return { ...destination, name: `${destination.name}, through ${target.address}` };
  }
  const chosenAtRunTime = segment?.kind === "expression";
  const named = segment?.kind === "reference" ? segment.address : segment?.kind === "literal" ? segment.text : "";
  return {
    name: "Data action run through the Platform API",
    kind: "unknown",
    attribute: ATTRIBUTE,
    unresolved: chosenAtRunTime
      ? `${call.method} ${call.path} runs a data action chosen at run time (${segment.source}), so where the data goes is unknown`
      : `${call.method} ${call.path} runs data action ${named || "(unnamed)"}, which this configuration does not define, so where the data goes is unknown`,
    unknownBecause: chosenAtRunTime ? "expression" : "unnamed",
  };
}

/** The first string the request template writes for the recipient field (`"toAddresses": [{"email": "…"}]`), if it writes one. */
function recipientValue(template: string, field: string): string | undefined {
  const at = template.indexOf(`"${field}"`);
  if (at < 0) return undefined;
  const value = /^\s*:\s*(?:\[\s*)?(?:\{\s*"email"\s*:\s*)?"((?:[^"\\]|\\.)*)"/.exec(
    template.slice(at + field.length + 2, at + field.length + 402),
  );
  return value?.[1];
}

/** The inputs the action's contract types as a number, an integer or a boolean: values Genesys checks, which hold no quote. */
function scalarInputs(action: GenesysResource): Set<string> {
  let schema: unknown;
  try {
    schema = JSON.parse(stringAt(action.attributes, "contract_input") ?? "");
  } catch {
    return new Set();
  }
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (!properties || typeof properties !== "object") return new Set();
  const scalar = (type: unknown) => typeof type === "string" && ["number", "integer", "boolean"].includes(type);
  return new Set(
    Object.entries(properties as Record<string, { type?: unknown } | null>)
      .filter(([, property]) => {
        const type = property?.type;
        return Array.isArray(type) ? type.length > 0 && type.every(scalar) : scalar(type);
      })
      .map(([name]) => name),
  );
}

/**
 * Why a sends-out operation sends nothing out with this request body, when the catalog says when it does not
 * (an email conversation created with direction INBOUND, or with no toAddress to send to). Only a body whose
 * fields the configuration fixes is read this way; one the caller or a directive may add fields to sends out.
 */
function keptInOrg(
  call: PlatformApiCall,
  action: GenesysResource,
  template: string | undefined,
): { inside: string } | { raw: string } | undefined {
  if (!call.staysInOrgWhen && !call.recipientRequired) return undefined;
  const fields = template === undefined ? undefined : bodyFields(template, scalarInputs(action));
  if (!(fields instanceof Map)) return fields;
  const when = call.staysInOrgWhen;
  // `ToAddress`, `Direction`: whether the API reads another spelling is not documented, so the body is not clear.
  const watched = [when?.field, call.recipient].filter((name): name is string => !!name);
  if (
    [...fields.keys()].some((key) => watched.some((name) => key !== name && key.toLowerCase() === name.toLowerCase()))
  )
    return undefined;
  if (when && fields.get(when.field) === when.equals)
    return { inside: `the request sets ${when.field} to ${when.equals}` };
  if (call.recipientRequired && call.recipient && !fields.has(call.recipient))
    return { inside: `the request names no ${call.recipient} to send to` };
  return undefined;
}

/**
 * Who receives what a sends-out operation sends: the recipient its request body names. A mailbox
 * written literally is judged by its domain (as an email route's address is); one from the input
 * is a recipient outside the org, who can only be named at run time.
 */
function recipientDestination(
  call: PlatformApiCall,
  action: GenesysResource,
  inventory: Inventory,
  catalog: Catalog,
): Destination {
  const written = stringAt(firstBlock(action.attributes, "config_request"), "request_template");
  const kept = keptInOrg(call, action, written);
  if (kept && "inside" in kept)
    return { ...SAME_ORG, name: `${SAME_ORG.name}: ${call.method} ${call.template} stays in the org (${kept.inside})` };
  if (kept)
    return {
      name: `Recipient outside the org that the caller's input may name: ${call.method} ${call.template} ${call.why}; the request pastes ${kept.raw} in unescaped, so a value holding a quote can add fields (${call.recipient ?? "a recipient"})`,
      kind: "third_party",
      attribute: ATTRIBUTE,
    };
  const template = written ?? "";
  const literal = call.mailbox && call.recipient ? recipientValue(template, call.recipient) : undefined;
  if (literal && !literal.includes("$"))
    return emailDestination(
      literal,
      "config_request.request_template",
      inventory,
      catalog,
      `${call.method} ${call.template}`,
    );
  const fromInput = /\$!?\{?\s*input\b/.test(template);
  const who = call.recipient
    ? `named in ${call.recipient}${fromInput ? " (from the action's input)" : ""}`
    : "whoever the request names";
  return {
    name: `Recipient outside the org ${who}: ${call.method} ${call.template} ${call.why}`,
    kind: "third_party",
    attribute: ATTRIBUTE,
  };
}

/** A relative URL whose path cannot be read here (it starts with a credential's value): a read stays in the org, a write is unknown. */
function unreadablePath(action: GenesysResource): PlatformApiCall {
  const method = (stringAt(firstBlock(action.attributes, "config_request"), "request_type") ?? "").trim().toUpperCase();
  const path = stringAt(firstBlock(action.attributes, "config_request"), "request_url_template") ?? "";
  return method === "GET" || method === "HEAD"
    ? { method, path, segments: [], effect: "read", why: "a GET reads inside the org whatever the path" }
    : {
        method,
        path,
        segments: [],
        effect: "unknown",
        why: `${method || "the method"} ${path} names no path the gate can read`,
      };
}

/**
 * Where a Genesys Cloud Data Actions action sends what it carries, by what its Platform API call
 * does: a read or a write stays in the org; a sends-out operation reaches the recipient its request
 * names; an execute reaches wherever the executed action sends; a write of unknown effect is an
 * unknown destination (fail closed). `destinationOf` is how an executed action's own destination is found.
 */
export function platformApiDestination(
  action: GenesysResource,
  catalog: Catalog,
  inventory: Inventory,
  destinationOf: ExecutedActionDestination,
  seen: ReadonlySet<string> = new Set(),
): Destination {
  const call = platformApiCallOf(action, catalog) ?? unreadablePath(action);
  if (staysInOrg(call.effect)) return SAME_ORG;
  if (call.effect === "sends_out") return recipientDestination(call, action, inventory, catalog);
  if (call.effect === "executes_action")
    return executedDestination(call, inventory, destinationOf, new Set([...seen, action.address]));
  return {
    name: "Platform API operation of unknown effect",
    kind: "unknown",
    attribute: ATTRIBUTE,
    unresolved: `${call.why}, so what it does with the data, and where it goes, is unknown`,
    unknownBecause: "unknown_effect",
  };
}
