import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readStateJson } from "../../src/inventory/read-state";
import { StateSchema } from "../../src/inventory/state-schema";
import { InputError, type InputProblem } from "../../src/validation/input-error";

const role = (address: string, id: string) => ({
  address,
  mode: "managed",
  type: "genesyscloud_auth_role",
  name: address.split(".").pop(),
  values: { id, name: "Reader", permissions: [] },
});

const state = (rootModule: unknown) => ({ format_version: "1.0", values: { root_module: rootModule } });

function problemsOf(value: unknown): InputProblem[] {
  try {
    readStateJson(value, "state.json");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }
  throw new Error("expected the state to be refused");
}

describe("readStateJson: terraform show -json of a state", () => {
  test("reads the Genesys resources of every module; an id of another resource becomes a reference", () => {
    const inventory = readStateJson(
      state({
        resources: [role("genesyscloud_auth_role.reader", "r-1")],
        child_modules: [
          {
            resources: [
              {
                address: "module.app.genesyscloud_oauth_client.app",
                mode: "managed",
                type: "genesyscloud_oauth_client",
                name: "app",
                values: { id: "c-1", name: "App", roles: [{ role_id: "r-1" }] },
              },
            ],
          },
        ],
      }),
      "state.json",
    );
    expect(inventory.resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_auth_role.reader",
      "module.app.genesyscloud_oauth_client.app",
    ]);
    expect(inventory.resources[1]!.attributes.roles).toEqual([{ role_id: "${genesyscloud_auth_role.reader.id}" }]);
  });

  // The reader returns the state as ajv accepted it, without zod's copy: sound only while the
  // schema adds nothing to the JSON (no default, transform or refinement).
  test("the state schema states nothing JSON Schema does not: zod reads a state as it is", () => {
    const value = state({
      resources: [{ ...role("genesyscloud_auth_role.a", "a"), index: 0, provider_name: "genesyscloud" }],
      child_modules: [{ address: "module.m", resources: [role("module.m.genesyscloud_auth_role.b", "b")] }],
    });
    expect(StateSchema.parse(value)).toEqual(value);
  });

  test("a state with nothing deployed has no values, and no resources", () => {
    expect(readStateJson({ format_version: "1.0" }, "state.json").resources).toEqual([]);
  });

  test("a plan, or another format, is refused by name", () => {
    expect(problemsOf({ format_version: "2.0" })).toEqual([
      {
        file: "state.json",
        location: "format_version",
        expected:
          'a Terraform state: terraform show -json of a state (format_version 1.x) or a state file (version 4), got "2.0"',
      },
    ]);
    expect(problemsOf({ format_version: "1.2", planned_values: {} })[0]!.location).toBe("planned_values");
  });

  test("every part of the wrong shape is named by its JSON path", () => {
    expect(
      problemsOf(
        state({
          resources: [{ ...role("genesyscloud_auth_role.a", "a"), mode: "other" }, { address: "x" }],
          child_modules: [{ resources: [{ ...role("genesyscloud_auth_role.b", "b"), values: [] }] }, "module"],
        }),
      ),
    ).toEqual([
      {
        file: "state.json",
        location: "values.root_module.resources[0].mode",
        expected: 'expected one of "managed", "data"',
      },
      { file: "state.json", location: "values.root_module.resources[1]", expected: 'missing required property "mode"' },
      { file: "state.json", location: "values.root_module.resources[1]", expected: 'missing required property "type"' },
      { file: "state.json", location: "values.root_module.resources[1]", expected: 'missing required property "name"' },
      {
        file: "state.json",
        location: "values.root_module.child_modules[0].resources[0].values",
        expected: "expected object",
      },
      { file: "state.json", location: "values.root_module.child_modules[1]", expected: "expected object" },
    ]);
    expect(problemsOf({ format_version: "1.0", values: null })).toEqual([
      { file: "state.json", location: "values", expected: "expected object" },
    ]);
    expect(problemsOf({ format_version: "1.0", values: {} })).toEqual([
      { file: "state.json", location: "values", expected: 'missing required property "root_module"' },
    ]);
  });
});

const vector = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "state-shapes", name), "utf8")) as unknown;

describe("readStateJson: the whole input is checked, in both forms Terraform writes", () => {
  test("real output of Terraform 1.11.4 (state-shapes/): the state file and show -json of it are accepted", () => {
    expect(readStateJson(vector("terraform.tfstate"), "terraform.tfstate").resources).toEqual([]);
    expect(readStateJson(vector("show.json"), "show.json").resources).toEqual([]);
  });

  test("a key Terraform does not write is refused by its JSON path: a misspelt resources or values is no empty state", () => {
    expect(problemsOf(state({ resourcse: [role("genesyscloud_auth_role.a", "a")] }))).toEqual([
      { file: "state.json", location: "values.root_module", expected: 'unknown property "resourcse"' },
    ]);
    expect(problemsOf({ format_version: "1.0", valuse: { root_module: {} } })).toEqual([
      { file: "state.json", location: "", expected: 'unknown property "valuse"' },
    ]);
    const file = vector("terraform.tfstate") as Record<string, unknown>;
    const { resources, ...withoutResources } = file;
    expect(problemsOf(withoutResources)).toEqual([
      { file: "state.json", location: "", expected: 'missing required property "resources"' },
    ]);
    expect(problemsOf({ ...withoutResources, resourcse: resources }).map((problem) => problem.expected)).toEqual([
      'missing required property "resources"',
      'unknown property "resourcse"',
    ]);
  });

  test("a state file reads as show -json of it does: addresses with modules and keys, values from attributes", () => {
    const instance = (index_key: string | number | undefined, id: string) => ({
      ...(index_key === undefined ? {} : { index_key }),
      schema_version: 0,
      attributes: { id, name: `Reader ${id}`, permissions: [] },
      sensitive_attributes: [],
    });
    const file = {
      version: 4,
      terraform_version: "1.11.4",
      serial: 3,
      lineage: "l",
      outputs: {},
      resources: [
        {
          mode: "managed",
          type: "genesyscloud_auth_role",
          name: "reader",
          provider: 'provider["registry.terraform.io/mypurecloud/genesyscloud"]',
          instances: [instance(undefined, "r-1")],
        },
        {
          module: 'module.teams["sales"]',
          mode: "managed",
          type: "genesyscloud_auth_role",
          name: "team",
          each: "list",
          provider: 'provider["registry.terraform.io/mypurecloud/genesyscloud"]',
          instances: [instance(0, "r-2"), instance(1, "r-3")],
        },
      ],
      check_results: null,
    };
    expect(readStateJson(file, "terraform.tfstate").resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_auth_role.reader",
      'module.teams["sales"].genesyscloud_auth_role.team[0]',
      'module.teams["sales"].genesyscloud_auth_role.team[1]',
    ]);
    expect(problemsOf({ ...file, version: 3 })).toEqual([
      { file: "state.json", location: "version", expected: "a Terraform state file of format version 4, got 3" },
    ]);
    const flat = { ...file.resources[0]!, instances: [{ schema_version: 0, attributes_flat: { id: "r-1" } }] };
    expect(problemsOf({ ...file, resources: [flat] }).map((problem) => problem.location)).toEqual([
      "resources[0].instances[0]",
      "resources[0].instances[0]",
    ]);
  });

  test("a value nested 50,000 deep is an InputError naming the file, not a stack overflow", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 50_000; level++) deep = [deep];
    const problems = problemsOf(state({ resources: [{ ...role("genesyscloud_auth_role.a", "a"), values: { deep } }] }));
    expect(problems[0]!.expected).toBe("a document nested at most 256 levels deep");
  });
});
