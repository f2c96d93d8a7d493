/**
 * Which provider configuration each resource of a module tree uses, as Terraform resolves it: every case below is
 * written with the genesyscloud provider, run through a real `terraform` with the built-in provider in its place
 * (`terraform_data`, no download: resolution does not depend on the provider), and `terraform graph -type=plan`
 * names the configuration node each resource is wired to. A case Terraform refuses records its error summary.
 *
 *   npx tsx scripts/conformance/provider-configurations.ts   # rewrites test/vectors/terraform-providers/vectors.jsonl
 *
 * A block with arguments cannot be run this way (the built-in provider has none); what Terraform does with one
 * (override, count) is in configs/provider_validation.go and tested in test/inventory/provider-scope.test.ts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const GENESYS_VERSIONS = `terraform {
  required_providers {
    genesyscloud = { source = "mypurecloud/genesyscloud" }
  }
}
`;

const aliasesVersions = (aliases: string[]) => `terraform {
  required_providers {
    genesyscloud = {
      source                = "mypurecloud/genesyscloud"
      configuration_aliases = [${aliases.map((alias) => `genesyscloud.${alias}`).join(", ")}]
    }
  }
}
`;

const resource = (name: string, provider?: string) =>
  `resource "genesyscloud_routing_wrapupcode" "${name}" {\n  name = "${name}"${provider ? `\n  provider = ${provider}` : ""}\n}\n`;

/** Cases: folder → files (main.tf of each module folder), in the gate's form. */
const CASES: Record<string, Record<string, string>> = {
  "own-empty-block": {
    "main.tf": `provider "genesyscloud" {}\n${resource("r")}module "c" {\n  source = "./c"\n}\n`,
    "c/main.tf": `provider "genesyscloud" {}\n${resource("r")}`,
  },
  "empty-block-passed-is-a-proxy": {
    "main.tf": `provider "genesyscloud" {\n  alias = "a"\n}\nmodule "c" {\n  source    = "./c"\n  providers = { genesyscloud = genesyscloud.a }\n}\n`,
    "c/main.tf": `provider "genesyscloud" {}\n${resource("r")}`,
  },
  "alias-not-passed": {
    "main.tf": `provider "genesyscloud" {\n  alias = "a"\n}\nmodule "c" {\n  source = "./c"\n}\n`,
    "c/main.tf": resource("r", "genesyscloud.a"),
  },
  "empty-block-with-count": {
    "main.tf": `module "c" {\n  source = "./c"\n  count  = 2\n}\n`,
    "c/main.tf": `provider "genesyscloud" {}\n${resource("r")}`,
  },
  "grandchild-empty-block-under-count": {
    "main.tf": `module "m" {\n  source = "./m"\n  count  = 2\n}\n`,
    "m/main.tf": `module "l" {\n  source = "./l"\n}\n`,
    "m/l/main.tf": `provider "genesyscloud" {}\n${resource("r")}`,
  },
  "default-remapped-then-inherited": {
    "main.tf": `provider "genesyscloud" {}\nprovider "genesyscloud" {\n  alias = "a"\n}\nmodule "m" {\n  source    = "./m"\n  providers = { genesyscloud = genesyscloud.a }\n}\n`,
    "m/main.tf": `${resource("r")}module "l" {\n  source = "./l"\n}\n`,
    "m/l/main.tf": resource("r"),
  },
  "middle-block-inherited": {
    "main.tf": `provider "genesyscloud" {}\nmodule "m" {\n  source = "./m"\n}\n`,
    "m/main.tf": `provider "genesyscloud" {}\nmodule "l" {\n  source = "./l"\n}\n`,
    "m/l/main.tf": resource("r"),
  },
  "middle-alias-passed-down": {
    "main.tf": `module "m" {\n  source = "./m"\n}\n`,
    "m/main.tf": `provider "genesyscloud" {\n  alias = "b"\n}\nmodule "l" {\n  source    = "./l"\n  providers = { genesyscloud = genesyscloud.b }\n}\n`,
    "m/l/main.tf": resource("r"),
  },
  "alias-block-passed-is-a-proxy": {
    "main.tf": `provider "genesyscloud" {\n  alias = "a"\n}\nmodule "c" {\n  source    = "./c"\n  providers = { genesyscloud.x = genesyscloud.a }\n}\n`,
    "c/main.tf": `provider "genesyscloud" {\n  alias = "x"\n}\n${resource("r", "genesyscloud.x")}`,
  },
  "alias-block-not-passed": {
    "main.tf": `module "c" {\n  source = "./c"\n}\n`,
    "c/main.tf": `provider "genesyscloud" {\n  alias = "x"\n}\n${resource("r", "genesyscloud.x")}`,
  },
  "configuration-alias-passed-default-inherited": {
    "main.tf": `provider "genesyscloud" {\n  alias = "a"\n}\nmodule "c" {\n  source    = "./c"\n  providers = { genesyscloud.x = genesyscloud.a }\n}\n`,
    "c/main.tf": `${aliasesVersions(["x"])}${resource("r", "genesyscloud.x")}${resource("d")}`,
  },
  "configuration-alias-not-passed": {
    "main.tf": `provider "genesyscloud" {\n  alias = "a"\n}\nmodule "c" {\n  source = "./c"\n}\n`,
    "c/main.tf": `${aliasesVersions(["x"])}${resource("r", "genesyscloud.x")}`,
  },
  "empty-block-with-depends-on": {
    "main.tf": `${resource("r")}module "c" {\n  source     = "./c"\n  depends_on = [genesyscloud_routing_wrapupcode.r]\n}\n`,
    "c/main.tf": `provider "genesyscloud" {}\n${resource("r")}`,
  },
  "root-alias-undefined": {
    "main.tf": resource("r", "genesyscloud.zz"),
  },
  "module-alias-block-shadows-root": {
    "main.tf": `provider "genesyscloud" {\n  alias = "x"\n}\n${resource("r", "genesyscloud.x")}module "c" {\n  source = "./c"\n}\n`,
    "c/main.tf": `provider "genesyscloud" {\n  alias = "x"\n}\n${resource("r", "genesyscloud.x")}`,
  },
  "no-blocks-anywhere": {
    "main.tf": `${resource("r")}module "c" {\n  source = "./c"\n}\n`,
    "c/main.tf": `${resource("r")}module "l" {\n  source = "./l"\n}\n`,
    "c/l/main.tf": resource("r"),
  },
  "alias-through-two-levels": {
    "main.tf": `provider "genesyscloud" {\n  alias = "eu"\n}\nmodule "m" {\n  source    = "./m"\n  providers = { genesyscloud.x = genesyscloud.eu }\n}\n`,
    "m/main.tf": `${aliasesVersions(["x"])}module "l" {\n  source    = "./l"\n  providers = { genesyscloud = genesyscloud.x }\n}\n`,
    "m/l/main.tf": resource("r"),
  },
  "one-module-called-twice": {
    "main.tf": `module "a" {\n  source = "./c"\n}\nmodule "b" {\n  source = "./c"\n}\n`,
    "c/main.tf": `provider "genesyscloud" {}\n${resource("r")}`,
  },
  "passed-alias-with-count": {
    "main.tf": `provider "genesyscloud" {\n  alias = "eu"\n}\nmodule "c" {\n  source    = "./c"\n  count     = 2\n  providers = { genesyscloud = genesyscloud.eu }\n}\n`,
    "c/main.tf": resource("r"),
  },
  "default-passed-to-empty-alias-block": {
    "main.tf": `provider "genesyscloud" {}\nmodule "c" {\n  source    = "./c"\n  providers = { genesyscloud.x = genesyscloud }\n}\n`,
    "c/main.tf": `provider "genesyscloud" {\n  alias = "x"\n}\n${resource("r", "genesyscloud.x")}${resource("d")}`,
  },
};

