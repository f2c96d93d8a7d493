import type { Log } from "sarif";
import { GENERATOR_NAME, GENERATOR_VERSION, PROJECT_URL } from "../../version";
import type { CouldNotAssess } from "../could-not-assess";
import { escapeControlCharacters, jsonForOutput } from "../safe-text";
import { escapeMarkdown } from "./markdown-summary";
import { artifactUri } from "./sarif";
import { xmlAttribute, xmlText } from "./xml-text";

const ERROR_TYPE: Record<CouldNotAssess["cause"], string> = {
  input: "InputError",
  usage: "UsageError",
  internal: "InternalError",
};

/** JUnit: one suite, one test case in error (Jenkins marks the build failed and shows the message). */
function junit(failure: CouldNotAssess): string {
  const input = failure.input ?? "dpia gate";
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="dpia gate" tests="1" failures="0" errors="1">`,
    `  <testsuite name="dpia gate: could not assess" tests="1" failures="0" errors="1">`,
    `    <testcase classname="${xmlAttribute(input)}" name="${xmlAttribute(`could not assess ${input}`)}">`,
    `      <error message="${xmlAttribute(failure.message)}" type="${ERROR_TYPE[failure.cause]}">${xmlText(failure.message)}</error>`,
    `    </testcase>`,
    `  </testsuite>`,
    `</testsuites>`,
    ``,
  ].join("\n");
}

/**
 * SARIF 2.1.0: a run whose invocation did not succeed, the message as an error notification. The
 * empty `results` array is there because GitHub's upload refuses a run without one; code scanning
 * reads `executionSuccessful: false` and does not close the alerts of earlier runs on it.
 */
function sarif(failure: CouldNotAssess): string {
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: GENERATOR_NAME, version: GENERATOR_VERSION, informationUri: PROJECT_URL } },
        invocations: [
          {
            executionSuccessful: false,
            exitCode: 2,
            toolExecutionNotifications: [
              {
                level: "error",
                message: { text: failure.message },
                descriptor: { id: ERROR_TYPE[failure.cause] },
                ...(failure.input
                  ? { locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(failure.input) } } }] }
                  : {}),
              },
            ],
          },
        ],
        results: [],
      },
    ],
  };
  return jsonForOutput(log);
}

/**
 * JSON: no summary and no DPIAs, so that a check such as `.summary.blocked == 0` cannot pass on it.
 * `compliance_status` is BLOCKED_FOR_DEPLOYMENT, not a third value: a step that tests for the block
 * (`!= BLOCKED_FOR_DEPLOYMENT`) fails on a run that could not assess as surely as one that tests for
 * the approval; `status` and `exit_code` say which of the two it was.
 */
function json(failure: CouldNotAssess): string {
  return jsonForOutput({
    compliance_status: "BLOCKED_FOR_DEPLOYMENT",
    status: "could_not_assess",
    exit_code: 2,
    error: { cause: failure.cause, ...(failure.input ? { input: failure.input } : {}), message: failure.message },
  });
}

function markdown(failure: CouldNotAssess): string {
  const lines = escapeControlCharacters(failure.message, { multiline: true }).split("\n");
  return [
    "## DPIA gate: could not assess",
    "",
    `Nothing was approved (exit 2)${failure.input ? ` for ${escapeMarkdown(failure.input)}` : ""}:`,
    "",
    ...lines.map((line) => `- ${escapeMarkdown(line)}`),
    "",
  ].join("\n");
}

/** The report of a run that could not assess, in each format that has a report to write. */
export const COULD_NOT_ASSESS_FORMATS = { json, sarif, junit, markdown } as const;
