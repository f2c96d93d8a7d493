import { describe, expect, test } from "vitest";
import { assessInventory } from "../../src/dpia/assess-inventory";
import { readPlanJson } from "../../src/inventory/read-plan";
import { applyPolicy } from "../../src/policy/load-policy";
import { planProblemOf as problemOf, threeFormsPlan as plan, type AnyJson } from "../helpers/three-forms-plan";

const EXPORTER = "genesyscloud_oauth_client.exporter";

const changeOf = (p: AnyJson, address: string) => p.resource_changes.find((c: AnyJson) => c.address === address);
const plannedOf = (p: AnyJson, address: string) =>
  p.planned_values.root_module.resources.find((r: AnyJson) => r.address === address);
/** A resource's values, in planned_values and in its change's `after`: Terraform writes the same in both. */
const valuesOf = (p: AnyJson, address: string): AnyJson[] => [
  plannedOf(p, address).values,
  changeOf(p, address).change.after,
];
const configOf = (p: AnyJson, address: string) =>
  p.configuration.root_module.resources.find((r: AnyJson) => r.address === address);

const addresses = (p: unknown) =>
  readPlanJson(p, "plan.json")
    .resources.map((r) => r.address)
    .sort();

describe("a plan: what will be deployed is resource_changes and planned_values", () => {
  test("a resource planned for deletion is not deployed, so not assessed; create, update, replace and no-op are", () => {
    const p = plan();
    changeOf(p, EXPORTER).change.actions = ["delete"];
    p.planned_values.root_module.resources = p.planned_values.root_module.resources.filter(
      (r: AnyJson) => r.address !== EXPORTER,
    );
    expect(addresses(p)).not.toContain(EXPORTER);
    for (const actions of [["update"], ["no-op"], ["delete", "create"], ["create", "delete"]]) {
      const q = plan();
      changeOf(q, EXPORTER).change.actions = actions;
      expect(addresses(q), actions.join(",")).toContain(EXPORTER);
    }
  });

  test.each([
    [
      "in resource_changes but not in planned_values",
      (p: AnyJson) => {
        p.planned_values.root_module.resources = p.planned_values.root_module.resources.filter(
          (r: AnyJson) => r.address !== EXPORTER,
        );
      },
      `resource_changes[3] (${EXPORTER}): ${EXPORTER} in planned_values too`,
    ],
    [
      "in planned_values but not in resource_changes",
      (p: AnyJson) => {
        p.resource_changes = p.resource_changes.filter((c: AnyJson) => c.address !== EXPORTER);
      },
      `planned_values.root_module.resources[3]: a change for ${EXPORTER} in resource_changes`,
    ],
    [
      "planned but not configured",
      (p: AnyJson) => {
        p.configuration.root_module.resources = p.configuration.root_module.resources.filter(
          (r: AnyJson) => r.address !== EXPORTER,
        );
      },
      `${EXPORTER} in configuration too`,
    ],
    [
      "deleted yet still planned",
      (p: AnyJson) => {
        changeOf(p, EXPORTER).change.actions = ["delete"];
      },
      "a resource that is deleted to be absent from planned_values",
    ],
    [
      "forgotten yet still planned (the action's participle, not 'forgetd')",
      (p: AnyJson) => {
        changeOf(p, EXPORTER).change.actions = ["forget"];
      },
      "a resource that is forgotten to be absent from planned_values",
    ],
    [
      "replaced but not planned (the actions as participles, not 'planned to delete and create')",
      (p: AnyJson) => {
        changeOf(p, EXPORTER).change.actions = ["delete", "create"];
        p.planned_values.root_module.resources = p.planned_values.root_module.resources.filter(
          (r: AnyJson) => r.address !== EXPORTER,
        );
      },
      `${EXPORTER} in planned_values too (it is to be deleted then created); it is not there`,
    ],
    [
      "of another type in planned_values than in resource_changes",
      (p: AnyJson) => {
        plannedOf(p, EXPORTER).type = "genesyscloud_auth_role";
      },
      "type genesyscloud_oauth_client, as resource_changes[3] says; planned_values says genesyscloud_auth_role",
    ],
    [
      "of a type its address does not name",
      (p: AnyJson) => {
        changeOf(p, EXPORTER).type = "genesyscloud_auth_role";
        plannedOf(p, EXPORTER).type = "genesyscloud_auth_role";
      },
      "a resource whose type (genesyscloud_auth_role) is the one its address names",
    ],
    [
      "of another type in configuration",
      (p: AnyJson) => {
        configOf(p, EXPORTER).type = "genesyscloud_auth_role";
      },
      "type genesyscloud_oauth_client, as planned for",
    ],
    [
      "listed twice in resource_changes",
      (p: AnyJson) => {
        p.resource_changes.push(changeOf(p, EXPORTER));
      },
      "one change per resource",
    ],
    [
      "with an address that is not one",
      (p: AnyJson) => {
        changeOf(p, EXPORTER).address = "genesyscloud_oauth_client exporter";
        plannedOf(p, EXPORTER).address = "genesyscloud_oauth_client exporter";
      },
      "a Terraform resource address",
    ],
  ])("a resource %s: exit 2 naming the place, never left out", (_name, spoil, expected) => {
    const p = plan();
    spoil(p);
    expect(problemOf(p)).toContain(expected);
  });
});

