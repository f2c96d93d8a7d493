import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../../src/inventory/read-hcl";
import { readPlanJson } from "../../../src/inventory/read-plan";
import { readTerraformJson } from "../../../src/inventory/read-terraform-json";
import { tempDir } from "../../helpers/stacks";

// One check class per case, each written in every form Terraform configuration reaches the gate:
// .tf (native syntax), .tf.json in a folder, Terraform JSON (cdk.tf.json, the aspect's
// toTerraform()), and a plan's `configuration`.

const CONTRACT = JSON.stringify({ type: "object", properties: { phoneNumber: { type: "string" } } });

/** The action's arguments as Terraform JSON; `change` edits a valid body into the case. */
function actionBody(change: (body: Record<string, unknown>) => void = () => undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: "Lookup",
    category: "CRM",
    integration_id: "x",
    secure: true,
    contract_input: CONTRACT,
    contract_output: CONTRACT,
    config_request: [{ request_type: "GET", request_url_template: "https://crm.example.eu/c" }],
  };
  change(body);
  return body;
}

/** The same body in native syntax, arguments first and blocks after, one per line. */
function nativeSyntax(body: Record<string, unknown>): string {
  const lines = ['resource "genesyscloud_integration_action" "lookup" {'];
  const blocks: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value) && value.every((item) => item && typeof item === "object" && !Array.isArray(item))) {
      for (const item of value as Record<string, unknown>[]) {
        blocks.push(`  ${key} {`);
        for (const [inner, innerValue] of Object.entries(item))
          blocks.push(`    ${inner} = ${JSON.stringify(innerValue)}`);
        blocks.push("  }");
      }
    } else lines.push(`  ${key} = ${JSON.stringify(value)}`);
  }
  return [...lines, ...blocks, "}", ""].join("\n").replace(/\$\{/g, "$${");
}

function cdkTfJson(body: Record<string, unknown>, terraform?: unknown) {
  return {
    ...(terraform ? { terraform } : {}),
    provider: { genesyscloud: [{ aws_region: "eu-west-1" }] },
    resource: { genesyscloud_integration_action: { lookup: body } },
  };
}

/**
 * The plan of the three-forms fixture with the action's configuration edited as `body` differs
 * from the valid body: a key renamed, removed or given another constant, one block argument added.
 */
function plan(body: Record<string, unknown>) {
  const fixture = path.resolve(__dirname, "..", "..", "fixtures", "three-forms", "plan.json");
  const parsed = JSON.parse(fs.readFileSync(fixture, "utf8"));
  const lookup = parsed.configuration.root_module.resources[2];
  expect(lookup.address).toBe("genesyscloud_integration_action.lookup");
  const expressions = lookup.expressions as Record<string, unknown>;
  const valid = actionBody();
  for (const key of Object.keys(valid)) if (!(key in body)) delete expressions[key];
  for (const [key, value] of Object.entries(body)) {
    if (key === "config_request") {
      const [item] = value as Record<string, unknown>[];
      const configured = (expressions.config_request as Record<string, unknown>[])[0]!;
      for (const [inner, innerValue] of Object.entries(item!))
        if (!["request_type", "request_url_template"].includes(inner))
          configured[inner] = { constant_value: innerValue };
    } else if (JSON.stringify(valid[key]) !== JSON.stringify(value)) expressions[key] = { constant_value: value };
  }
  return parsed;
}

type Form = "tf" | "tf.json" | "cdk.tf.json" | "plan";

