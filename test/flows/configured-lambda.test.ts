import { describe, expect, test } from "vitest";
import { readEndpoint } from "../../src/flows/endpoint";
import { urlDestination } from "../../src/flows/url-destination";

describe("a data action whose URL is the ARN of a Lambda function the configuration deploys", () => {
  test("is the customer's own cloud (Lambda blueprints: module.lambda.aws_lambda_function.f.arn), its country unknown", () => {
    const template = "${module.lambda_order_status.aws_lambda_function.lambda_function.arn}";
    expect(readEndpoint(template)).toEqual({
      kind: "lambda_arn",
      lambdaFunction: "module.lambda_order_status.aws_lambda_function.lambda_function",
    });
    const destination = urlDestination(template, "config_request.request_url_template", {}, "Lambda");
    expect(destination).toMatchObject({ kind: "customer_cloud", vendor: "Amazon Web Services" });
    expect(destination.country).toBeUndefined();
    expect(readEndpoint("${data.aws_lambda_function.existing.arn}").lambdaFunction).toBe(
      "data.aws_lambda_function.existing",
    );
  });

  test("any other unresolved URL stays unknown: a variable, another resource type, an ARN with more after it", () => {
    for (const template of [
      "${var.lambda_arn}",
      "${module.m.aws_sqs_queue.q.arn}",
      "${module.m.aws_lambda_function.f.arn}/extra",
      "${module.m.aws_lambda_function.f.function_url}",
      "https://${module.m.aws_lambda_function.f.arn}",
    ])
      expect(readEndpoint(template).kind, template).toBe("unknown");
  });
});
