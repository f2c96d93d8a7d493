import { hasUnresolved } from "../inventory/expressions";
import { firstBlock, stringAt, type Attributes } from "../inventory/lookup";
import { readContract, type ContractShape } from "./contract-fields";

/**
 * Genesys builds a request body only for POST, PUT and PATCH; "GET requests do not use request
 * templates" (Resource Center, "Request configuration for data actions"), whatever the template says.
 */
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
/** `$input.rawRequest` or `$input` itself, in any Velocity form and at any depth (`$esc.jsonString($input.rawRequest)`, `#set`). */
const WHOLE_INPUT = /\$!?\{?\s*input(?:\.rawRequest)?(?![\w-]|\.[A-Za-z])/;

/**
 * True when the request body is the input as received: `${input.rawRequest}` in the request
 * template, or no template (that is the default), on a method with a body (or a method that is not
 * known before deployment); a template that is not resolved may be either, so it is taken as forwarding.
 */
export function forwardsRawInput(request: Attributes | undefined): boolean {
  const method = stringAt(request, "request_type");
  const template = stringAt(request, "request_template");
  const known = method !== undefined && !hasUnresolved(method);
  if (known && !BODY_METHODS.has(method.toUpperCase())) return false;
  if (!template || template.trim() === "") return true;
  if (hasUnresolved(template)) return true;
  return WHOLE_INPUT.test(template);
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