describe("a plan: expressions and values of the wrong shape are refused, never read as 'no roles'", () => {
  test.each([
    [
      'roles = "str" in the configuration',
      (p: AnyJson) => {
        configOf(p, EXPORTER).expressions.roles = { constant_value: "str" };
      },
      "configuration.root_module.resources[3].expressions.roles: a roles block (an object), got a string",
    ],
    [
      'roles = "str" in the planned values',
      (p: AnyJson) => {
        plannedOf(p, EXPORTER).values.roles = "str";
        delete configOf(p, EXPORTER).expressions.roles;
      },
      "planned_values.root_module.resources[3].values.roles: a roles block (an object), got a string",
    ],
    [
      "a null permission policy in the planned values",
      (p: AnyJson) => {
        plannedOf(p, "genesyscloud_auth_role.recordings").values.permission_policies = [null];
      },
      "values.permission_policies[0]: a permission_policies block (an object), got null",
    ],
    [
      "permission policies that are null in the configuration",
      (p: AnyJson) => {
        configOf(p, "genesyscloud_auth_role.recordings").expressions.permission_policies = { constant_value: null };
      },
      "expressions.permission_policies: a list of permission_policies blocks, got null",
    ],
    [
      "a role that is a number",
      (p: AnyJson) => {
        configOf(p, EXPORTER).expressions.roles = [42];
      },
      "expressions.roles[0]: a roles block (an object), got a number",
    ],
  ])("%s", (_name, spoil, expected) => {
    const p = plan();
    spoil(p);
    expect(problemOf(p)).toContain(expected);
  });
});

