import { parseTemplate } from "../../inventory/expressions";
import { declareRule } from "../rule";

const SECRET_FIELD = /(password|secret|token|apikey|api_key|securitytoken|privatekey)/i;

export const CredentialSecretsNotLiteral = declareRule({
  id: "GC-INT-2",
  name: "CredentialSecretsNotLiteral",
  target: "resource",
  resourceTypes: ["genesyscloud_integration_credential"],
  severity: "Medium",
  description:
    "Integration credential secrets come from variables or a secret store, not literal values in the configuration.",
  rationale:
    "A literal password or token in infrastructure code is copied into every clone of the repository and every build log; whoever reads it reaches the third-party system and the customer data in it (GDPR Art. 32(1)(b)).",
  remediation: "Pass secrets through a sensitive variable or a secret store reference.",
  check(resource) {
    const fields = (resource.attributes.fields ?? {}) as Record<string, unknown>;
    return Object.entries(fields)
      .filter(
        ([name, value]) =>
          SECRET_FIELD.test(name) &&
          typeof value === "string" &&
          value !== "" &&
          parseTemplate(value).every((part) => part.kind === "literal"),
      )
      .map(([name]) => ({ attribute: `fields.${name}`, message: `credential field ${name} holds a literal secret` }));
  },
});
