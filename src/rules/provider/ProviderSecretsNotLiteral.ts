import { isLiteralText } from "../../inventory/expressions";
import { allBlocks, firstBlock } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const ProviderSecretsNotLiteral = declareRule({
  id: "GC-PRV-3",
  name: "ProviderSecretsNotLiteral",
  target: "provider",
  severity: "High",
  description:
    "The provider's OAuth client secret, access token and gateway or proxy passwords are not literal values in the configuration.",
  rationale:
    "The provider's OAuth client usually holds org-wide permissions: whoever reads a literal secret from the repository, a plan file or a build log can read every customer record, recording and transcript of the org (GDPR Art. 32(1)(b), Art. 5(1)(f)).",
  remediation:
    "Leave oauthclient_secret and access_token out of the configuration and set GENESYSCLOUD_OAUTHCLIENT_SECRET / GENESYSCLOUD_ACCESS_TOKEN from the pipeline's secret store, or pass a sensitive variable without a default.",
  check(provider) {
    const attributes = provider?.attributes;
    const violations = ["oauthclient_secret", "access_token"]
      .filter((key) => isLiteralText(attributes?.[key]))
      .map((key) => ({ attribute: key, message: `${key} is a literal value in the configuration` }));
    for (const key of ["gateway", "proxy"]) {
      allBlocks(attributes, key).forEach((block, index) => {
        if (isLiteralText(firstBlock(block, "auth")?.password))
          violations.push({
            attribute: `${key}[${index}].auth.password`,
            message: `the ${key}'s password is a literal value in the configuration`,
          });
      });
    }
    return violations;
  },
});
