#!/usr/bin/env node
// The `dependencies` lifecycle script: npm runs it after `npm ci` or an `npm install` that changed
// node_modules, in this repository only (never when the package is installed as a dependency, and
// npm does not list it as an install script to consumers, as it would `prepare` or `postinstall`).
// It generates the Genesys provider bindings that this repository's own examples and tests import
// (package.json's script then builds dist/: so does npm's clone of a git install, see docs/install.md).
// Without the generator (a devDependency) there is nothing to generate for, and nothing is done.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const generator = path.join(root, "node_modules", "@cdktf", "provider-generator");
if (!fs.existsSync(tsx) || !fs.existsSync(generator)) process.exit(0);
// The generator asks terraform for its version, and terraform prints an ERROR-looking warning when
// its CLI configuration file (TF_CLI_CONFIG_FILE, else ~/.terraformrc) does not exist. A missing file
// and an empty one mean the same to terraform, and generating from a schema needs neither.
const env = { ...process.env };
if (!fs.existsSync(env.TF_CLI_CONFIG_FILE || path.join(os.homedir(), ".terraformrc")))
  env.TF_CLI_CONFIG_FILE = os.devNull;
const result = spawnSync(tsx, [path.join(root, "scripts", "generate-bindings.ts")], { stdio: "inherit", env });
process.exit(result.status ?? 1);
