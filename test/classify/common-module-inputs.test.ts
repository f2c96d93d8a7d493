import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { writeFolder } from "../helpers/write-folder";

/** A web-services action that forwards its one input, `value`, to an acquirer: the contract says nothing of what it is. */
const ACQUIRER = `
provider "genesyscloud" {
  aws_region = "eu-west-1"
}
resource "genesyscloud_integration" "acquirer" {
  integration_type = "custom-rest-actions"
  config {
    name = "Acquirer"
  }
}
resource "genesyscloud_integration_action" "forward" {
  name           = "Forward"
  category       = "Acquirer"
  integration_id = genesyscloud_integration.acquirer.id
  secure         = true
  contract_input  = jsonencode({ type = "object", additionalProperties = false, properties = { value = { type = "string" } } })
  contract_output = jsonencode({ type = "object", additionalProperties = false, properties = { ok = { type = "string" } } })
  config_request {
    request_type         = "POST"
    request_url_template = "https://settle.acquirer.example.com/v1/forward"
    request_template     = "{\\"value\\": \\"$\${input.value}\\"}"
  }
}
resource "genesyscloud_flow" "module" {
  filepath = "\${path.module}/module.yaml"
}
resource "genesyscloud_flow" "ivr" {
  filepath = "\${path.module}/ivr.yaml"
}
`;

/** A common module taking Common.value, with the given actions (Archy's form, as in the blueprint flows of test/fixtures/archy-flows). */
const commonModule = (name: string, actions: string) => `commonModule:
  name: ${name}
  variables:
    - stringVariable:
        name: Common.value
        initialValue:
          noValue: true
        isInput: true
  states:
    - state:
        name: Initial State
        refId: initial
        actions:
${actions}          - endState:
              name: End
`;

/** Runs the common module `target` with Common.value as its input. */
const passOn = (target: string) => `          - callCommonModule:
              name: Pass on
              commonModule:
                ${target}:
                  ver_latestPublished:
                    inputs:
                      Common.value:
                        exp: Common.value
`;

/** The module whose input goes to the acquirer's action. */
const MODULE = commonModule(
  "Settle module",
  `          - callData:
              name: Forward
              category:
                Acquirer:
                  dataAction:
                    Forward:
                      inputs:
                        value:
                          exp: Common.value
`,
);

const ivr = (passed: string, module = "Settle module") => `inboundCall:
  name: Card IVR
  defaultLanguage: en-us
  variables:
    - stringVariable:
        name: Flow.CardNumber
        initialValue:
          noValue: true
  tasks:
    - task:
        name: Main
        refId: main
        actions:
          - collectInput:
              name: Collect
              inputData:
                var: Flow.CardNumber
              digits:
                exact: 16
          - callCommonModule:
              name: Settle
              commonModule:
                ${module}:
                  ver_latestPublished:
                    inputs:
                      Common.value:
                        ${passed}
          - disconnect:
              name: Bye
`;

async function verdict(files: Record<string, string>) {
  const dir = writeFolder("dpia-common-module-", { "main.tf": ACQUIRER, "none.json": '{ "version": 1 }', ...files });
  const { report } = await runGate(dir, { format: "json", policy: path.join(dir, "none.json") });
  const acquirer = report.dpias.find((dpia) => dpia.integration_name === "Acquirer")!;
  const blocked = report.dpias.some((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
  return { exitCode: blocked ? 1 : 0, rules: [...new Set(acquirer.findings.map((finding) => finding.rule_id))] };
}

describe("a common module's inputs are what the configuration's flows pass to it", () => {
  test("a card number passed through Call Common Module to an action that sends it out blocks, as a direct call does", async () => {
    const { exitCode, rules } = await verdict({ "module.yaml": MODULE, "ivr.yaml": ivr("exp: Flow.CardNumber") });
    expect(exitCode).toBe(1);
    expect(rules).toContain("GC-FLW-1");
  }, 60_000);

  test("the module named in another case is the same module (Architect's names are not case-sensitive)", async () => {
    const { exitCode } = await verdict({
      "module.yaml": MODULE,
      "ivr.yaml": ivr("exp: Flow.CardNumber", "settle MODULE"),
    });
    expect(exitCode).toBe(1);
  }, 60_000);

  test("a literal passed to the module carries nothing, and the module's action is judged by its contract", async () => {
    const { exitCode, rules } = await verdict({ "module.yaml": MODULE, "ivr.yaml": ivr('lit: "settle"') });
    expect(exitCode).toBe(0);
    expect(rules).not.toContain("GC-FLW-1");
  }, 60_000);

  test("a chain and a mesh of modules passing the card on are followed (each module runs all the others, a cycle)", async () => {
    const relays = Array.from({ length: 9 }, (_, index) => `Relay ${index}`);
    const relay = (name: string) =>
      commonModule(name, [...relays.filter((other) => other !== name), "Settle module"].map(passOn).join(""));
    const files: Record<string, string> = {
      "module.yaml": MODULE,
      "ivr.yaml": ivr("exp: Flow.CardNumber", "Relay 0"),
      "main.tf":
        ACQUIRER +
        relays
          .map(
            (_, index) =>
              `resource "genesyscloud_flow" "relay${index}" {\n  filepath = "\${path.module}/relay${index}.yaml"\n}\n`,
          )
          .join(""),
    };
    relays.forEach((name, index) => (files[`relay${index}.yaml`] = relay(name)));
    const { exitCode, rules } = await verdict(files);
    expect(exitCode).toBe(1);
    expect(rules).toContain("GC-FLW-1");
  }, 120_000);
});
