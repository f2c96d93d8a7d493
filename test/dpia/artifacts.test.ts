import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { renderMarkdownSummary } from "../../src/report/formats/markdown-summary";
import { renderMarkdown } from "../../src/report/markdown";
import { publishedSchemas } from "../../src/report/published-schemas";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

const schemasDir = path.join(__dirname, "../../schemas");

describe("published JSON Schemas", () => {
  test("schemas/ is generated from the zod schemas and up to date (npm run schemas)", () => {
    for (const [name, schema] of Object.entries(publishedSchemas())) {
      expect(JSON.parse(fs.readFileSync(path.join(schemasDir, name), "utf8")), name).toEqual(schema);
    }
  });

  test("a DPIA validates against schemas/dpia.schema.json, and a tampered one does not", () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemasDir, "dpia.schema.json"), "utf8")));
    const dpia = assess(terraformJson(webServiceAction({}))).dpias[0]!;
    expect(validate(dpia), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...dpia, compliance_status: "APPROVED" })).toBe(false);
    const { fingerprint: _omitted, ...withoutFingerprint } = dpia;
    expect(validate(withoutFingerprint)).toBe(false);
  });
});

describe("DPIA content", () => {
  const dpia = assess(terraformJson(webServiceAction({ secure: false }))).dpias[0]!;

  test("carries the reference fields and the Art. 35(7) sections", () => {
    expect(Object.keys(dpia)).toEqual(
      expect.arrayContaining([
        "dpia_id",
        "integration_name",
        "timestamp",
        "data_flows",
        "risk_assessment",
        "mitigations",
        "compliance_status",
        "description",
        "necessity_and_proportionality",
        "risks",
        "measures",
        "screening",
        "findings",
        "fingerprint",
        "generator",
      ]),
    );
    expect(dpia.data_flows[0]).toMatchObject({
      source: "Genesys Cloud CX org (EU (Ireland), eu-west-1)",
      destination: "Web service (crm.example.eu)",
      data_elements: ["contact_pii"],
    });
    expect(dpia.screening.criteria).toHaveLength(9);
    expect(dpia.timestamp).toBe("2026-01-15T09:30:00Z");
  });

  test("the Markdown rendering has every section a DPO signs", () => {
    const markdown = renderMarkdown(dpia);
    for (const heading of [
      "## 1. Screening",
      "## 2. Description",
      "## 3. Necessity",
      "## 4. Risks",
      "## 5. Measures",
      // The DPO's worksheet (issue 26 item 10): consultation, ICO step 7, the history, then the signatures.
      "## 6. Consultation",
      "## 7. Outcomes",
      "## 8. Version history",
      "## 9. Sign-off",
    ])
      expect(markdown).toContain(heading);
    expect(markdown).toContain("GC-ACT-1");
    expect(markdown).toContain(dpia.fingerprint);
  });

  test("names from the configuration cannot inject HTML or break tables in the Markdown and the PR summary", () => {
    const hostile = "<img src=x onerror=alert(1)> | CRM";
    const named = assess(terraformJson(webServiceAction({ secure: false }, { config: { name: hostile } })));
    const markdown = named.dpias.map(renderMarkdown).join("\n");
    const summary = renderMarkdownSummary({ dpias: named.dpias, artifactFindings: [], warnings: [], exitCode: 1 });
    for (const text of [markdown, summary]) {
      expect(text).not.toContain("<img");
      expect(text).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
    expect(summary).toContain("&gt; \\| CRM");
  });
});
