import { describe, expect, test } from "vitest";
import type { Policy } from "../../src/policy/schema";
import { dpiaFor, terraformJson, webServiceAction } from "../helpers/assess-config";

type Mechanism = NonNullable<NonNullable<Policy["destinations"]>[number]["transfer_mechanism"]>;

function transferFor(orgRegion: string, country: string | undefined, mechanism?: Mechanism) {
  const policy: Policy = country
    ? {
        version: 1,
        destinations: [
          {
            host: "crm.example.eu",
            vendor: "Example CRM",
            country,
            purposes: ["look-up"],
            ...(mechanism ? { transfer_mechanism: mechanism } : {}),
          },
        ],
      }
    : { version: 1 };
  const dpia = dpiaFor(
    terraformJson(webServiceAction({}), { aws_region: orgRegion }),
    "genesyscloud_integration.crm",
    policy,
  );
  const transfer = dpia.transfers[0]!;
  return {
    status: transfer.status,
    regime: transfer.regime,
    overall: dpia.risk_assessment.overall_risk_score,
    basis: transfer.legal_basis,
    flow: dpia.data_flows[0]!,
  };
}

describe("transfer matrix", () => {
  test.each([
    ["EU org → US host with DPF", "eu-west-1", "US", "dpf", "covered", "EU"],
    ["EU org → US host with SCCs", "eu-west-1", "US", "scc", "covered", "EU"],
    ["EU org → US host with nothing", "eu-west-1", "US", undefined, "missing", "EU"],
    ["EU org → UK", "eu-central-1", "GB", undefined, "covered", "EU"],
    ["EU org → another EEA country", "eu-west-1", "DE", undefined, "not_a_transfer", "EU"],
    ["EU org → unknown country", "eu-west-1", undefined, undefined, "unknown", "EU"],
    ["CH org → US with the Swiss-US DPF", "eu-central-2", "US", "dpf", "covered", "CH"],
    ["CH org → US with nothing", "eu-central-2", "US", undefined, "missing", "CH"],
    ["UK org → EU", "eu-west-2", "IE", undefined, "covered", "UK"],
    ["UK org → Korea (UK data bridge)", "eu-west-2", "KR", undefined, "covered", "UK"],
    ["UK org → India with the IDTA", "eu-west-2", "IN", "uk_idta", "covered", "UK"],
    // An unknown region is judged as for an EU controller (no controller.country in the policy).
    ["unresolved region → US with DPF", "${var.region}", "US", "dpf", "covered", "EU"],
    ["unresolved region → US without a mechanism", "${var.region}", "US", undefined, "missing", "EU"],
    ["unresolved region → EEA", "${var.region}", "DE", undefined, "not_a_transfer", "EU"],
  ] as const)("%s", (_name, region, country, mechanism, status, regime) => {
    const result = transferFor(region, country, mechanism as Mechanism | undefined);
    expect(result.status).toBe(status);
    expect(result.regime).toBe(regime);
  });

  test("a transfer with no basis is Critical and blocks; with DPF it is not blocked", () => {
    expect(transferFor("eu-west-1", "US").overall).toBe("Critical");
    expect(transferFor("eu-west-1", "US", "dpf").overall).not.toBe("Critical");
  });

  test("an unknown country is at least High", () => {
    expect(["High", "Critical"]).toContain(transferFor("eu-west-1", undefined).overall);
  });

  test("the flow names the real host, vendor, country and mechanism", () => {
    expect(transferFor("eu-west-1", "US", "dpf").flow).toMatchObject({
      destination_host: "crm.example.eu",
      vendor: "Example CRM",
      country: "US",
      transfer_mechanism: "dpf",
      approved: true,
    });
    expect(transferFor("eu-west-1", "GB").basis).toContain("Implementing Decision (EU) 2021/1772");
  });

  test("the UK adequacy decision's expiry is stated", () => {
    expect(transferFor("eu-west-1", "GB").basis).toContain("valid until 2031-12-27");
  });
});
