import { resourceTypeInfo } from "../../catalog/lookup";
import { declareRule } from "../rule";

export const ResourceTypeRecognised = declareRule({
  id: "GC-UNK-1",
  name: "ResourceTypeRecognised",
  target: "subject",
  severity: "High",
  description: "Every Genesys resource type in the configuration is one the resource-type catalog classifies.",
  rationale:
    'A type the gate does not know (a newer provider, a misspelling the provider would reject, a type from a fork) may move personal data anywhere; approving it would mean "nothing I recognised looked dangerous" rather than "assessed" (GDPR Art. 35(7), Art. 5(2)). Every URL in it is assessed as a destination of unknown data.',
  remediation:
    "Use a provider version the catalog covers, or classify the type in the resource-type catalog (src/catalog/data/resource-types.json) and assess it again.",
  check(context) {
    return context.subject.members
      .filter((member) => member.type.startsWith("genesyscloud_") && !resourceTypeInfo(context.catalog, member.type))
      .map((member) => ({
        resource: member.address,
        attribute: "type",
        message: `${member.type} is not a resource type the catalog knows (provider ${context.catalog.resourceTypes.provider_version}); it is assessed as moving unknown data`,
      }));
  },
});
