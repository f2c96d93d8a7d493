import { readEndpoint } from "./endpoint";
import type { Destination } from "./model";

/** A destination read from a URL template (or a credential URL for relative templates of a third-party type). */
export function urlDestination(
  template: string | undefined,
  attribute: string,
  fields: Record<string, unknown>,
  recipient: string,
): Destination {
  const endpoint = readEndpoint(template, fields);
  if (endpoint.kind === "lambda_arn" && endpoint.lambdaFunction) {
    // A function the same configuration deploys runs in the AWS account and region of its aws provider,
    // which the gate does not read: the customer's own cloud, its country unknown (a transfer to review).
    return {
      name: `AWS Lambda ${endpoint.lambdaFunction} (deployed by this configuration; account and region set by its AWS provider)`,
      kind: "customer_cloud",
      attribute,
      vendor: "Amazon Web Services",
    };
  }
  if (endpoint.kind === "lambda_arn") {
    return {
      name: `AWS Lambda in account ${endpoint.account} (${endpoint.region})`,
      kind: "customer_cloud",
      attribute,
      awsAccount: endpoint.account,
      awsRegion: endpoint.region,
      vendor: "Amazon Web Services",
    };
  }
  if (endpoint.kind === "absolute" && endpoint.url) {
    return {
      name: `${recipient} (${endpoint.url.unicodeHost ?? endpoint.url.host})`,
      kind: "third_party",
      attribute,
      url: endpoint.url,
    };
  }
  const because = endpoint.reason?.includes("not resolved")
    ? "expression"
    : endpoint.reason === "no URL is configured"
      ? "unnamed"
      : "unparseable";
  return {
    name: "Unknown destination",
    kind: "unknown",
    attribute,
    ...(endpoint.scheme ? { scheme: endpoint.scheme } : {}),
    unresolved: endpoint.reason ?? "the destination cannot be read",
    unknownBecause: because,
  };
}
