import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { allow, type Destination } from "../../helpers/rules/allow-list";

describe("GC-MID-1 MiddlewareOnwardRecipientsDeclared: middleware names who gets the data next", () => {
  const lambda = terraformJson(
    webServiceAction(
      {
        config_request: {
          request_type: "POST",
          request_url_template: "arn:aws:lambda:eu-west-1:123456789012:function:lookup",
        },
      },
      { integration_type: "aws-lambda-data-actions" },
    ),
  );
  const account = (onward?: Destination["onward_recipients"]): Destination => ({
    aws_account: "123456789012",
    vendor: "Own AWS account",
    country: "IE",
    purposes: ["look-up"],
    ...(onward ? { onward_recipients: onward } : {}),
  });
  test("Noncompliance: a Lambda with no onward recipients", () => {
    expect(findingsOf(lambda, "GC-MID-1", allow(account()))[0]!.message).toContain("final recipient");
  });
  test("Noncompliance: an iPaaS host", () => {
    const config = terraformJson(
      webServiceAction({
        config_request: { request_type: "POST", request_url_template: "https://acme.eu.cloudhub.io/customers" },
      }),
    );
    expect(findingsOf(config, "GC-MID-1")[0]!.message).toContain("MuleSoft CloudHub");
  });
  test("Compliance: the onward recipient is declared", () => {
    expect(findingsOf(lambda, "GC-MID-1", allow(account([{ name: "Example CRM", country: "DE" }])))).toEqual([]);
  });
});
