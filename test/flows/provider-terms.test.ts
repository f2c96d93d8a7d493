import { describe, expect, test } from "vitest";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";
import { eventBus, lambdaAction as lambda } from "../helpers/aws-destinations";
import { allow, crm } from "../helpers/rules/allow-list";

/**
 * The org's own AWS account (a Lambda or an EventBridge bus named by account and region) in a country that needs a
 * safeguard: with no allow-list entry, AWS's data processing addendum and its SCCs are what the transfer rests on
 * until the controller confirms them (GC-TRF-3, High); an entry governs, and a third party never gets this.
 */
const EU_CONTROLLER = { version: 1 as const, controller: { name: "Example DAC", country: "IE" } };

function transferOf(config: unknown, policy: Parameters<typeof assess>[1] = EU_CONTROLLER) {
  const dpias = assess(config, policy).dpias.filter((dpia) => dpia.transfers.length > 0);
  expect(dpias).toHaveLength(1);
  const dpia = dpias[0]!;
  const rules = dpia.findings.map((finding) => `${finding.rule_id} ${finding.severity}`);
  return { transfer: dpia.transfers[0]!, rules, status: dpia.compliance_status };
}

describe("the org's own AWS account with no allow-list entry rests on AWS's terms, to confirm", () => {
  test.each([
    ["a Lambda in us-east-1", lambda("us-east-1"), "US"],
    [
      "an EventBridge bus in us-west-2",
      eventBus("us-west-2", "v2.detail.events.conversation.{id}.customer.start"),
      "US",
    ],
    ["a Lambda in ap-south-1 (India, no adequacy)", lambda("ap-south-1"), "IN"],
  ])("%s: needs review (GC-TRF-3 High), not missing (GC-TRF-1)", (_name, config, country) => {
    const { transfer, rules, status } = transferOf(config);
    expect(transfer).toMatchObject({ destination_country: country, status: "needs_review", mechanism: "none" });
    expect(transfer.legal_basis).toContain("AWS GDPR Data Processing Addendum");
    expect(transfer.legal_basis).toContain("list the account in the allow-list with its transfer_mechanism");
    expect(rules).toContain("GC-TRF-3 High");
    expect(rules).not.toContain("GC-TRF-1 Critical");
    expect(status).toBe("APPROVED_FOR_DEPLOYMENT");
  });

  test("the account inside the EEA is no transfer at all", () => {
    expect(transferOf(lambda("eu-central-1")).transfer.status).toBe("not_a_transfer");
  });

  test("an allow-list entry governs: the account declared Irish but configured in us-east-1 stays missing", () => {
    const policy = {
      ...EU_CONTROLLER,
      ...allow({ aws_account: "123456789012", vendor: "Own AWS account", country: "IE", purposes: ["look-up"] }),
    };
    const { transfer, rules, status } = transferOf(lambda("us-east-1"), policy);
    expect(transfer.status).toBe("missing");
    expect(rules).toContain("GC-TRF-1 Critical");
    expect(status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("an allow-list entry governs: the account declared in the US with no mechanism stays missing", () => {
    const policy = {
      ...EU_CONTROLLER,
      ...allow({ aws_account: "123456789012", vendor: "Own AWS account", country: "US", purposes: ["look-up"] }),
    };
    expect(transferOf(eventBus("us-east-1"), policy).transfer.status).toBe("missing");
  });

  test("an entry declaring the mechanism covers it", () => {
    const policy = {
      ...EU_CONTROLLER,
      ...allow({
        aws_account: "123456789012",
        vendor: "Own AWS account",
        country: "US",
        transfer_mechanism: "dpf",
        purposes: ["look-up"],
      }),
    };
    expect(transferOf(lambda("us-east-1"), policy).transfer.status).toBe("covered");
  });

  test("a third party is never presumed covered by its hosting provider's terms", () => {
    const { transfer, rules } = transferOf(terraformJson(webServiceAction({})), { ...EU_CONTROLLER, ...allow(crm()) });
    expect(transfer.status).toBe("missing");
    expect(transfer.legal_basis).not.toContain("AWS");
    expect(rules).toContain("GC-TRF-1 Critical");
  });
});

describe("where AWS's terms are not presumed", () => {
  test("AWS China's regions, run by other operators under their own terms", () => {
    const { transfer, rules } = transferOf(lambda("cn-north-1"));
    expect(transfer).toMatchObject({ destination_country: "CN", status: "missing" });
    expect(rules).toContain("GC-TRF-1 Critical");
  });

  test("an account the allow-list leaves out, when it names the org's accounts", () => {
    const policy = {
      ...EU_CONTROLLER,
      ...allow({
        aws_account: "111111111111",
        vendor: "Our AWS account",
        country: "US",
        transfer_mechanism: "scc",
        scc_module: "M2",
        purposes: ["look-up"],
      }),
    };
    const { transfer, rules } = transferOf(lambda("us-east-1"), policy);
    expect(transfer.status).toBe("missing");
    expect(rules).toContain("GC-TRF-1 Critical");
  });
});
