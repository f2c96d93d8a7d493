import { resourceTypeInfo } from "../../catalog/lookup";
import { parseTemplate, visitStrings } from "../../inventory/expressions";
import { hasType, type ResourceType } from "../../inventory/resource-type";
import { declareRule } from "../rule";
import { valuesAtPath } from "../../inventory/attributes/attribute-paths";

/** Types whose secrets a dedicated rule names field by field (GC-INT-2, GC-PPL-3, GC-OAC-4): not reported twice. */
const CHECKED_ELSEWHERE: readonly ResourceType[] = [
  "genesyscloud_integration_credential",
  "genesyscloud_user",
  "genesyscloud_oauth_client",
];

export const SecretAttributesNotLiteral = declareRule({
  id: "GC-UNK-2",
  name: "SecretAttributesNotLiteral",
  target: "subject",
  severity: "High",
  description:
    "Attributes the resource-type catalog marks as secrets hold no literal values, for types assessed from the catalog.",
  rationale:
    "A token, password or client secret written into the configuration is readable by everyone with the repository, a plan file or the state, and opens the system it protects with the personal data in it (GDPR Art. 32(1)(b)).",
  remediation: "Pass the secret through a sensitive variable without a default, or set it outside Terraform.",
  check(context) {
    if (context.subject.assessedFrom !== "catalog") return [];
    return context.subject.members
      .filter((member) => !hasType(member, ...CHECKED_ELSEWHERE))
      .flatMap((member) =>
        (resourceTypeInfo(context.catalog, member.type)?.secret_attributes ?? [])
          .filter((path) =>
            valuesAtPath(member.attributes, path).some((value) => {
              let literal = false;
              visitStrings(value, (text) => {
                if (text !== "" && parseTemplate(text).every((part) => part.kind === "literal")) literal = true;
              });
              return literal;
            }),
          )
          .map((path) => ({ resource: member.address, attribute: path, message: `${path} holds a literal secret` })),
      );
  },
});