describe("a plan: planned values are what will be deployed; the configuration cannot hide them", () => {
  const recordings = "genesyscloud_auth_role.recordings";
  const policiesOf = (p: AnyJson) =>
    readPlanJson(p, "plan.json").resources.find((r) => r.address === recordings)!.attributes
      .permission_policies as AnyJson[];

  test.each([
    [
      "an attribute key misspelt (constent_value)",
      (p: AnyJson) => {
        const policy = configOf(p, recordings).expressions.permission_policies[0];
        policy.action_set = { constent_value: policy.action_set.constant_value };
      },
      "expressions.permission_policies[0].action_set: an expression",
    ],
    [
      "an attribute given as a bare value",
      (p: AnyJson) => {
        configOf(p, EXPORTER).expressions.authorized_grant_type = "CLIENT-CREDENTIALS";
      },
      "expressions.authorized_grant_type: an expression",
    ],
    [
      "an expression with a stray key",
      (p: AnyJson) => {
        configOf(p, EXPORTER).expressions.name = { constant_value: "Exporter", comment: "x" };
      },
      "expressions.name: an expression",
    ],
    [
      "a block whose constants no planned block has",
      (p: AnyJson) => {
        configOf(p, recordings).expressions.permission_policies[0].entity_name.constant_value = "";
      },
      "expressions.permission_policies[0]: a block that planned_values holds too",
    ],
    [
      "a block whose constants were swapped for harmless ones",
      (p: AnyJson) => {
        configOf(p, recordings).expressions.permission_policies[0].domain.constant_value = "routing";
      },
      "expressions.permission_policies[0]: a block that planned_values holds too",
    ],
  ])("%s: exit 2 naming the place, never read as 'no permission'", (_name, spoil, expected) => {
    const p = plan();
    spoil(p);
    expect(problemOf(p)).toContain(expected);
  });

  test("a top-level constant that disagrees with the planned value: the planned value is assessed", () => {
    const p = plan();
    configOf(p, EXPORTER).expressions.authorized_grant_type.constant_value = "CODE";
    expect(
      readPlanJson(p, "plan.json").resources.find((r) => r.address === EXPORTER)!.attributes.authorized_grant_type,
    ).toBe("CLIENT-CREDENTIALS");
  });

  test("blocks of a set planned in another order are paired by their values, so each reference stays with its own block", () => {
    const p = plan();
    const configured = configOf(p, EXPORTER).expressions;
    configured.roles = [
      {
        role_id: { references: ["genesyscloud_auth_role.recordings.id", "genesyscloud_auth_role.recordings"] },
        division_id: { constant_value: "*" },
      },
      {
        role_id: { references: ["genesyscloud_auth_role.other.id", "genesyscloud_auth_role.other"] },
        division_id: { constant_value: "home-division" },
      },
    ];
    for (const values of valuesOf(p, EXPORTER)) values.roles = [{ division_id: "home-division" }, { division_id: "*" }];
    changeOf(p, EXPORTER).change.after_unknown.roles = [{ role_id: true }, { role_id: true }];
    const roles = readPlanJson(p, "plan.json").resources.find((r) => r.address === EXPORTER)!.attributes
      .roles as AnyJson[];
    expect(roles).toEqual([
      { role_id: "${genesyscloud_auth_role.recordings.id}", division_id: "*" },
      { role_id: "${genesyscloud_auth_role.other.id}", division_id: "home-division" },
    ]);
  });

  test("a planned block no configured block became (a dynamic block beside static ones) is kept", () => {
    const p = plan();
    for (const values of valuesOf(p, recordings))
      values.permission_policies.unshift({
        domain: "conversation",
        entity_name: "transcript",
        action_set: ["view"],
        conditions: [],
      });
    expect(
      policiesOf(p)
        .map((policy) => `${policy.domain}:${policy.entity_name}`)
        .sort(),
    ).toEqual(["conversation:transcript", "recording:recording"]);
  });

  test("what the plan does not know yet (null inside a planned block) agrees with any configured constant", () => {
    const p = plan();
    configOf(p, "genesyscloud_integration.crm").expressions.config[0].credentials = {
      constant_value: { basicAuth: "${genesyscloud_integration_credential.crm.id}" },
    };
    for (const values of valuesOf(p, "genesyscloud_integration.crm"))
      values.config[0].credentials = { basicAuth: null };
    const crm = readPlanJson(p, "plan.json").resources.find((r) => r.address === "genesyscloud_integration.crm")!;
    expect((crm.attributes.config as AnyJson[])[0].credentials).toEqual({
      basicAuth: "${genesyscloud_integration_credential.crm.id}",
    });
    configOf(p, "genesyscloud_integration.crm").expressions.config[0].notes = { constant_value: null };
    for (const values of valuesOf(p, "genesyscloud_integration.crm")) values.config[0].notes = "set by the provider";
    expect(() => readPlanJson(p, "plan.json")).not.toThrow();
  });

  test("list elements planned in another order still match their configured block", () => {
    const p = plan();
    configOf(p, recordings).expressions.permission_policies[0].action_set.constant_value = ["view", "add"];
    for (const values of valuesOf(p, recordings)) values.permission_policies[0].action_set = ["add", "view"];
    expect(policiesOf(p)[0].action_set).toEqual(["add", "view"]);
  });
});

