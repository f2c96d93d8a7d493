import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/stacks";

const threeForms = path.resolve(__dirname, "../fixtures/three-forms");

/** The resources that block three-forms: an API client exporting recordings with an all-division role. */
const BLOCKING = /recordings|exporter/;

export type Verdict = "blocked" | "approved";

interface CiFixture {
  /** `terraform show -json` of the plan. */
  plan: string;
  /** The same configuration as a .tf file (the repository's terraform/main.tf, and the app cdktf synthesizes). */
  tf: string;
}

let made: Record<Verdict, CiFixture> | undefined;

/**
 * The three-forms configuration (BLOCKED: GC-REC-3) and the same without its API client and role
 * (APPROVED at High), as plan JSON and as HCL: one source, so that every CI system gates the same thing.
 */
function ciFixtures(): Record<Verdict, CiFixture> {
  if (made) return made;
  const dir = tempDir("ci-fixtures-");
  const plan = JSON.parse(fs.readFileSync(path.join(threeForms, "plan.json"), "utf8"));
  const keep = (resource: { address: string }) => !BLOCKING.test(resource.address);
  plan.planned_values.root_module.resources = plan.planned_values.root_module.resources.filter(keep);
  plan.resource_changes = plan.resource_changes.filter(keep);
  plan.configuration.root_module.resources = plan.configuration.root_module.resources.filter(keep);
  fs.writeFileSync(path.join(dir, "approved-plan.json"), JSON.stringify(plan, null, 2));
  const tf = fs.readFileSync(path.join(threeForms, "hcl", "main.tf"), "utf8");
  const cut = tf.indexOf('resource "genesyscloud_auth_role"');
  if (cut < 0) throw new Error("three-forms/hcl/main.tf no longer declares the role this fixture removes");
  fs.writeFileSync(path.join(dir, "approved.tf"), tf.slice(0, cut));
  made = {
    blocked: { plan: path.join(threeForms, "plan.json"), tf: path.join(threeForms, "hcl", "main.tf") },
    approved: { plan: path.join(dir, "approved-plan.json"), tf: path.join(dir, "approved.tf") },
  };
  return made;
}

/** A checkout of a team's repository: terraform/ with the configuration, what the stubs read, and a log of terraform's calls. */
export function checkout(verdict: Verdict): { dir: string; env: Record<string, string>; terraformLog: string } {
  const { plan, tf } = ciFixtures()[verdict];
  const dir = tempDir(`ci-checkout-${verdict}-`);
  fs.mkdirSync(path.join(dir, "terraform"));
  fs.copyFileSync(tf, path.join(dir, "terraform", "main.tf"));
  fs.writeFileSync(path.join(dir, "terraform", "prod.tfvars"), 'region = "eu-west-1"\n');
  const terraformLog = path.join(tempDir("ci-terraform-log-"), "calls.log");
  fs.writeFileSync(terraformLog, "");
  return {
    dir,
    env: { STUB_TERRAFORM_PLAN: plan, STUB_CDKTF_APP: tf, STUB_TERRAFORM_LOG: terraformLog },
    terraformLog,
  };
}
