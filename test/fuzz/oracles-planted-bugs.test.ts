import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { ExceptionRecord } from "../../src/exceptions/schema";
import type { TrustRootContent } from "../../src/trust/schema";
import { asApprover } from "./oracle/authority-fixture";
import type { ExceptionsKind } from "./oracle/exceptions-kind";
import type { OracleKind } from "./oracle/kind";
import { prepareOracleKind } from "./oracle/kinds";
import { POLICY_BASES } from "./oracle/policy-kind";
import { stateOf } from "./oracle/state-json-kind";
import type { TrustRootsKind } from "./oracle/trust-roots-kind";

// Each oracle is shown to fail: the same input is judged with the gate as it is (the oracle is
// satisfied) and with one deliberate bug planted in the gate's own code (the oracle reports it).
// A bug is planted only inside its test, through the module every caller imports it from.
const planted = vi.hoisted(() => ({ bug: "" }));

vi.mock("../../src/exceptions/validate-exception", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/exceptions/validate-exception")>();
  return {
    ...original,
    validateException: (...args: Parameters<typeof original.validateException>) =>
      planted.bug === "every exception valid"
        ? { valid: true, approvers: args[2].slice(0, 2) }
        : original.validateException(...args),
  };
});
vi.mock("../../src/trust/verify-root", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/trust/verify-root")>();
  return {
    ...original,
    verifyRotation: (...args: Parameters<typeof original.verifyRotation>) =>
      planted.bug === "every rotation valid" ? { ok: true } : original.verifyRotation(...args),
  };
});
vi.mock("../../src/policy/policy-floors", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/policy/policy-floors")>();
  return {
    ...original,
    policyFloorProblems: (...args: Parameters<typeof original.policyFloorProblems>) =>
      planted.bug === "no policy floors" ? [] : original.policyFloorProblems(...args),
  };
});
vi.mock("../../src/inventory/hcl/downloaded-modules", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/inventory/hcl/downloaded-modules")>();
  return {
    ...original,
    installedModuleDir: (...args: Parameters<typeof original.installedModuleDir>) =>
      planted.bug === "any module folder"
        ? path.resolve(args[1], args[0]!.byKey.get(args[2])!.dir)
        : original.installedModuleDir(...args),
  };
});
vi.mock("../../src/inventory/read-state", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/inventory/read-state")>();
  return {
    ...original,
    readStateJson: (...args: Parameters<typeof original.readStateJson>) => {
      const inventory = original.readStateJson(...args);
      // A reader that loses what a grant reaches: every division read as the approved "home".
      return planted.bug === "divisions read as home"
        ? (JSON.parse(
            JSON.stringify(inventory).replaceAll('"division_id":"*"', '"division_id":"home"'),
          ) as typeof inventory)
        : inventory;
    },
  };
});
vi.mock("../../src/vendors/duration", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/vendors/duration")>();
  return {
    ...original,
    durationDays: (value: string, partDay: "up" | "down") =>
      planted.bug === "durations are zero" ? 0 : original.durationDays(value, partDay),
  };
});
vi.mock("../../src/register/register-location", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/register/register-location")>();
  return {
    ...original,
    resolveRegister: (...args: Parameters<typeof original.resolveRegister>) => {
      if (planted.bug === "URLs parsed carelessly" && /^postgres/.test(args[0] ?? "")) new URL("postgres://[::1");
      return original.resolveRegister(...args);
    },
  };
});

/** The oracle's verdict on the input with the gate as it is, then with the bug planted. */
async function judged(kind: OracleKind, input: string, base: string, bug: string) {
  planted.bug = "";
  const honest = await kind.evaluate!(input, base);
  planted.bug = bug;
  try {
    return { honest, buggy: await kind.evaluate!(input, base) };
  } finally {
    planted.bug = "";
  }
}