async function read(form: Form, body: Record<string, unknown>): Promise<string> {
  let dir = "";
  try {
    if (form === "cdk.tf.json") readTerraformJson(cdkTfJson(body), { scope: "s", origin: "cdk.tf.json" });
    else if (form === "plan") readPlanJson(plan(body), "plan.json");
    else {
      dir = tempDir("schema-forms-");
      // Terraform refuses an undeclared variable: the folder declares what the body refers to.
      const variables = [...new Set([...JSON.stringify(body).matchAll(/\bvar\.(\w+)/g)].map((match) => match[1]!))];
      if (form === "tf")
        fs.writeFileSync(
          path.join(dir, "main.tf"),
          nativeSyntax(body) + variables.map((name) => `variable "${name}" {}\n`).join(""),
        );
      else {
        const document = cdkTfJson(body) as Record<string, unknown>;
        if (variables.length > 0) document.variable = Object.fromEntries(variables.map((name) => [name, {}]));
        fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(document, null, 2));
      }
      await readHclFolder(dir);
    }
    return "read";
  } catch (error) {
    // The plan's places are JSON paths, the address after them: read here as the other forms name them.
    const message = (error as Error).message;
    return (dir ? message.replaceAll(`${dir}${path.sep}`, "") : message).replace(
      /configuration\.root_module\.resources\[2\]\.expressions\.(\S+) \(genesyscloud_integration_action\.lookup\)/g,
      "configuration.root_module.resources[2] genesyscloud_integration_action.lookup.$1",
    );
  }
}

const FORMS: Form[] = ["tf", "tf.json", "cdk.tf.json", "plan"];

describe.each(FORMS)("what Terraform refuses is exit 2 in %s", (form) => {
  test("a valid configuration is read", async () => {
    expect(await read(form, actionBody())).toBe("read");
  });

  test("an argument the type does not have, with the closest name", async () => {
    const message = await read(
      form,
      actionBody((body) => {
        body.cootract_input = body.contract_input;
        delete body.contract_input;
      }),
    );
    expect(message).toContain(
      'genesyscloud_integration_action.lookup.cootract_input: an argument or block this block has; "cootract_input" is not one (did you mean "contract_input"?), as the genesyscloud provider 1.84.1 defines genesyscloud_integration_action',
    );
    if (form === "tf")
      expect(message).toMatch(/^main\.tf: line 7, genesyscloud_integration_action\.lookup\.cootract_input/m);
    if (form === "tf.json")
      expect(message).toMatch(/^main\.tf\.json: line 23, genesyscloud_integration_action\.lookup\.cootract_input/m);
    if (form === "plan")
      expect(message).toContain(
        "plan.json: configuration.root_module.resources[2] genesyscloud_integration_action.lookup.cootract_input",
      );
  });

  test("an argument inside a block that the block does not have", async () => {
    const message = await read(
      form,
      actionBody((body) => {
        body.config_request = [
          { request_type: "GET", request_url_template: "https://x.example.eu", request_templat: "{}" },
        ];
      }),
    );
    expect(message).toContain(
      'config_request[0].request_templat: an argument or block this block has; "request_templat" is not one (did you mean "request_template"?)',
    );
    if (form === "tf") expect(message).toMatch(/^main\.tf: line 11, /m);
  });

  test("a missing required argument", async () => {
    const message = await read(
      form,
      actionBody((body) => delete body.contract_output),
    );
    expect(message).toContain(
      'genesyscloud_integration_action.lookup.contract_output: the required argument "contract_output"',
    );
    if (form === "tf") expect(message).toMatch(/^main\.tf: line 1, /m);
  });

  test("a value of the wrong type: a list for a string, text for a number or a bool", async () => {
    expect(
      await read(
        form,
        actionBody((body) => (body.contract_input = [CONTRACT])),
      ),
    ).toContain("genesyscloud_integration_action.lookup.contract_input: string required, got a list");
    expect(
      await read(
        form,
        actionBody((body) => (body.config_timeout_seconds = "abc")),
      ),
    ).toContain('config_timeout_seconds: number required, got the string "abc"');
    expect(
      await read(
        form,
        actionBody((body) => (body.secure = "yes")),
      ),
    ).toContain('secure: bool required, got the string "yes"');
    // Terraform converts these, as `terraform console` shows.
    expect(
      await read(
        form,
        actionBody((body) => ((body.config_timeout_seconds = "30"), (body.secure = "true"))),
      ),
    ).toBe("read");
  });
});

