#!/usr/bin/env node
// The installed package runs its compiled JavaScript. A checkout of the repository (where the
// TypeScript sources sit beside this file) runs those through tsx instead, so that a dist/ left
// over from an earlier build can never answer for code that has changed since.
const fs = require("node:fs");
const path = require("node:path");

try {
  const source = path.join(__dirname, "..", "src", "cli", "main.ts");
  if (fs.existsSync(source)) {
    require("tsx/cjs/api").register();
    require(source).main(process.argv);
  } else if (fs.existsSync(path.join(__dirname, "..", "dist", "src", "cli", "main.js"))) {
    // Node 22.1 and later keep V8's compiled code of the modules the package loads between runs (checked against
    // each file's content, in the system's temporary folder): most of a cold start is compiling code.
    require("node:module").enableCompileCache?.();
    // The CLI's own code is one bundled file, run with a code cache of its own (dist/src/cli/run-bundle.js).
    const bundle = path.join(__dirname, "..", "dist", "cli.js");
    if (fs.existsSync(bundle)) require("../dist/src/cli/run-bundle.js").runCliBundle(bundle, process.argv);
    else require("../dist/src/cli/main.js").main(process.argv);
  } else {
    // npm builds dist/ in its clone when it installs from git, unless scripts are turned off.
    process.stderr.write(
      `dpia: ${path.resolve(__dirname, "..")} has no compiled code (dist/): installed from git, it is built by the \`dependencies\` script in npm's clone, which did not run (scripts turned off, ignore-scripts?). Install it again with scripts on, or install a release tarball (docs/install.md).\n`,
    );
    process.exitCode = 2;
  }
} catch (error) {
  // Even a failure to start is exit 2 ("could not assess"), never a stack trace or exit 1 ("blocked").
  process.stderr.write(
    `dpia: internal error while starting: ${error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error)}\n`,
  );
  process.exitCode = 2;
}
