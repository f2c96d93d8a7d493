import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { gateInventories, type GateOutcome, type GateRun } from "../../src/gate/gate-inventories";
import type { GateInput } from "../../src/gate/gate-input";
import { driveSync, type GateRequest } from "../../src/gate/requests";
import { readPlanJson } from "../../src/inventory/read-plan";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { applyPolicy } from "../../src/policy/load-policy";
import type { Policy } from "../../src/policy/schema";
import type { RootInForce } from "../../src/trust/root-in-force";
import { noVendorKnowledge } from "../../src/vendors/model";
import { InputError } from "../../src/validation/input-error";

const plan = path.join(__dirname, "..", "fixtures", "three-forms", "plan.json");
const NOW = new Date("2026-12-01T10:00:00Z");
const approvers = [
  {
    id: "dpo.anna",
    name: "Anna",
    role: "DPO" as const,
    public_key: "MCowBQYDK2VwAyEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
  },
  {
    id: "sec.ben",
    name: "Ben",
    role: "SECURITY_LEAD" as const,
    public_key: "MCowBQYDK2VwAyEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
  },
];

/** A trust root in force whose floor blocks at High, whatever the repository's policy says. */
function rootBlockingAtHigh(): RootInForce {
  const signed = {
    type: "dpia-trust-root" as const,
    version: 1,
    expires: "2027-12-01T00:00:00Z",
    threshold: 2,
    approvers,
    policy_floors: { block_at: "High" as const },
  };
  return { ok: true, root: { signed, signatures: [] }, hash: "sha256:test", pinnedBy: "test", pinned: true, notes: [] };
}

function run(
  inputs: GateInput[],
  policy: Policy,
  requests: GateRequest[] = [],
): { outcome: GateOutcome; requests: GateRequest[] } {
  const gateRun: GateRun = {
    inputs,
    policy: applyPolicy(policy, "dpia.policy.json"),
    now: NOW,
    orgRegion: {},
    source: "test",
    wholeDeployment: true,
    onWarning: () => undefined,
  };
  const outcome = driveSync(gateInventories(gateRun), {
    vendors: (request) => (requests.push(request), noVendorKnowledge()),
    authority: (request) => (
      requests.push(request),
      { trust: rootBlockingAtHigh(), exceptions: { exceptions: [] }, warnings: [] }
    ),
    record: (request) => void requests.push(request),
  });
  return { outcome, requests };
}

describe("gateInventories: the trust root's floors hold for every input", () => {
  const lenient = { version: 1, thresholds: { block_at: "Critical" } } as Policy;
  // The CRM look-up of the three-forms plan is High risk: approved under the repository's Critical
  // threshold, blocked under the root's High floor.
  const inventory = readPlanJson(JSON.parse(fs.readFileSync(plan, "utf8")), plan);
  const crm = (dpias: Dpia[]) => dpias.find((dpia) => dpia.integration_name === "CRM")!;

  test("a configuration is judged at the root's floor, not the repository's threshold", () => {
    const { outcome } = run([{ inventory }], lenient);
    expect(crm(outcome.dpias).risk_assessment.overall_risk_score).toBe("High");
    expect(crm(outcome.dpias).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(outcome.blocked).toBe(true);
  });

  test("a stack blocked at synthesis stays blocked at the root's floor when its DPIAs are re-derived", () => {
    // What the aspect wrote under the root's floor: the High DPIA blocked, no configuration left.
    const blockedAtSynthesis = assessInventory(inventory, {
      policy: applyPolicy({ version: 1, thresholds: { block_at: "High" } } as Policy),
      now: NOW,
    }).dpias.map((dpia) => ({ file: `${dpia.dpia_id}.json`, dpia }));
    expect(crm(blockedAtSynthesis.map((entry) => entry.dpia)).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    const { outcome, requests } = run([{ aspectDpias: blockedAtSynthesis, stackName: "shop" }], lenient);
    expect(crm(outcome.dpias).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(outcome.blocked).toBe(true);
    // Nothing to assess: the register records only the exception uses (none), never an assessment.
    expect(requests.filter((request) => request.kind === "record")).toEqual([{ kind: "record", uses: [] }]);
  });
});

describe("gateInventories: what neither door can read is refused before any I/O", () => {
  test("binary data in a resource of a type the catalog does not know is an input error, and nothing is asked", () => {
    const inventory = readPlanJson(JSON.parse(fs.readFileSync(plan, "utf8")), plan);
    const unknown = {
      ...inventory.resources[0]!,
      type: "genesyscloud_future_export",
      address: "genesyscloud_future_export.x",
      attributes: { target_url: "https://collector.example.net/\u0000" },
    };
    const withUnknown = { ...inventory, resources: [...inventory.resources, unknown] };
    let error: unknown;
    const requests: GateRequest[] = [];
    try {
      run([{ inventory: withUnknown }], { version: 1 } as Policy, requests);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(String(error)).toContain("genesyscloud_future_export.x.target_url: text (the value holds binary data");
    expect(requests).toEqual([]);
  });
});