describe("forms with their own syntax", () => {
  test("a dynamic block is checked as the block it generates (native and JSON syntax)", async () => {
    const dir = tempDir("schema-forms-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      nativeSyntax(actionBody((body) => delete body.config_request)).replace(
        /}\n$/,
        '  dynamic "config_request" {\n    for_each = var.requests\n    content {\n      request_type = "GET"\n      request_urll = each.value\n    }\n  }\n}\n',
      ) + 'variable "requests" {\n  default = ["https://a.example.eu"]\n}\n',
    );
    await expect(readHclFolder(dir)).rejects.toThrow(
      /main\.tf: line 12, genesyscloud_integration_action\.lookup\.dynamic\.config_request\.content\.request_urll: an argument or block this block has; "request_urll" is not one/,
    );
    const json = cdkTfJson(
      actionBody((body) => {
        delete body.config_request;
        body.dynamic = { config_request: { for_each: "${var.r}", content: { request_type: "GET", urll: "x" } } };
      }),
    );
    expect(() => readTerraformJson(json, { scope: "s", origin: "cdk.tf.json" })).toThrow(
      /dynamic\.config_request\.content\.urll: an argument or block this block has/,
    );
  });

  test("a value known only at plan time never fails a type check", async () => {
    expect(
      await read(
        "tf",
        actionBody((body) => (body.config_timeout_seconds = "${var.timeout}")),
      ),
    ).toBe("read");
    expect(
      await read(
        "cdk.tf.json",
        actionBody((body) => (body.contract_input = "${var.contract}")),
      ),
    ).toBe("read");
  });

  test("the aspect's Terraform JSON names the construct", () => {
    const body = actionBody((body) => {
      body.cootract_input = CONTRACT;
      body["//"] = { metadata: { path: "shop/lookup" } };
    });
    expect(() => readTerraformJson(cdkTfJson(body), { scope: "s", origin: "cdktf construct tree" })).toThrow(
      "cdktf construct tree: genesyscloud_integration_action.lookup.cootract_input (construct shop/lookup):",
    );
  });

  test("a provider pinned older than the schema may set what the schema makes read-only (blueprints on 1.23 set file_content_hash)", () => {
    const flow = (version: string) => ({
      terraform: { required_providers: { genesyscloud: { version } } },
      resource: {
        genesyscloud_flow: { ivr: { filepath: "flow.yaml", file_content_hash: '${filesha256("flow.yaml")}' } },
      },
    });
    const read = (config: unknown) => readTerraformJson(config, { scope: "s", origin: "cdk.tf.json" });
    expect(read(flow("1.23.0")).resources[0]!.type).toBe("genesyscloud_flow");
    expect(() => read(flow("~> 1.84"))).toThrow(
      /file_content_hash: no value: "file_content_hash" is decided by the provider/,
    );
  });

  test("a provider newer than the schema keeps the High finding for a name the schema lacks: it may be new", () => {
    const newer = { required_providers: { genesyscloud: { version: ">= 1.90.0" } } };
    const pinned = { required_providers: { genesyscloud: { version: "~> 1.84" } } };
    const body = actionBody((body) => (body.brand_new_argument = "x"));
    const read = (config: unknown) => readTerraformJson(config, { scope: "s", origin: "cdk.tf.json" });
    expect(read(cdkTfJson(body, newer)).resources[0]!.attributes.brand_new_argument).toBe("x");
    expect(() => read(cdkTfJson(body, pinned))).toThrow(/brand_new_argument/);
    // A misspelling still leaves a required argument out: exit 2 whatever the version, never a hidden contract.
    const misspelt = actionBody((body) => {
      body.cootract_input = body.contract_input;
      delete body.contract_input;
    });
    expect(() => read(cdkTfJson(misspelt, newer))).toThrow(
      'genesyscloud_integration_action.lookup.contract_input: the required argument "contract_input", as the genesyscloud provider 1.84.1 defines genesyscloud_integration_action: Terraform refuses this configuration; if the newer provider changed this, update provider-schema/ (npm run provider-schema)',
    );
  });
});
