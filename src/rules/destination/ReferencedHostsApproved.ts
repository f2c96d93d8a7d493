import { declareRule } from "../rule";

export const ReferencedHostsApproved = declareRule({
  id: "GC-DST-2",
  name: "ReferencedHostsApproved",
  target: "subject",
  severity: "Low",
  description:
    "Every host named anywhere in the configuration (including the provider's gateway and proxy) is on the allow-list or belongs to Genesys.",
  rationale:
    "Hosts outside the known fields can still receive data: a proxy sees every API call, an icon URL sees every visitor. The DPIA lists them so nobody is surprised.",
  remediation: "Review the host and add it to the policy's destinations, or remove it.",
  check(context) {
    return context.subject.referencedHosts
      .filter((entry) => (entry.host || entry.awsAccount) && !entry.approved)
      .map((entry) => ({
        resource: entry.resource,
        attribute: entry.attribute,
        message: `${entry.unicodeHost ?? entry.host ?? `AWS account ${entry.awsAccount}`} is named in ${entry.attribute} and is not on the allow-list`,
      }));
  },
});
