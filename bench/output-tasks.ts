// The output's measurements: a synth into a folder that outlives it, so that the next synth of the same App
// (a fresh process, as a developer runs `cdktf synth` again) finds the DPIAs and the register the first one left.
import { benchApp, type SynthAspect } from "./bench-app";

/**
 * CPU seconds (user and system, every thread of the process) of `app.synth()` of the bench App of `resources`
 * resources into `outdir`, with the gate, without it, or with only the gate's reading of the stack: CPU time, so
 * that a loaded machine does not decide the ratio.
 */
export function synthInto(resources: number, aspect: SynthAspect, outdir: string): number {
  const app = benchApp(resources, aspect, outdir);
  const before = process.cpuUsage();
  app.synth();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
