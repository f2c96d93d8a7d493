import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const GIT_SOURCE = "git::https://github.com/example/genesys-card-relay.git?ref=v1.2.0";

/** A module that relays card data from a non-secure action to a plain-http host. */
const RELAY_MODULE = `variable "host" {}
resource "genesyscloud_integration" "relay" {
  integration_type = "custom-rest-actions"
  config {
    name = "Card relay"
  }
}
resource "genesyscloud_integration_action" "relay" {
  name = "Relay"
  category = "Payments"
  integration_id = genesyscloud_integration.relay.id
  secure = false
  contract_input = jsonencode({ type = "object", properties = { cardNumber = { type = "string" }, cvv = { type = "string" } } })
  contract_output = jsonencode({})
  config_request {
    request_type = "POST"
    request_url_template = "http://\${var.host}/relay"
  }
}
`;

function rootFolder(source = GIT_SOURCE): string {
  const dir = tempDir("modules-root-");
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `provider "genesyscloud" {\n  aws_region = "eu-west-1"\n}\nmodule "relay" {\n  source = "${source}"\n  host   = "collector.example.com"\n}\n`,
  );
  return dir;
}

/** Lays the module out as `terraform init` leaves it: its folder, and an entry in modules.json. */
function install(
  dir: string,
  entries: Array<{ Key: string; Source: string; Version?: string; Dir: string }>,
  files: Record<string, string>,
): void {
  fs.mkdirSync(path.join(dir, ".terraform", "modules"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, ".terraform", "modules", "modules.json"),
    JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, ...entries] }),
  );
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

const gateCli = (target: string) => runDpia(["gate", target]);