describe("every oracle fails when a bug is planted in the gate", () => {
  const kinds = new Map<string, OracleKind>();
  beforeAll(async () => {
    for (const name of [
      "exceptions",
      "trust roots",
      "policy",
      "modules.json",
      "state JSON",
      "vendor records",
      "register URLs",
    ] as const)
      kinds.set(name, await prepareOracleKind(name));
  }, 300_000);

  test("exceptions: an exception whose window was extended after signing lifts the block once every exception counts as valid", async () => {
    const { exception } = (kinds.get("exceptions") as ExceptionsKind).genuine;
    const extended: ExceptionRecord = { ...exception, not_after: "2099-12-31T00:00:00Z" };
    const input = JSON.stringify({ version: 1, exceptions: [extended] });
    const { honest, buggy } = await judged(
      kinds.get("exceptions")!,
      input,
      "genuine exception",
      "every exception valid",
    );
    expect([honest.exitCode, honest.failure]).toEqual([1, undefined]);
    expect(buggy.exitCode).toBe(0);
    expect(buggy.failure).toContain("not validly dual-signed");
    // And the genuine exception lifts the block without a word from the oracle.
    const genuine = await kinds.get("exceptions")!.evaluate!(
      JSON.stringify({ version: 1, exceptions: [exception] }),
      "genuine exception",
    );
    expect([genuine.exitCode, genuine.failure]).toEqual([0, undefined]);
  });

  test("trust roots: a rotation the newcomers signed alone comes into force once every rotation verifies", async () => {
    const { fixture: f, mallory } = kinds.get("trust roots") as TrustRootsKind;
    const content = {
      ...f.root.signed,
      version: 2,
      approvers: [asApprover(f.outsider), asApprover(mallory)],
    } as TrustRootContent;
    const input = JSON.stringify([f.signRoot(content, [f.outsider, mallory])]);
    const { honest, buggy } = await judged(kinds.get("trust roots")!, input, "rotation", "every rotation valid");
    expect([honest.exitCode, honest.failure]).toEqual([1, undefined]);
    expect(buggy.failure).toContain("no legitimate chain of signatures reaches it");
  });

  test("policy: card data re-rated Low approves the Critical base once the policy floors are gone", async () => {
    const base = POLICY_BASES.find((candidate) => candidate.blocked === "critical")!;
    const lowered = ["payment_card_pan", "payment_card_sad"].map((id) => ({
      id,
      name: "Card",
      source_api_endpoint: "",
      fields: [],
      regulatory_category: "personal_data",
      risk_level: "Low",
      default_retention_days: 0,
      encryption_required: false,
      data_subjects: "customers",
    }));
    const input = JSON.stringify({ ...base.policy, data_elements: lowered });
    const { honest, buggy } = await judged(kinds.get("policy")!, input, base.name, "no policy floors");
    expect([honest.exitCode, honest.failure]).toEqual([2, undefined]);
    expect(buggy.exitCode).toBe(0);
    expect(buggy.failure).toContain("no policy may relax");
  });

  test("modules.json: a module folder without configuration drops the card relay once any folder is taken", async () => {
    const manifest = {
      Modules: [
        { Key: "", Source: "", Dir: "." },
        { Key: "crm", Source: "git::https://example.com/genesys/crm.git?ref=v1", Dir: ".terraform/modules/empty" },
      ],
    };
    const { honest, buggy } = await judged(
      kinds.get("modules.json")!,
      JSON.stringify(manifest),
      "git module",
      "any module folder",
    );
    expect([honest.exitCode, honest.failure]).toEqual([2, undefined]);
    expect(buggy.exitCode).toBe(0);
    expect(buggy.failure).toContain("a folder without configuration");
  });

  test("state JSON: the widened client is approved once divisions read as home", async () => {
    const kind = kinds.get("state JSON")!;
    const widened = JSON.stringify(stateOf("*"), null, 2);
    expect(widened).toContain('"division_id": "*"');
    const { honest, buggy } = await judged(kind, widened, "division widened", "divisions read as home");
    expect(honest.failure).toBeUndefined();
    expect(buggy.failure).toContain("still grants the client every division");
  });

  test("vendor records: 365 days against 90 is approved once durations count as zero", async () => {
    const record = fs.readFileSync(
      path.resolve(__dirname, "../../examples/vendor-retention/vendors/example-marketing-cloud.json"),
      "utf8",
    );
    const { honest, buggy } = await judged(kinds.get("vendor records")!, record, "file", "durations are zero");
    expect([honest.exitCode, honest.failure]).toEqual([1, undefined]);
    expect(buggy.exitCode).toBe(0);
    expect(buggy.failure).toContain("395 days against 90");
  });

  test("register URLs: a URL that does not parse is an internal error once URLs are parsed carelessly", async () => {
    const { honest, buggy } = await judged(
      kinds.get("register URLs")!,
      "postgres://dpia@127.0.0.1:1/dpia",
      "--register",
      "URLs parsed carelessly",
    );
    expect([honest.exitCode, honest.failure]).toEqual([2, undefined]);
    expect(buggy.failure).toContain("internal error");
  });
});
