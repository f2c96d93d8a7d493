// What the bench measures is the package as users run it: the compiled code in dist/, with what the build prepares
// (precompiled validators, the checked catalog), never the TypeScript sources through tsx (there ajv compiles the
// DPIA schema at run time). bench/run.ts builds dist/ before any measurement. Types come from the sources.
import * as path from "node:path";

const dist = path.resolve(__dirname, "..", "dist");

function compiled<Module>(modulePath: string): Module {
  return require(path.join(dist, modulePath)) as Module;
}

export const { DpiaGate } = compiled<typeof import("../src")>("src/index.js");
export const { scanSample } = compiled<typeof import("../src/classify/content/scan-sample")>(
  "src/classify/content/scan-sample.js",
);
export const { assessInventory } =
  compiled<typeof import("../src/dpia/assess-inventory")>("src/dpia/assess-inventory.js");
export const { readHclFolder } = compiled<typeof import("../src/inventory/read-hcl")>("src/inventory/read-hcl.js");
export const { readPlanJson } = compiled<typeof import("../src/inventory/read-plan")>("src/inventory/read-plan.js");
export const { readTerraformJson } = compiled<typeof import("../src/inventory/read-terraform-json")>(
  "src/inventory/read-terraform-json.js",
);
export const { applyPolicy } = compiled<typeof import("../src/policy/load-policy")>("src/policy/load-policy.js");
export const { DpiaRegister } = compiled<typeof import("../src/register/register")>("src/register/register.js");
export const { addSynthesisHook, resolveStackOnce, stackOf } =
  compiled<typeof import("../aspects/construct-tree")>("aspects/construct-tree.js");
export const { readStack } = compiled<typeof import("../aspects/read-stack")>("aspects/read-stack.js");
export const { canonicalJson } = compiled<typeof import("../src/dpia/fingerprint")>("src/dpia/fingerprint.js");
