import { parseTemplate } from "../../inventory/expressions";
import { firstBlock } from "../../inventory/lookup";
import { declareRule } from "../rule";
import { entryFor, hasType, typesOf, type ResourceType } from "../../inventory/resource-type";

/** Attributes (dot paths into a block) that hold a channel's tokens and secrets, by resource type. */
const SECRETS: Partial<Record<ResourceType, string[]>> = {
  genesyscloud_conversations_messaging_integrations_open: ["outbound_notification_webhook_signature_secret_token"],
  genesyscloud_conversations_messaging_integrations_whatsapp: ["embedded_signup_access_token", "activate_whatsapp.pin"],
  genesyscloud_integration_facebook: ["app_secret", "page_access_token", "user_access_token"],
  genesyscloud_conversations_messaging_integrations_instagram: ["app_secret", "page_access_token", "user_access_token"],
  genesyscloud_conversations_messaging_integrations_apple: ["apple_authentication.oauth_client_secret"],
};

/** Header names whose values are credentials, in Open Messaging's webhook_headers. */
const CREDENTIAL_HEADER = /authorization|token|api[-_]?key|secret|password|cookie/i;

function valueAt(attributes: Record<string, unknown>, path: string): unknown {
  const [block, key] = path.split(".");
  return key ? firstBlock(attributes, block!)?.[key] : attributes[block!];
}

function isLiteral(value: unknown): value is string {
  return typeof value === "string" && value !== "" && parseTemplate(value).every((part) => part.kind === "literal");
}

/** Names of credential headers whose values are written literally; headers that are not JSON are treated as literal text. */
function literalCredentialHeaders(headers: unknown): string[] {
  if (!isLiteral(headers)) return [];
  try {
    const parsed = JSON.parse(headers) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.entries(parsed as Record<string, unknown>)
        .filter(([name, value]) => CREDENTIAL_HEADER.test(name) && isLiteral(value))
        .map(([name]) => name);
    }
  } catch {
    // Not JSON: judged by its text below.
  }
  return CREDENTIAL_HEADER.test(headers) ? ["(unparsed headers)"] : [];
}

export const MessagingSecretsNotLiteral = declareRule({
  id: "GC-MSG-1",
  name: "MessagingSecretsNotLiteral",
  target: "resource",
  resourceTypes: typesOf(SECRETS),
  severity: "High",
  description:
    "Messaging channel tokens and secrets (page access tokens, app secrets, webhook signature secrets, WhatsApp PINs) come from variables or a secret store, not literal values.",
  rationale:
    "A literal channel token in infrastructure code is copied into every clone, build log and plan; whoever reads it can read and send the customer conversations of that page, number or webhook (GDPR Art. 32(1)(b), Art. 5(1)(f)).",
  remediation:
    "Pass the token through a sensitive Terraform variable or a secret store reference, and rotate any token that was committed.",
  check(resource) {
    const found = (entryFor(SECRETS, resource.type) ?? [])
      .filter((path) => isLiteral(valueAt(resource.attributes, path)))
      .map((path) => ({ attribute: path, message: `${path} holds a literal secret` }));
    if (hasType(resource, "genesyscloud_conversations_messaging_integrations_open")) {
      for (const header of literalCredentialHeaders(resource.attributes.webhook_headers)) {
        found.push({ attribute: "webhook_headers", message: `webhook header ${header} holds a literal credential` });
      }
    }
    return found;
  },
});