describe("modules downloaded by terraform init", () => {
  test(
    "a git module without .terraform/modules: exit 2, naming the module and saying to run terraform init or assess the plan",
    () => {
      const result = gateCli(rootFolder());
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('module "relay"');
      expect(result.stderr).toContain(GIT_SOURCE);
      expect(result.stderr).toContain("run terraform init");
      expect(result.stderr).toContain("terraform show -json");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    CLI,
  );

  test("the same folder with the module laid out as terraform init leaves it: its resources are assessed and block", async () => {
    const dir = rootFolder();
    install(dir, [{ Key: "relay", Source: GIT_SOURCE, Dir: ".terraform/modules/relay" }], {
      ".terraform/modules/relay/main.tf": RELAY_MODULE,
    });
    const { report } = await runGate(dir, { format: "json" });
    expect(report.dpias.map((dpia) => dpia.subject.address)).toEqual(["module.relay.genesyscloud_integration.relay"]);
    expect(report.dpias[0]!.data_flows[0]!.destination_host).toBe("collector.example.com");
    expect(report.dpias[0]!.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(report.exitCode).toBe(1);
  });

  test.each([
    ["github.com/example/genesys-card-relay", "git::https://github.com/example/genesys-card-relay.git"],
    ["github.com/example/genesys-card-relay?ref=v1", "git::https://github.com/example/genesys-card-relay.git?ref=v1"],
    ["github.com/example/relay.git//modules/card", "git::https://github.com/example/relay.git//modules/card"],
  ])("the GitHub shorthand %s is the module terraform init recorded as %s", async (source, recorded) => {
    // terraform 1.11.4: `terraform init` printed "Downloading git::https://github.com/acme/pay.git" for
    // source = "github.com/acme/pay", and wrote that Source into modules.json.
    const dir = rootFolder(source);
    install(dir, [{ Key: "relay", Source: recorded, Dir: ".terraform/modules/relay" }], {
      ".terraform/modules/relay/main.tf": RELAY_MODULE,
    });
    const { report } = await runGate(dir, { format: "json" });
    expect(report.exitCode).toBe(1);
  });

  test("another repository's copy is still not the one the shorthand names", async () => {
    const dir = rootFolder("github.com/example/genesys-card-relay");
    install(
      dir,
      [{ Key: "relay", Source: "git::https://github.com/other/relay.git", Dir: ".terraform/modules/relay" }],
      {
        ".terraform/modules/relay/main.tf": RELAY_MODULE,
      },
    );
    await expect(runGate(dir, { format: "json" })).rejects.toThrow(/differs|not git::https:\/\/github.com\/other/);
  });

  test("modules of modules: nested keys (a.b), registry sources recorded with their host, local modules inside a downloaded one", async () => {
    const dir = tempDir("modules-nested-");
    fs.writeFileSync(
      path.join(dir, "main.tf"),
      'module "platform" {\n  source  = "example/genesys-platform/genesyscloud"\n  version = "2.0.0"\n}\n',
    );
    install(
      dir,
      [
        {
          Key: "platform",
          Source: "registry.terraform.io/example/genesys-platform/genesyscloud",
          // terraform init records the version it installed; without it Terraform refuses the call.
          Version: "2.0.0",
          Dir: ".terraform/modules/platform",
        },
        { Key: "platform.relay", Source: GIT_SOURCE, Dir: ".terraform/modules/platform.relay" },
        { Key: "platform.relay.inner", Source: "./inner", Dir: ".terraform/modules/platform.relay/inner" },
      ],
      {
        ".terraform/modules/platform/main.tf": `module "relay" {\n  source = "${GIT_SOURCE}"\n  host = "relay.example.com"\n}\n`,
        ".terraform/modules/platform.relay/main.tf": `${RELAY_MODULE}module "inner" {\n  source = "./inner"\n}\n`,
        ".terraform/modules/platform.relay/inner/main.tf":
          'resource "genesyscloud_integration" "inner" {\n  integration_type = "custom-rest-actions"\n}\n',
      },
    );
    const inventory = await readHclFolder(dir, { env: {} });
    expect(inventory.resources.map((r) => r.address).sort()).toEqual([
      "module.platform.module.relay.genesyscloud_integration.relay",
      "module.platform.module.relay.genesyscloud_integration_action.relay",
      "module.platform.module.relay.module.inner.genesyscloud_integration.inner",
    ]);
    const action = inventory.resources.find((r) => r.type === "genesyscloud_integration_action")!;
    expect(action.attributes.integration_id).toBe("${module.platform.module.relay.genesyscloud_integration.relay.id}");
  });

  test.each([
    [
      "names a folder that is missing",
      (dir: string) => install(dir, [{ Key: "relay", Source: GIT_SOURCE, Dir: ".terraform/modules/gone" }], {}),
      'modules.json: Modules[1] (Key "relay"): an existing module folder at .terraform/modules/gone',
    ],
    [
      "records another source than the configuration names",
      (dir: string) =>
        install(
          dir,
          [{ Key: "relay", Source: "git::https://github.com/example/other.git", Dir: ".terraform/modules/relay" }],
          { ".terraform/modules/relay/main.tf": RELAY_MODULE },
        ),
      `the source the configuration names (${GIT_SOURCE})`,
    ],
    ["has no entry for the module", (dir: string) => install(dir, [], {}), 'main.tf: module "relay": a module from'],
    [
      "is not JSON",
      (dir: string) => {
        install(dir, [], {});
        fs.writeFileSync(path.join(dir, ".terraform", "modules", "modules.json"), "{ truncated");
      },
      "modules.json: line 1, column 3: the module list terraform init writes (run terraform init again) in valid JSON",
    ],
    [
      "has entries of the wrong shape",
      (dir: string) => {
        install(dir, [], {});
        fs.writeFileSync(
          path.join(dir, ".terraform", "modules", "modules.json"),
          JSON.stringify({ Modules: [{ Key: 1 }] }),
        );
      },
      "modules.json: Modules[0]: an installed module whose Key, Source, Version and Dir are strings",
    ],
  ])(
    "a modules.json that %s: could not assess (exit 2), naming the file and the entry",
    async (_name, make, expected) => {
      const dir = rootFolder();
      make(dir);
      await expect(runGate(dir, { format: "json" })).rejects.toThrow(expected);
    },
  );
});
