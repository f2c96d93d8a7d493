#!/usr/bin/env node
// The package ships TypeScript; tsx runs it without a build step.
require("tsx/cjs/api").register();
require("../src/cli/main.ts").main(process.argv);