/** The same folder for the built-in provider: one `terraform_data` per resource, the provider renamed. */
function builtIn(text: string): string {
  return text
    .replace(/mypurecloud\/genesyscloud/g, "terraform.io/builtin/terraform")
    .replace(
      /resource "genesyscloud_routing_wrapupcode" "(\w+)" \{\n  name = "\w+"/g,
      'resource "terraform_data" "$1" {',
    )
    .replace(/genesyscloud_routing_wrapupcode\./g, "terraform_data.")
    .replace(/genesyscloud/g, "terraform");
}

const ENV = { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
const NODE =
  /"\[root\] ((?:module\.\w+\.)*)terraform_data\.(\w+) \(expand\)" -> "\[root\] ((?:module\.\w+\.)*)provider\[\\"terraform\.io\/builtin\/terraform\\"\](?:\.(\w+))?"/;

function terraform(dir: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync("terraform", args, { cwd: dir, env: ENV, encoding: "utf8", timeout: 120_000 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function errorSummary(output: string): string {
  return /Error: ([^\n]+)/.exec(output)?.[1]?.trim() ?? "failed";
}

/** `module.c:genesyscloud.x` from the graph's module prefix and alias. */
function configurationKey(modulePrefix: string, alias: string | undefined): string {
  const local = alias ? `genesyscloud.${alias}` : "genesyscloud";
  return modulePrefix ? `${modulePrefix.replace(/\.$/, "")}:${local}` : local;
}

function run(name: string, files: Record<string, string>): Record<string, unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tf-providers-${name}-`));
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(
        path.join(dir, file),
        builtIn(text.includes("required_providers") ? text : GENESYS_VERSIONS + text),
      );
    }
    for (const args of [
      ["init", "-input=false", "-no-color"],
      ["plan", "-input=false", "-no-color", "-lock=false"],
    ]) {
      const step = terraform(dir, args);
      if (!step.ok) return { name, files, terraform: { error: errorSummary(step.output) } };
    }
    const graph = terraform(dir, ["graph", "-type=plan"]);
    if (!graph.ok) return { name, files, terraform: { error: errorSummary(graph.output) } };
    const uses: Record<string, string> = {};
    for (const line of graph.output.split("\n")) {
      const edge = NODE.exec(line);
      if (edge) uses[`${edge[1]}genesyscloud_routing_wrapupcode.${edge[2]}`] = configurationKey(edge[3] ?? "", edge[4]);
    }
    return { name, files, terraform: { uses: Object.fromEntries(Object.entries(uses).sort()) } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const version = /Terraform v(\S+)/.exec(execFileSync("terraform", ["version"], { encoding: "utf8", env: ENV }))?.[1];
const out = path.join(__dirname, "../../test/vectors/terraform-providers/vectors.jsonl");
const lines = [
  JSON.stringify({
    terraform: version,
    generator: "npx tsx scripts/conformance/provider-configurations.ts",
    fields:
      "name, files (each module folder's main.tf, with versions.tf added), terraform: uses (resource → configuration) | error",
  }),
  ...Object.entries(CASES).map(([name, files]) => JSON.stringify(run(name, files))),
];
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length - 1} cases from terraform ${version} → ${path.relative(process.cwd(), out)}`);