describe("a plan: child modules at every depth", () => {
  /** Moves the fixture's resources into module.platform["eu"].module.clients, as Terraform would plan them. */
  function nested(): AnyJson {
    const p = plan();
    const prefix = 'module.platform["eu"].module.clients.';
    const resources = p.planned_values.root_module.resources.map((r: AnyJson) => ({
      ...r,
      address: `${prefix}${r.address}`,
    }));
    p.planned_values.root_module = {
      child_modules: [
        {
          address: 'module.platform["eu"]',
          child_modules: [{ address: 'module.platform["eu"].module.clients', resources }],
        },
      ],
    };
    p.resource_changes = p.resource_changes.map((c: AnyJson) => ({
      ...c,
      address: `${prefix}${c.address}`,
      module_address: 'module.platform["eu"].module.clients',
    }));
    const configured = p.configuration.root_module.resources;
    p.configuration.root_module = {
      resources: [],
      module_calls: {
        platform: {
          source: "./platform",
          module: { module_calls: { clients: { source: "./clients", module: { resources: configured } } } },
        },
      },
    };
    return p;
  }

  test("resources two modules deep, one with for_each, are read with their full addresses and assessed", () => {
    const inventory = readPlanJson(nested(), "plan.json");
    expect(inventory.resources.map((r) => r.address).sort()).toEqual([
      'module.platform["eu"].module.clients.genesyscloud_auth_role.recordings',
      'module.platform["eu"].module.clients.genesyscloud_integration.crm',
      'module.platform["eu"].module.clients.genesyscloud_integration_action.lookup',
      'module.platform["eu"].module.clients.genesyscloud_oauth_client.exporter',
    ]);
    const { dpias } = assessInventory(inventory, {
      policy: applyPolicy(undefined),
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(dpias.map((d) => d.subject.address).sort()).toEqual([
      'module.platform["eu"].module.clients.genesyscloud_integration.crm',
      'module.platform["eu"].module.clients.genesyscloud_oauth_client.exporter',
    ]);
    expect(dpias.find((d) => d.subject.address.endsWith("exporter"))!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    // References inside the module are the module's own: the action joins its integration's DPIA.
    expect(dpias.find((d) => d.subject.address.endsWith("crm"))!.resources.map((r) => r.address)).toContain(
      'module.platform["eu"].module.clients.genesyscloud_integration_action.lookup',
    );
  });

  test("a module resource missing from the configuration's module_calls: exit 2", () => {
    const p = nested();
    p.configuration.root_module.module_calls.platform.module.module_calls = {};
    expect(problemOf(p)).toMatch(
      /module\.platform\["eu"\]\.module\.clients\.genesyscloud_[a-z_]+\.[a-z]+ in configuration too/,
    );
  });
});

describe("a plan: attacks on the reader", () => {
  test("a Genesys resource relabelled with another provider's type in resource_changes and planned_values is refused, not dropped", () => {
    const p = plan();
    changeOf(p, EXPORTER).type = "aws_s3_bucket";
    plannedOf(p, EXPORTER).type = "aws_s3_bucket";
    expect(problemOf(p)).toContain("a resource whose type (aws_s3_bucket) is the one its address names");
  });
});

describe("a plan: which provider configuration a resource uses", () => {
  test("provider_config_key names the aliased configuration; one the plan does not define is never the default", () => {
    const p = plan();
    p.configuration.provider_config = {
      genesyscloud: { name: "genesyscloud", expressions: { aws_region: { constant_value: "us-east-1" } } },
    };
    configOf(p, EXPORTER).provider_config_key = "module.gone:genesyscloud.eu";
    configOf(p, "genesyscloud_integration.crm").provider_config_key = "module.x:genesyscloud";
    const resources = readPlanJson(p, "plan.json").resources;
    expect(resources.find((r) => r.address === EXPORTER)!.provider).toMatch(/^genesyscloud\.unresolved-/);
    expect(resources.find((r) => r.address === "genesyscloud_integration.crm")!.provider).toBeUndefined();
  });
});

describe("a plan: blocks that only the planned values show", () => {
  test("configuration listing fewer roles than planned (static beside dynamic, or emptied) never hides the planned ones", () => {
    for (const configuredRoles of [[], undefined]) {
      const p = plan();
      if (configuredRoles) configOf(p, EXPORTER).expressions.roles = configuredRoles;
      else delete configOf(p, EXPORTER).expressions.roles;
      const client = readPlanJson(p, "plan.json").resources.find((r) => r.address === EXPORTER)!;
      expect(client.attributes.roles, JSON.stringify(configuredRoles)).toEqual([
        expect.objectContaining({ division_id: "*" }),
      ]);
    }
    const p = plan();
    for (const values of valuesOf(p, EXPORTER)) values.roles.push({ role_id: "r-2", division_id: "d-2" });
    changeOf(p, EXPORTER).change.after_unknown.roles.push({});
    const roles = readPlanJson(p, "plan.json").resources.find((r) => r.address === EXPORTER)!.attributes.roles as Array<
      Record<string, string>
    >;
    expect(roles.map((role) => role.division_id)).toEqual(["*", "d-2"]);
  });
});

describe("a plan: a module's own provider configuration", () => {
  const withConfigs = (configs: Record<string, Record<string, unknown>>) => {
    const p = plan();
    p.configuration.provider_config = {
      genesyscloud: { name: "genesyscloud", expressions: { aws_region: { constant_value: "eu-west-1" } } },
      ...configs,
    };
    configOf(p, EXPORTER).provider_config_key = "module.crm:genesyscloud";
    return readPlanJson(p, "plan.json");
  };

  test("a block with arguments configures the resources the plan keys to it, in its own region", () => {
    const inventory = withConfigs({
      "module.crm:genesyscloud": {
        name: "genesyscloud",
        module_address: "module.crm",
        expressions: { aws_region: { constant_value: "us-east-1" } },
      },
    });
    expect(inventory.resources.find((r) => r.address === EXPORTER)!.provider).toBe("module.crm:genesyscloud");
    expect(inventory.providers.map((p) => [p.module, p.attributes.aws_region])).toEqual([
      [undefined, "eu-west-1"],
      ["module.crm", "us-east-1"],
    ]);
  });

  test("an empty block is a proxy or the module's own: with a region set anywhere, the plan cannot say which", () => {
    const inventory = withConfigs({
      "module.crm:genesyscloud": { name: "genesyscloud", module_address: "module.crm" },
    });
    expect(inventory.resources.find((r) => r.address === EXPORTER)!.provider).toMatch(/^genesyscloud\.unresolved-/);
    expect(inventory.providers.map((p) => p.module)).toEqual([undefined]);
  });

  test("an empty block where no configuration sets the region is the module's own, configured as the root's is", () => {
    const p = plan();
    p.configuration.provider_config = {
      genesyscloud: { name: "genesyscloud", expressions: { sdk_debug: { constant_value: true } } },
      "module.crm:genesyscloud": { name: "genesyscloud", module_address: "module.crm" },
    };
    configOf(p, EXPORTER).provider_config_key = "module.crm:genesyscloud";
    const inventory = readPlanJson(p, "plan.json");
    expect(inventory.resources.find((r) => r.address === EXPORTER)!.provider).toBe("module.crm:genesyscloud");
    expect(inventory.providers.map((p) => p.module)).toEqual([undefined, "module.crm"]);
  });
});

describe("a plan: the Genesys Cloud provider under another local name", () => {
  test("a configuration is the provider's by its source (full_name), whatever its local name", () => {
    const p = plan();
    p.configuration.provider_config = {
      gc: {
        name: "gc",
        full_name: "registry.terraform.io/mypurecloud/genesyscloud",
        version_constraint: ">= 9.0.0",
        expressions: { aws_region: { constant_value: "us-east-1" } },
      },
      "gc.eu": {
        name: "gc",
        full_name: "registry.terraform.io/mypurecloud/genesyscloud",
        alias: "eu",
        expressions: { aws_region: { constant_value: "eu-west-1" } },
      },
    };
    configOf(p, EXPORTER).provider_config_key = "gc.eu";
    const inventory = readPlanJson(p, "plan.json");
    expect(inventory.resources.find((r) => r.address === EXPORTER)!.provider).toBe("genesyscloud.eu");
    expect(inventory.providers.map((p) => [p.alias, p.attributes.aws_region])).toEqual([
      [undefined, "us-east-1"],
      ["eu", "eu-west-1"],
    ]);
    expect(inventory.genesysVersionConstraints).toEqual([">= 9.0.0"]);
  });
});
