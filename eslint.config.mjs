import "./scripts/lint/typescript-for-eslint.cjs";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".gen/",
      "dist/",
      "cdktf.out/",
      "**/cdktf.out/",
      "coverage/",
      "reports/",
      ".stryker-tmp*/",
      "test/golden/",
      "test/fixtures/consumer/",
      "test/real-world/*/",
      "test/real-world-pending/*/",
    ],
  },
  {
    files: ["**/*.ts", "**/*.mts"],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { args: "after-used", argsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-non-null-assertion": "warn",
    },
  },
  {
    // A function a reader can hold in mind at once; templates (a page in reading order) say so where they are.
    files: ["src/**/*.ts", "aspects/**/*.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true }],
      // The order of what the gate writes and hashes must not follow the machine's locale (src/text-order.ts).
      "no-restricted-properties": [
        "error",
        { property: "localeCompare", message: "Follows the machine's locale: use compareText (src/text-order.ts)." },
      ],
    },
  },
  {
    // A test asserts what it looked up exists; `!` there is the assertion.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    rules: { "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", caughtErrors: "none" }] },
  },
);
