import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { exitCodeOf } from "../../src/cli/exit";
import { parseHclDocument } from "../../src/inventory/hcl/parse-hcl-document";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { InputError } from "../../src/validation/input-error";
import { terraformJson, webServiceAction } from "../helpers/assess-config";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import { gateInProcess as gate } from "../helpers/gate-in-process";

const POLICY = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "CRM GmbH", country: "DE", purposes: ["CRM look-up"] }],
};
const DEEP = 100_000;

function workspace(files: Record<string, string>): { dir: string; policy: string } {
  const dir = tempDir("dpia-robust-");
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const policy = path.join(dir, "policy.json");
  if (!files["policy.json"]) fs.writeFileSync(policy, JSON.stringify(POLICY));
  return { dir, policy };
}

const deepJson = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const approvedJson = () => JSON.stringify(terraformJson(webServiceAction({})));

describe("deep nesting is refused with exit 2 naming the file, never a stack overflow", () => {
  test.each([
    ["a plan", "plan.json", `{"format_version":"1.2","planned_values":${deepObject(DEEP)}}`],
    ["a Terraform JSON file", "main.tf.json", `{"resource":{"genesyscloud_integration":{"crm":${deepObject(DEEP)}}}}`],
    ["a list in a .tf.json", "main.tf.json", `{"locals":{"x":${deepJson(DEEP)}}}`],
  ])("%s 100,000 levels deep", async (_label, name, content) => {
    const { dir, policy } = workspace({ [name]: content });
    const target = name === "plan.json" ? path.join(dir, name) : dir;
    const result = await gate(target, policy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${name}: `);
    expect(result.stderr).toContain("nested at most 256 levels deep");
    expect(result.stderr).not.toContain("internal error");
  });

  test("a cdk.tf.json 100,000 levels deep in cdktf.out", async () => {
    const { dir, policy } = workspace({ "cdktf.out/stacks/shop/cdk.tf.json": `{"resource":${deepObject(DEEP)}}` });
    const result = await gate(path.join(dir, "cdktf.out"), policy);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cdk\.tf\.json: .*nested at most 256/);
  });

  test("an expression string nested 100,000 levels deep (parsed later as Terraform)", async () => {
    const body = {
      integration_type: "custom-rest-actions",
      config: { name: `\${${"(".repeat(DEEP)}1${")".repeat(DEEP)}}` },
    };
    const { dir, policy } = workspace({
      "main.tf.json": JSON.stringify({ resource: { genesyscloud_integration: { crm: body } } }),
    });
    const result = await gate(dir, policy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("an expression nested at most 256 levels deep");
  });

  test("HCL nested 10,000 and 100,000 levels deep: exit 2 naming the file; the next folder still parses", async () => {
    for (const depth of [10_000, DEEP]) {
      const { dir, policy } = workspace({ "main.tf": `locals {\n  x = ${deepJson(depth)}\n}\n` });
      const result = await gate(dir, policy);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(path.join(dir, "main.tf"));
      expect(result.stderr).not.toContain("internal error");
    }
    const { dir } = workspace({
      "main.tf": 'resource "genesyscloud_integration" "crm" {\n  integration_type = "custom-rest-actions"\n}\n',
    });
    expect((await readHclFolder(dir, { env: {} })).resources.map((resource) => resource.address)).toEqual([
      "genesyscloud_integration.crm",
    ]);
  });

  test("a policy and an exceptions file 100,000 levels deep", async () => {
    const { dir } = workspace({
      "policy.json": `{"version":1,"destinations":${deepJson(DEEP)}}`,
      "main.tf.json": approvedJson(),
    });
    const result = await gate(dir, path.join(dir, "policy.json"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/policy\.json: .*nested at most 256/);
    const excepted = workspace({
      "main.tf.json": JSON.stringify(
        terraformJson(
          webServiceAction({
            secure: false,
            contract_input: JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
          }),
        ),
      ),
      "dpia.exceptions.json": `{"version":1,"exceptions":${deepJson(DEEP)}}`,
    });
    fs.writeFileSync(
      excepted.policy,
      JSON.stringify({ ...POLICY, exceptions: { file: path.join(excepted.dir, "dpia.exceptions.json") } }),
    );
    const blocked = await gate(excepted.dir, excepted.policy);
    expect(blocked.code).toBe(1);
  });
});

describe("the HCL parser runs isolated, with a timeout", () => {
  test("a parse that takes longer than its time is abandoned: an input error naming the file, and the next parse works", async () => {
    const huge = Array.from(
      { length: 20_000 },
      (_, index) =>
        `resource "genesyscloud_integration" "i${index}" {\n  integration_type = "custom-rest-actions"\n}\n`,
    ).join("");
    const error = await parseHclDocument("slow.tf", huge, 1).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^slow\.tf: HCL the parser can read: it timed out on this file/);
    expect(await parseHclDocument("next.tf", "locals {\n  a = 1\n}\n")).toEqual({ locals: [{ a: 1 }] });
  });

  test("many files in a row parse and each keeps its own result", async () => {
    const results = await Promise.all(
      Array.from({ length: 230 }, (_, index) => parseHclDocument(`f${index}.tf`, `locals {\n  n = ${index}\n}\n`)),
    );
    expect(results.map((document) => (document.locals as Array<{ n: number }>)[0]!.n)).toEqual(
      Array.from({ length: 230 }, (_, index) => index),
    );
  });

  test("invalid HCL is still reported with its file and line", async () => {
    const error = await parseHclDocument("bad.tf", "locals {\n  a = \n}\n").then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as InputError).message).toMatch(/^bad\.tf: line \d+: valid HCL/);
  });
});

describe("resource labels never reach a regular expression unescaped", () => {
  test("labels with pattern characters are refused by name (Terraform refuses them too), and none crashes the reader", async () => {
    const { dir } = workspace({
      "main.tf": [
        'resource "genesyscloud_integration" "abc" {\n  integration_type = "custom-rest-actions"\n}\n',
        'resource "genesyscloud_integration" "a.*" {\n  integration_type = "custom-rest-actions"\n}\n',
        'resource "genesyscloud_integration" "x(" {\n  integration_type = "custom-rest-actions"\n}\n',
        'resource "genesyscloud_integration" "[" {\n  integration_type = "custom-rest-actions"\n}\n',
      ].join(""),
    });
    const error = await readHclFolder(dir, { env: {} }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
    const locations = (error as InputError).problems.map((problem) => problem.location).sort();
    expect(locations).toEqual([
      'resource "genesyscloud_integration" "["',
      'resource "genesyscloud_integration" "a.*"',
      'resource "genesyscloud_integration" "x("',
    ]);
  });

  test("labels Terraform accepts, dashes included, each get their own line", async () => {
    const { dir } = workspace({
      "main.tf": [
        'resource "genesyscloud_integration" "abc" {\n  integration_type = "custom-rest-actions"\n}\n',
        'resource "genesyscloud_integration" "a-b_c" {\n  integration_type = "custom-rest-actions"\n}\n',
        'resource "genesyscloud_integration" "abcd" {\n  integration_type = "custom-rest-actions"\n}\n',
      ].join(""),
    });
    const lines = Object.fromEntries(
      (await readHclFolder(dir, { env: {} })).resources.map((resource) => [resource.name, resource.location.line]),
    );
    expect(lines).toEqual({ abc: 1, "a-b_c": 4, abcd: 7 });
  });
});

describe("no internal error reaches a user: exit 2, 'internal error', the input named, no stack trace", () => {
  test.each([
    ["a TypeError", () => (undefined as unknown as { x: number }).x],
    [
      "a stack overflow",
      () => {
        const recurse = (n: number): number => recurse(n + 1) + 1;
        return recurse(0);
      },
    ],
    [
      "a thrown string",
      () => {
        throw "odd";
      },
    ],
  ])("%s, in process", async (_label, fail) => {
    let stderr = "";
    const code = await exitCodeOf(
      () => fail() as number,
      "plan.json",
      (text) => (stderr += text),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^dpia: internal error while assessing plan\.json: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("from the real CLI, with an internal error forced into the engine", () => {
    const { dir, policy } = workspace({
      "main.tf.json": approvedJson(),
      "break-hashing.cjs":
        'const crypto = require("node:crypto");\nconst original = crypto.createHash;\ncrypto.createHash = (algorithm, ...rest) => { if (algorithm === "sha256") throw new TypeError("hashing is broken"); return original(algorithm, ...rest); };\n',
    });
    const result = runDpia(["gate", dir, "--policy", policy], {
      node: ["--require", path.join(dir, "break-hashing.cjs")],
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`dpia: internal error while assessing ${dir}: TypeError: hashing is broken`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain("APPROVED");
  }, 120_000);
});

describe("huge strings are assessed in time proportional to their size", () => {
  test("a megabyte of card numbers in a request URL is found and blocks (it took minutes when overlapping matches were settled pairwise)", async () => {
    // Just under the 1,000,000 characters above which a template is left unresolved (then it blocks as unknown).
    const url = `https://crm.example.eu/pay?cards=${"4111 1111 1111 1111 ".repeat(47_000)}`;
    const { dir, policy } = workspace({
      "main.tf.json": JSON.stringify(
        terraformJson(webServiceAction({ config_request: { request_type: "GET", request_url_template: url } })),
      ),
    });
    const result = await gate(dir, policy);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("payment card number");
    expect(result.stdout).not.toContain("4111 1111 1111 1111");
  }, 120_000);
});
