// typescript-eslint's type-aware rules call TypeScript's compiler API, which TypeScript 7 (what this
// repository compiles with) no longer ships as JavaScript. Lint type-checks with TypeScript 5.9, the
// version consumers use with ts-node (the `typescript5` alias): every `typescript` import made while
// ESLint runs is answered from it.
const Module = require("node:module");
const path = require("node:path");

const typescript5 = path.dirname(require.resolve("typescript5/package.json"));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected =
    request === "typescript" || request.startsWith("typescript/")
      ? typescript5 + request.slice("typescript".length)
      : request;
  return resolveFilename.call(this, redirected, ...rest);
};
