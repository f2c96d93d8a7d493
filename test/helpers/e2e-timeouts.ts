/**
 * Per-test timeouts for end-to-end tests, sized to the work they start (two cores shared by
 * several processes). Vitest's 30 s default fails a correct test on a loaded machine.
 */
/** One real `cdktf synth` (tsx compiles the app, then cdktf spawns it). */
export const SYNTH = 240_000;
/** A handful of `dpia` CLI processes, or the gate over the whole corpus in-process. */
export const CLI = 120_000;
/** In-process synthesis and gate runs over small fixtures. */
export const IN_PROCESS = 60_000;
