#!/usr/bin/env node
// The package ships TypeScript; tsx runs it without a build step.
try {
  require("tsx/cjs/api").register();
  require("../src/cli/main.ts").main(process.argv);
} catch (error) {
  // Even a failure to start is exit 2 ("could not assess"), never a stack trace or exit 1 ("blocked").
  process.stderr.write(`dpia: internal error while starting: ${error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error)}\n`);
  process.exitCode = 2;
}
