import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { type ErrorObject } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { IN_PROCESS } from "../helpers/e2e-timeouts";
import { jenkinsShellSteps } from "./runners/jenkins";
import { runStep, scriptFile, ciEnv } from "./ci-tools";

const root = path.resolve(__dirname, "../..");
const examples = path.join(root, "examples", "ci");
const vectors = path.join(root, "test", "vectors", "ci-schemas");

type Schema = { definitions?: { task?: { anyOf?: Array<{ properties?: { task?: { pattern?: string } } }> } } };

const readSchema = (name: string): Schema => JSON.parse(fs.readFileSync(path.join(vectors, name), "utf8")) as Schema;
const readYaml = (file: string): unknown => parse(fs.readFileSync(path.join(examples, file), "utf8"));

/**
 * Azure's schema holds one branch of `task` for each of its 259 tasks, which takes ajv most of a
 * minute to compile. A step naming task T can only pass the branches whose pattern matches T, so
 * keeping the branches that match a task the examples name gives exactly the same verdict.
 */
function azureSchemaFor(documents: unknown[]): Schema {
  const schema = readSchema("azure-pipelines.json");
  const named = new Set(JSON.stringify(documents).match(/(?<="task":")[^"]+/g) ?? []);
  const branches = schema.definitions!.task!.anyOf!;
  schema.definitions!.task!.anyOf = branches.filter((branch) => {
    const pattern = branch.properties?.task?.pattern;
    return pattern !== undefined && [...named].some((task) => new RegExp(pattern).test(task));
  });
  expect(schema.definitions!.task!.anyOf.length).toBeGreaterThanOrEqual(named.size);
  return schema;
}

function errorsOf(schema: Schema, document: unknown): ErrorObject[] {
  // The Azure schema's patterns are ECMAScript without the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(document) ? [] : (validate.errors ?? []);
}

describe("the CI examples validate against their systems' published JSON Schemas", () => {
  test(
    "GitHub Actions workflows (SchemaStore's github-workflow.json)",
    () => {
      const schema = readSchema("github-workflow.json");
      for (const file of ["github-actions.yml", "github-actions-drift.yml"])
        expect(errorsOf(schema, readYaml(file)), file).toEqual([]);
    },
    IN_PROCESS,
  );

  test(
    "GitLab CI (GitLab's ci.json)",
    () => {
      expect(errorsOf(readSchema("gitlab-ci.json"), readYaml("gitlab-ci.yml"))).toEqual([]);
    },
    IN_PROCESS,
  );

  test(
    "Azure Pipelines (Microsoft's service-schema.json)",
    () => {
      const documents = ["azure-pipelines.yml", "azure-pipelines-drift.yml"].map(readYaml);
      const schema = azureSchemaFor(documents);
      for (const document of documents) expect(errorsOf(schema, document)).toEqual([]);
    },
    IN_PROCESS,
  );

  test(
    "a schema rejects what its system rejects (the check is not vacuous)",
    () => {
      const workflow = readYaml("github-actions.yml") as { jobs: Record<string, { steps: object[] }> };
      workflow.jobs["dpia-gate"]!.steps.push({ run: "true", shelll: "bash" });
      expect(errorsOf(readSchema("github-workflow.json"), workflow)).not.toEqual([]);
      const gitlab = readYaml("gitlab-ci.yml") as Record<string, object>;
      gitlab["dpia-gate"] = { ...gitlab["dpia-gate"], script: "npx dpia gate", when: "sometimes" };
      expect(errorsOf(readSchema("gitlab-ci.json"), gitlab)).not.toEqual([]);
      const azure = readYaml("azure-pipelines-drift.yml") as { steps: object[] };
      azure.steps.push({ task: "NodeTool@0", inputs: { version: "22.x" } });
      expect(errorsOf(azureSchemaFor([azure]), azure)).not.toEqual([]);
    },
    IN_PROCESS,
  );
});

describe("Jenkinsfiles (Jenkins publishes no JSON Schema): declarative pipelines whose sh scripts parse", () => {
  for (const file of ["Jenkinsfile", "Jenkinsfile.drift"])
    test(file, () => {
      const text = fs.readFileSync(path.join(examples, file), "utf8");
      expect(text).toMatch(/^pipeline \{/m);
      const steps = jenkinsShellSteps(text);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const shell = step.script.startsWith("#!/bin/bash") ? "bash" : "sh";
        const parsed = runStep(shell, ["-n", scriptFile(step.script)], root, ciEnv());
        expect(parsed.status, `${step.stage}: ${step.script}\n${parsed.output}`).toBe(0);
      }
    });
});
