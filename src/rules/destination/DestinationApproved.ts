import { declareRule } from "../rule";

const EXTERNAL = new Set(["third_party", "customer_cloud", "api_client"]);

export const DestinationApproved = declareRule({
  id: "GC-DST-1",
  name: "DestinationApproved",
  target: "flow",
  severity: "High",
  description:
    "Every destination outside Genesys that receives personal data is on the policy's allow-list of approved destinations.",
  rationale:
    "Recipients must be known, bound by an Art. 28 agreement and recorded (GDPR Art. 28, Art. 30(1)(d)); an unreviewed host is an unreviewed processor.",
  remediation:
    "Add the host (or AWS account, or OAuth client) to the policy's destinations with vendor, country, transfer mechanism and purposes, after review.",
  check(flow) {
    if (!EXTERNAL.has(flow.destination.kind) || flow.data_elements.length === 0 || flow.destination.approval) return [];
    const what =
      flow.destination.url?.host ??
      (flow.destination.awsAccount ? `AWS account ${flow.destination.awsAccount}` : flow.destination.name);
    return [
      { attribute: flow.destination.attribute, message: `${what} receives personal data and is not on the allow-list` },
    ];
  },
});
