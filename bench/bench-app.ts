// The App every synth measurement builds: the bench workload's resources in one stack, with the gate or without.
import * as path from "node:path";
import { App, Aspects, TerraformProvider, TerraformStack } from "cdktf";
import { DpiaGate } from "./compiled";
import { GenericResource } from "./generic-resource";
import { StackReadFloor } from "./stack-read-floor";
import { BENCH_POLICY, blocks } from "./workload";

/** What runs beside synth: the gate, nothing, or only the gate's reading of the stack (stack-read-floor.ts). */
export type SynthAspect = "with" | "without" | "floor";

/** An App of `resources` bench resources synthesizing into `outdir`; with the gate, its register in `outdir` too. */
export function benchApp(resources: number, aspect: SynthAspect, outdir: string): App {
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
  if (aspect === "floor") Aspects.of(stack).add(new StackReadFloor());
  else if (aspect === "with")
    Aspects.of(stack).add(
      new DpiaGate({
        quiet: process.env.BENCH_VERBOSE !== "1",
        policy: BENCH_POLICY,
        register: path.join(outdir, "register.db"),
      }),
    );
  return app;
}
