// The output's measurements: a synth into a folder that outlives it, so that the next synth of the same App
// (a fresh process, as a developer runs `cdktf synth` again) finds the DPIAs and the register the first one left.
import { App, Aspects, TerraformProvider, TerraformStack } from "cdktf";
import { DpiaGate } from "../src";
import { GenericResource } from "./generic-resource";
import { BENCH_POLICY, blocks } from "./workload";

/**
 * CPU seconds (user and system, every thread of the process) of `app.synth()` of the bench App of `resources`
 * resources into `outdir`, with or without the gate: CPU time, so that a loaded machine does not decide the ratio.
 */
export function synthInto(resources: number, withGate: boolean, outdir: string): number {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "bench");
  new (class extends TerraformProvider {
    protected override synthesizeAttributes(): Record<string, unknown> {
      return { aws_region: "eu-west-1" };
    }
  })(stack, "genesyscloud", {
    terraformResourceType: "genesyscloud",
    terraformGeneratorMetadata: { providerName: "genesyscloud" },
  });
  for (const block of blocks(resources)) new GenericResource(stack, block.type, block.name, block.body);
  if (withGate)
    Aspects.of(stack).add(
      new DpiaGate({
        quiet: process.env.BENCH_VERBOSE !== "1",
        policy: BENCH_POLICY,
        register: `${outdir}/register.db`,
      }),
    );
  const before = process.cpuUsage();
  app.synth();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
