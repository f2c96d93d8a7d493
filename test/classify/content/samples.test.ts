import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { scanSample } from "../../../src/classify/content/scan-sample";
import { levelIndex } from "../../../src/assess/risk-scale";
import { assessInventory } from "../../../src/dpia/assess-inventory";
import { renderMarkdown } from "../../../src/report/markdown";
import { readTerraformJson } from "../../../src/inventory/read-terraform-json";
import type { Sample } from "../../../src/inventory/sample";
import { applyPolicy, loadPolicy } from "../../../src/policy/load-policy";
import type { Policy } from "../../../src/policy/schema";
import { FIXED_NOW, terraformJson, webServiceAction } from "../../helpers/assess-config";
import { tempDir } from "../../helpers/stacks";

const NOTES_CONTRACT = JSON.stringify({
  type: "object",
  properties: { customerId: { type: "string" }, notes: { type: "string" } },
});
const REVIEWED: Policy = {
  version: 1,
  destinations: [{ host: "crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["case notes"] }],
};

/** A secure web-services action returning call notes to an external CRM. */
function notesConfig(secure = true) {
  return terraformJson(webServiceAction({ secure, contract_output: NOTES_CONTRACT }));
}

function assessWith(samples: Sample[], config = notesConfig(), policy: Policy = REVIEWED) {
  const inventory = readTerraformJson(config, { scope: "test", origin: "test" });
  return assessInventory(inventory, { policy: applyPolicy(policy), now: FIXED_NOW, samples }).dpias[0]!;
}

const cardNote: Sample = {
  target: "genesyscloud_integration_action.lookup",
  source: "samples/crm-notes.json",
  content: JSON.stringify({
    items: [{ customerId: "C-1001", notes: "Customer read out card 4111 1111 1111 1111 to pay the bill" }],
  }),
};

describe("samples change the risk", () => {
  test("a card number in a notes sample on an external flow blocks; the same flow without the sample does not", () => {
    const without = assessWith([]);
    expect(without.compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    const withSample = assessWith([cardNote]);
    expect(withSample.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(withSample.findings.map((f) => f.rule_id)).toContain("GC-FLW-1");
    const pan = withSample.data_elements.find((element) => element.id === "payment_card_pan")!;
    expect(pan.found_by).toContainEqual(
      expect.objectContaining({
        rule: "CLS-CONTENT",
        evidence: [
          "sample samples/crm-notes.json $.items[0].notes: 4111 **** **** 1111 (payment-card, confidence 0.95)",
        ],
      }),
    );
  });

  test("the card number never appears in clear in the DPIA or its Markdown", () => {
    const dpia = assessWith([cardNote]);
    for (const text of [JSON.stringify(dpia), renderMarkdown(dpia)]) {
      expect(text).not.toContain("4111 1111 1111 1111");
      expect(text).not.toContain("4111111111111111");
    }
  });

  test("a sample is matched by the action's name as well as its address", () => {
    expect(assessWith([{ ...cardNote, target: "Lookup" }]).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
  });

  test("free text is not assumed to hold card numbers; in an action that takes payments it is, unless a masking control is declared", () => {
    const elementsOf = (config: unknown, policy?: Policy) =>
      assessWith([], config as ReturnType<typeof notesConfig>, policy).data_elements.map((e) => e.id);
    expect(elementsOf(notesConfig(false))).not.toContain("payment_card_pan");
    const payments = (secure: boolean) =>
      terraformJson(webServiceAction({ secure, name: "Card payment lookup", contract_output: NOTES_CONTRACT }));
    expect(assessWith([], payments(false)).compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(assessWith([], payments(true)).compliance_status).toBe("APPROVED_FOR_DEPLOYMENT");
    const masked: Policy = {
      ...REVIEWED,
      masking: [
        {
          target: "genesyscloud_integration_action.lookup",
          description: "CRM middleware strips PAN-like numbers from notes",
        },
      ],
    };
    expect(elementsOf(payments(false), masked)).not.toContain("payment_card_pan");
  });

  test("example values in contracts and translation-map defaults are scanned", () => {
    const contract = JSON.stringify({
      type: "object",
      properties: { contact: { type: "string", examples: ["jane.doe@acme-retail.eu"] } },
    });
    const dpia = assessWith(
      [],
      terraformJson(
        webServiceAction({
          contract_output: contract,
          config_response: { translation_map_defaults: { backup: "+44 20 7946 0958" } },
        }),
      ),
    );
    const evidence = dpia.data_elements.find((e) => e.id === "contact_pii")!.found_by.flatMap((f) => f.evidence);
    expect(evidence).toEqual(
      expect.arrayContaining([
        "contract_output.properties.contact.examples[0]: j***@acme-retail.eu (email, confidence 0.9)",
        expect.stringMatching(/^config_response\.translation_map_defaults\.backup: \+44\*+958 \(phone/),
      ]),
    );
  });

  test("adding a sample never lowers the risk (property-based)", () => {
    const pieces = [
      "call notes",
      "4111 1111 1111 1111",
      "jane@acme.io",
      "order 123456789",
      "DOB: 01/02/1980",
      "IBAN DE89 3704 0044 0532 0130 00",
      "diagnosis: asthma",
      "ok",
      "NHS 943 476 5919",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        (words, secure, json) => {
          const config = notesConfig(secure);
          const text = words.join(" ");
          const sample: Sample = {
            target: "genesyscloud_integration_action.lookup",
            source: "s",
            content: json ? JSON.stringify({ notes: text }) : text,
          };
          const before = levelIndex(assessWith([], config).risk_assessment.overall_risk_score);
          const after = levelIndex(assessWith([sample], config).risk_assessment.overall_risk_score);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("hostile samples finish and report", () => {
  test("a 10 MB string of digits", () => {
    const result = scanSample({ target: "x", source: "digits.txt", content: "7".repeat(10 * 1024 * 1024) });
    expect(result).toMatchObject({ ok: true, detections: [] });
  });

  test("10,000-deep nesting", () => {
    const deep = `${"[".repeat(10_000)}"4111 1111 1111 1111"${"]".repeat(10_000)}`;
    const result = scanSample({ target: "x", source: "deep.json", content: deep });
    expect(result.ok && result.detections.map((d) => d.masked)).toEqual(["4111 **** **** 1111"]);
    expect(result.ok && result.detections[0]!.path).toBe(`$${"[0]".repeat(10_000)}`);
  });

  test("binary and invalid UTF-8 are reported, not crashed on", () => {
    expect(scanSample({ target: "x", source: "a.bin", content: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) })).toEqual({
      ok: false,
      problem: "is not valid UTF-8 text (binary content cannot be scanned)",
    });
    expect(scanSample({ target: "x", source: "b.bin", content: Buffer.from("ab\u0000cd") })).toMatchObject({
      ok: false,
      problem: expect.stringContaining("NUL"),
    });
  });

  test("an oversized sample is reported with the limit and assessed as unknown data", () => {
    expect(scanSample({ target: "x", source: "big.txt", content: "a".repeat(2048) }, 1024)).toEqual({
      ok: false,
      problem: "is 2048 bytes, more than the 1024-byte limit per sample",
    });
    const dpia = assessWith([{ ...cardNote, content: new Uint8Array([0xc3, 0x28]) }]);
    expect(dpia.unresolved).toContainEqual(
      expect.objectContaining({ value: "samples/crm-notes.json", reason: expect.stringContaining("UTF-8") }),
    );
    expect(dpia.data_elements.map((e) => e.id)).toContain("unknown_data");
  });

  test("emails and phone numbers in a 5 MB text of mixed junk are found in one pass", () => {
    const chunk = "aaaa@@@@ +++ 0000 ---- .... ";
    const text = `${chunk.repeat((5 * 1024 * 1024) / chunk.length)} reach me at jane.doe@acme.io or +44 20 7946 0958`;
    const result = scanSample({ target: "x", source: "junk.txt", content: text });
    expect(result.ok && result.detections.map((d) => d.detector).sort()).toEqual(["email", "phone"]);
  });
});

describe("samples from the policy file", () => {
  test("files are read relative to the policy and named in the evidence", () => {
    const dir = tempDir("dpia-samples-");
    fs.mkdirSync(path.join(dir, "samples"));
    fs.writeFileSync(path.join(dir, "samples", "notes.json"), cardNote.content as string);
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({ ...REVIEWED, samples: [{ target: "Lookup", files: ["samples/notes.json"] }] }),
    );
    const policy = loadPolicy({ cwd: dir });
    const inventory = readTerraformJson(notesConfig(), { scope: "test", origin: "test" });
    const dpia = assessInventory(inventory, { policy, now: FIXED_NOW }).dpias[0]!;
    expect(dpia.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
    expect(JSON.stringify(dpia)).toContain("sample samples/notes.json $.items[0].notes");
  });

  test("a missing sample file names the policy entry", () => {
    const dir = tempDir("dpia-samples-");
    fs.writeFileSync(
      path.join(dir, "dpia.policy.json"),
      JSON.stringify({ version: 1, samples: [{ target: "Lookup", files: ["nope.json"] }] }),
    );
    expect(() => loadPolicy({ cwd: dir })).toThrow(
      /dpia\.policy\.json: samples\[0\]\.files\[0\]: a readable sample file/,
    );
  });
});

describe("JSON samples", () => {
  test("JSONPaths are exact for values with escapes, odd keys and nested arrays", () => {
    const content = JSON.stringify({
      "case notes": [{ text: "see below" }, { text: "card 4111 1111 1111 1111" }],
      contact: { "e-mail": "jane.doe@acme.io" },
    });
    const result = scanSample({ target: "x", source: "s.json", content });
    expect(result.ok && result.detections.map((d) => [d.path, d.masked])).toEqual([
      ['$["case notes"][1].text', "4111 **** **** 1111"],
      ['$.contact["e-mail"]', "j***@acme.io"],
    ]);
  });

  test("digits hidden behind unicode escapes are still found, with their path", () => {
    const content = '{"notes": "card \\u0034111 1111 1111 1111"}';
    const result = scanSample({ target: "x", source: "s.json", content });
    expect(result.ok && result.detections.map((d) => [d.path, d.masked])).toEqual([["$.notes", "4111 **** **** 1111"]]);
  });
});
