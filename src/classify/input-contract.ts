import { hasUnresolved } from "../inventory/expressions";
import { firstBlock, stringAt, type Attributes } from "../inventory/lookup";
import { readContract, type ContractShape } from "./contract-fields";

/**
 * Genesys builds a request body only for POST, PUT and PATCH; "GET requests do not use request
 * templates" (Resource Center, "Request configuration for data actions"), whatever the template says.
 */
const NO_BODY_METHODS = new Set(["GET", "DELETE", "HEAD", "OPTIONS"]);
/** `$input.rawRequest` or `$input` itself, in any Velocity form and at any depth (`$esc.jsonString($input.rawRequest)`, `#set`). */
const WHOLE_INPUT = /\$!?\{?\s*input(?:\.rawRequest)?(?![\w-]|\.[A-Za-z])/;
/** `$input.keySet()`, `$input.get($k)`, `$input[$k]`: the input read by computed names is all of it. */
const COMPUTED_INPUT = /\$!?\{?\s*input\s*(?:\.\s*[A-Za-z_]\w*\s*\(|\[)/;

function passesWholeInput(text: string): boolean {
  return WHOLE_INPUT.test(text) || COMPUTED_INPUT.test(text);
}

/**
 * True when the request sends the input as received: in its URL or a header (sent whatever the
 * method), or as its body: `${input.rawRequest}` in the request template, or no template (that is
 * the default), on a method with a body (or one not known before deployment). A template that is
 * not resolved may be either, so it is taken as forwarding.
 */
export function forwardsRawInput(request: Attributes | undefined): boolean {
  const url = stringAt(request, "request_url_template");
  const headers = Object.values((request?.headers ?? {}) as Record<string, unknown>);
  if ([url, ...headers].some((value) => typeof value === "string" && passesWholeInput(value))) return true;
  const method = stringAt(request, "request_type");
  const template = stringAt(request, "request_template");
  const known = method !== undefined && !hasUnresolved(method);
  if (known && NO_BODY_METHODS.has(method.trim().toUpperCase())) return false;
  if (!template || template.trim() === "") return true;
  if (hasUnresolved(template)) return true;
  return passesWholeInput(template);
}

/** The input contract of an action whose request forwards it whole, read; undefined otherwise or when it is not a literal schema. */
export function forwardedInputContract(attributes: Attributes): ContractShape | undefined {
  if (!forwardsRawInput(firstBlock(attributes, "config_request"))) return undefined;
  const raw = attributes.contract_input;
  let schema: unknown = raw;
  if (typeof raw === "string") {
    try {
      schema = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof schema !== "boolean" && (schema === null || typeof schema !== "object" || Array.isArray(schema)))
    return undefined;
  return readContract(schema, "contract_input");
}
