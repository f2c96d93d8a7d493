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
      { file: "state.json", location: "format_version", expected: 'a Terraform state JSON of format 1.x, got "2.0"' },
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
