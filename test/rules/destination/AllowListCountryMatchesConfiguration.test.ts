import { describe, expect, test } from "vitest";
import { findingsOf } from "../../helpers/assess-config";
import { eventBus, lambdaAction as lambda, ownAccount } from "../../helpers/aws-destinations";

describe("GC-DST-4 AllowListCountryMatchesConfiguration: the configured region decides the country", () => {
  test("Noncompliance: a Lambda in us-east-1 whose account the allow-list places in Ireland", () => {
    expect(findingsOf(lambda("us-east-1"), "GC-DST-4", ownAccount("IE")).map((f) => f.message)).toEqual([
      "the allow-list places AWS account 123456789012 in Ireland (IE), but the AWS region us-east-1 places it in United States (US); the transfer is judged by the configuration",
    ]);
  });
  test("Noncompliance: an EventBridge bus in us-east-1 listed as Irish", () => {
    expect(findingsOf(eventBus("us-east-1"), "GC-DST-4", ownAccount("IE"))).toHaveLength(1);
  });
  test("Noncompliance: a region this tool does not know is not taken for the allow-list's country", () => {
    expect(findingsOf(eventBus("eu-west-9"), "GC-DST-4", ownAccount("IE"))[0]!.message).toContain(
      "the AWS region eu-west-9 is in no country this tool knows",
    );
  });
  test("Compliance: the entry names the region's country, or no entry approves the account", () => {
    expect(findingsOf(lambda("eu-west-1"), "GC-DST-4", ownAccount("IE"))).toEqual([]);
    expect(findingsOf(lambda("us-east-1"), "GC-DST-4", ownAccount("US"))).toEqual([]);
    expect(findingsOf(eventBus("US-EAST-1"), "GC-DST-4", ownAccount("US"))).toEqual([]);
    expect(findingsOf(lambda("us-east-1"), "GC-DST-4")).toEqual([]);
  });
});
