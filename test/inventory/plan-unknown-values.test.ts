import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { KNOWN_AFTER_APPLY, SENSITIVE_HIDDEN, withHiddenValues } from "../../src/inventory/plan-unknowns";
import { readPlanJson } from "../../src/inventory/read-plan";
import { applyPolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";

// Each dangerous plan below was approved before plans were read exactly (the integration's DPIA
// was APPROVED_FOR_DEPLOYMENT); each twin is what Terraform writes for a harmless configuration.
const fixture = path.join(__dirname, "..", "fixtures", "three-forms", "plan.json");
type AnyJson = any;
const plan = (): AnyJson => JSON.parse(fs.readFileSync(fixture, "utf8"));
const LOOKUP = "genesyscloud_integration_action.lookup";
const CRM = "genesyscloud_integration.crm";
const CARD_CONTRACT = JSON.stringify({
  type: "object",
  properties: { phoneNumber: { type: "string" }, creditCardNumber: { type: "string" } },
});

const changeOf = (p: AnyJson, address: string) => p.resource_changes.find((c: AnyJson) => c.address === address);
const configOf = (p: AnyJson, address: string) =>
  p.configuration.root_module.resources.find((r: AnyJson) => r.address === address);
/** A resource's values, in planned_values and in its change's `after`: Terraform writes the same in both. */
const valuesOf = (p: AnyJson, address: string): AnyJson[] => [
  p.planned_values.root_module.resources.find((r: AnyJson) => r.address === address).values,
  changeOf(p, address).change.after,
];

function statusOf(p: AnyJson, address = CRM): string {
  const { dpias } = assessInventory(readPlanJson(p, "plan.json"), {
    policy: applyPolicy(undefined),
    now: new Date("2026-01-01T00:00:00Z"),
  });
  return dpias.find((dpia) => dpia.subject.address === address)!.compliance_status;
}

function problemOf(p: AnyJson): string {
  try {
    readPlanJson(p, "plan.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

const lookupAttributes = (p: AnyJson) =>
  readPlanJson(p, "plan.json").resources.find((r) => r.address === LOOKUP)!.attributes;

test("the harmless plan all twins start from: the CRM integration is approved", () => {
  expect(statusOf(plan())).toBe("APPROVED_FOR_DEPLOYMENT");
});

describe("after_unknown: a value known only after apply is unresolved, never 'not set'", () => {
  /** contract_input = jsonencode({... timestamp() ...}): configuration {}, left out of after, marked unknown. */
  function contractAtApply(): AnyJson {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) delete values.contract_input;
    changeOf(p, LOOKUP).change.after_unknown.contract_input = true;
    return p;
  }

  test("a contract computed at apply time is unresolved, and blocks (it read as no contract: approved)", () => {
    expect(lookupAttributes(contractAtApply()).contract_input).toBe(KNOWN_AFTER_APPLY);
    expect(statusOf(contractAtApply())).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("a value inside a block known only after apply is unresolved too", () => {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) delete values.config_request[0].request_url_template;
    changeOf(p, LOOKUP).change.after_unknown.config_request = [{ request_url_template: true }];
    expect((lookupAttributes(p).config_request as AnyJson[])[0].request_url_template).toBe(KNOWN_AFTER_APPLY);
    expect(statusOf(p)).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("blocks whose number is known only after apply (a dynamic block over an unknown collection): exit 2", () => {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) delete values.config_request;
    changeOf(p, LOOKUP).change.after_unknown.config_request = true;
    expect(problemOf(p)).toContain(
      "configuration.root_module.resources[2].expressions.config_request: config_request blocks the plan shows",
    );
  });

  // Terraform leaves a dynamic block out of the configuration's expressions: with its for_each known only after
  // apply, the plan hides the whole list. That was "a roles block (an object), got a string", about an
  // expression the file does not have.
  test("dynamic blocks over a collection known only after apply: exit 2 saying so, not a malformed plan", () => {
    for (const [address, block] of [
      ["genesyscloud_oauth_client.exporter", "roles"],
      [LOOKUP, "config_request"],
    ] as const) {
      const p = plan();
      for (const values of valuesOf(p, address)) delete values[block];
      delete configOf(p, address).expressions[block];
      changeOf(p, address).change.after_unknown[block] = true;
      const problem = problemOf(p);
      expect(problem).toContain(`${block} blocks the plan shows: after_unknown (or after_sensitive) hides them`);
      expect(problem).not.toContain("got a string");
    }
  });

  test("a change without after_unknown (Terraform always writes it) cannot be read: exit 2", () => {
    const p = plan();
    delete changeOf(p, LOOKUP).change.after_unknown;
    expect(problemOf(p)).toContain(`resource_changes[2] (${LOOKUP}).change.after_unknown: after_unknown`);
  });

  test("a mask that is not true, false, or a structure of them: exit 2 naming the path", () => {
    const p = plan();
    changeOf(p, LOOKUP).change.after_unknown.contract_input = "yes";
    expect(problemOf(p)).toContain(
      `resource_changes[2] (${LOOKUP}).change.after_unknown.contract_input: true, false, or a list or object of them`,
    );
  });
});

describe("after_sensitive: a sensitive value is present but hidden, never 'not set'", () => {
  /** contract_input = sensitive(file("contract.json")), its value redacted from the plan (null), marked sensitive. */
  function redactedContract(value: null | undefined): AnyJson {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) {
      if (value === null) values.contract_input = null;
      else delete values.contract_input;
    }
    changeOf(p, LOOKUP).change.after_sensitive = { contract_input: true };
    return p;
  }

  test.each([
    ["null", null],
    ["left out", undefined],
  ])("a redacted sensitive contract (%s) is hidden, and blocks (it read as no contract: approved)", (_n, value) => {
    expect(lookupAttributes(redactedContract(value)).contract_input).toBe(SENSITIVE_HIDDEN);
    expect(statusOf(redactedContract(value))).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("twin: a sensitive value the plan shows (as terraform show -json does) is read as shown", () => {
    const p = plan();
    changeOf(p, LOOKUP).change.after_sensitive = {
      contract_input: true,
      config_request: [{ request_url_template: true }],
    };
    expect(lookupAttributes(p).contract_input).toContain("phoneNumber");
    expect(statusOf(p)).toBe("APPROVED_FOR_DEPLOYMENT");
  });

  test("twin: an unset sensitive attribute (Terraform marks it sensitive though null) is not set", () => {
    const p = plan();
    for (const values of valuesOf(p, "genesyscloud_oauth_client.exporter")) values.client_secret = null;
    changeOf(p, "genesyscloud_oauth_client.exporter").change.after_sensitive = { client_secret: true };
    const exporter = readPlanJson(p, "plan.json").resources.find(
      (r) => r.address === "genesyscloud_oauth_client.exporter",
    )!;
    expect(exporter.attributes).not.toHaveProperty("client_secret");
    expect(statusOf(p)).toBe("APPROVED_FOR_DEPLOYMENT");
  });

  test("a configured constant hidden by a redacted plan is the constant", () => {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) values.category = null;
    changeOf(p, LOOKUP).change.after_sensitive = { category: true };
    expect(lookupAttributes(p).category).toBe("CRM");
  });
});

describe("configuration, planned_values and resource_changes describe the same resources and attributes", () => {
  function cardContract(): AnyJson {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) values.contract_input = CARD_CONTRACT;
    return p;
  }

  test("the card-number contract Terraform plans blocks", () => {
    expect(statusOf(cardContract())).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("a configuration key renamed (contract_inputs) no longer hides the planned contract: exit 2 (it was approved)", () => {
    const p = cardContract();
    const expressions = configOf(p, LOOKUP).expressions;
    expressions.contract_inputs = expressions.contract_input;
    delete expressions.contract_input;
    // The provider schema names it first (schema-check), with the closest argument.
    expect(problemOf(p)).toContain(
      'expressions.contract_inputs (genesyscloud_integration_action.lookup): an argument or block this block has; "contract_inputs" is not one (did you mean "contract_input"?)',
    );
  });

  test("a key renamed inside a configured block (divisionid): exit 2", () => {
    const p = plan();
    const role = configOf(p, "genesyscloud_oauth_client.exporter").expressions.roles[0];
    role.divisionid = role.division_id;
    delete role.division_id;
    expect(problemOf(p)).toContain(
      'roles[0].divisionid (genesyscloud_oauth_client.exporter): an argument or block this block has; "divisionid" is not one (did you mean "division_id"?)',
    );
  });

  test("a configured argument the planned values neither have nor mark unknown (the contract dropped from them): exit 2", () => {
    const p = cardContract();
    for (const values of valuesOf(p, LOOKUP)) delete values.contract_input;
    expect(problemOf(p)).toContain(
      'configuration.root_module.resources[2].expressions.contract_input: an attribute or block that planned_values has too: the configuration sets "contract_input"',
    );
  });

  test("planned_values that differ from the change's after (a harmless contract in one): exit 2 naming both", () => {
    const p = cardContract();
    p.planned_values.root_module.resources.find((r: AnyJson) => r.address === LOOKUP).values.contract_input =
      plan().planned_values.root_module.resources.find((r: AnyJson) => r.address === LOOKUP).values.contract_input;
    expect(problemOf(p)).toContain(
      `resource_changes[2] (${LOOKUP}).change.after: the values planned_values has for ${LOOKUP} at planned_values.root_module.resources[2].values`,
    );
  });

  test("a configured block with no planned block at all: exit 2", () => {
    const p = plan();
    for (const values of valuesOf(p, LOOKUP)) values.config_request = [];
    expect(problemOf(p)).toContain("expressions.config_request[0]: a block that planned_values holds too");
  });

  test("a configured resource left out of planned_values and resource_changes: exit 2 (it went unassessed)", () => {
    const p = plan();
    p.planned_values.root_module.resources = p.planned_values.root_module.resources.filter(
      (r: AnyJson) => r.address !== CRM,
    );
    p.resource_changes = p.resource_changes.filter((c: AnyJson) => c.address !== CRM);
    expect(problemOf(p)).toContain(
      `configuration.root_module.resources[1]: ${CRM} in planned_values too (the configuration shows no count or for_each`,
    );
  });

  test.each([
    ["count = 0 on the resource", (p: AnyJson) => (configOf(p, CRM).count_expression = { constant_value: 0 })],
    ["a plan made with -target", (p: AnyJson) => (p.complete = false)],
    ["a plan that applies nothing", (p: AnyJson) => (p.applyable = false)],
  ])("twin: a configured resource without instances is no inconsistency with %s", (_name, mark) => {
    const p = plan();
    p.planned_values.root_module.resources = p.planned_values.root_module.resources.filter(
      (r: AnyJson) => r.address !== CRM,
    );
    p.resource_changes = p.resource_changes.filter((c: AnyJson) => c.address !== CRM);
    mark(p);
    expect(readPlanJson(p, "plan.json").resources.map((r) => r.address)).not.toContain(CRM);
  });

  test("twin: a configured resource with a delete change (terraform plan -destroy) is no inconsistency", () => {
    const p = plan();
    p.planned_values.root_module.resources = p.planned_values.root_module.resources.filter(
      (r: AnyJson) => r.address !== CRM,
    );
    changeOf(p, CRM).change = {
      actions: ["delete"],
      before: {},
      after: null,
      after_unknown: {},
      after_sensitive: false,
    };
    expect(readPlanJson(p, "plan.json").resources.map((r) => r.address)).not.toContain(CRM);
  });
});

describe("a data source read while planning is read from prior_state, as read", () => {
  const READ_INTEGRATION = "data.genesyscloud_integration.home";
  /** data "genesyscloud_integration" "home" { name = "${var.prefix}-home" }, read while planning. */
  function withDivision(read: AnyJson | undefined): AnyJson {
    const p = plan();
    p.configuration.root_module.resources.push({
      address: READ_INTEGRATION,
      mode: "data",
      type: "genesyscloud_integration",
      name: "home",
      provider_config_key: "genesyscloud",
      expressions: { name: { references: ["var.prefix"] } },
    });
    p.variables.prefix = { value: "eu" };
    if (read)
      p.prior_state = {
        format_version: "1.0",
        values: {
          root_module: {
            resources: [
              { address: READ_INTEGRATION, mode: "data", type: "genesyscloud_integration", name: "home", values: read },
            ],
          },
        },
      };
    return p;
  }
  const readIntegrationOf = (p: AnyJson) =>
    readPlanJson(p, "plan.json").resources.find((r) => r.address === READ_INTEGRATION)!.attributes;

  test("its attributes are the values it read, not a variable it references", () => {
    expect(readIntegrationOf(withDivision({ id: "d-1", name: "eu-home" })).name).toBe("eu-home");
  });

  test("without prior_state, an attribute written with references stays a reference", () => {
    expect(readIntegrationOf(withDivision(undefined)).name).toBe("eu");
  });

  test("an attribute written as {} (Terraform alone evaluates it) without values is unresolved, never absent", () => {
    const p = withDivision(undefined);
    p.configuration.root_module.resources.at(-1).expressions.name = {};
    expect(readIntegrationOf(p).name).toBe(KNOWN_AFTER_APPLY);
  });

  test("a configured attribute its read values do not have: exit 2", () => {
    expect(problemOf(withDivision({ id: "d-1" }))).toContain(
      'expressions.name: an attribute or block that planned_values has too: the configuration sets "name"',
    );
  });
});

describe("masks that do not fit their values fail closed", () => {
  test.each([
    ["an object mask over a list", ["a"], { 0: true }, KNOWN_AFTER_APPLY],
    ["a list mask over a string", "a", [true], KNOWN_AFTER_APPLY],
    ["a list mask longer than the list", ["a"], [false, true], ["a", KNOWN_AFTER_APPLY]],
    ["a list mask longer, marking nothing beyond", ["a"], [false, false], ["a"]],
    ["a member only the mask names", {}, { later: true }, { later: KNOWN_AFTER_APPLY }],
    ["a mask over null", null, { a: true }, KNOWN_AFTER_APPLY],
    ["an empty mask", { a: 1 }, {}, { a: 1 }],
  ])("%s", (_name, value, unknown, expected) => {
    expect(withHiddenValues(value, unknown, undefined)).toEqual(expected);
  });

  test("a member named __proto__ stays a member, and a mask member named constructor is no mask", () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}');
    const out = withHiddenValues(value, JSON.parse('{"__proto__": {"x": true}}'), {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(JSON.stringify(out)).toBe(`{"__proto__":{"x":"${KNOWN_AFTER_APPLY}"},"constructor":"c"}`);
  });

  test("a key only the mask names is not read through the value's prototype", () => {
    const out = withHiddenValues({ name: "x" }, JSON.parse('{"constructor": false, "toString": false}'), {
      constructor: false,
    }) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["name"]);
    expect(Object.hasOwn(out, "constructor")).toBe(false);
  });
});
