import * as fs from "node:fs";
import * as path from "node:path";
import type { Log } from "sarif";
import { describe, expect, test } from "vitest";
import { displaySafe, escapeControlCharacters, jsonForOutput, visibleEscape } from "../../src/report/safe-text";
import { renderMarkdown } from "../../src/report/markdown";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";
import { CLI } from "../helpers/e2e-timeouts";
import { junitErrors, parseJunit, sarifErrors } from "../helpers/report-validators";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const range = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => String.fromCharCode(from + i)).join("");
const C0 = range(0x00, 0x20);
const C1 = range(0x80, 0x20);
const BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
/** CSI colour, OSC 8 hyperlink, OSC 0 window title, cursor up and erase line, the one-byte C1 CSI. */
const ANSI = "\x1b[31mRED\x1b[0m\x1b]8;;https://evil.example/\x07link\x1b]8;;\x07\x1b]0;title\x07\x1b[2A\x1b[2K\x9b31m";
/** Markup that would end a JUnit element, a Markdown cell or code span, or make a link; and an unpaired surrogate. */
const MARKUP = '</failure></testcase><testcase name="fake"> | `code` [approved](https://evil.example/) \ud800';
const HOSTILE = `Hostile ${C0}\x7f${C1}${BIDI}\u2028\u2029${ANSI}${MARKUP}`;
/** What a terminal or log viewer would obey: every control character but tab and newline, and the bidi controls. */
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** The hostile value as every text format shows it: recognisable, escaped, not dropped. */
const SHOWN = "\\u001b[31mRED\\u001b[0m\\u001b]8;;https://evil.example/\\u0007link";

describe("escapeControlCharacters: the one escape of every text writer", () => {
  test("every C0 and C1 control, DEL, the bidi controls and the line separators become visible escapes", () => {
    const escaped = escapeControlCharacters(HOSTILE);
    expect(escaped).not.toMatch(OBEYED);
    for (let code = 0; code < 0x20; code++)
      if (code !== 0x09) expect(escaped).toContain(`\\u${code.toString(16).padStart(4, "0")}`);
    for (let code = 0x7f; code < 0xa0; code++) expect(escaped).toContain(`\\u${code.toString(16).padStart(4, "0")}`);
    for (const character of `${BIDI}\u2028\u2029`)
      expect(escaped).toContain(`\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(escaped).toContain(SHOWN);
  });

  test("tab is kept; a newline only in multi-line output; printable text of any script untouched", () => {
    expect(escapeControlCharacters("a\tb\nc\rd")).toBe("a\tb\\u000ac\\u000dd");
    expect(escapeControlCharacters("a\tb\nc\rd", { multiline: true })).toBe("a\tb\nc\\u000dd");
    const printable = "Müller 中文 עברית العربية 🙂 café ©";
    expect(escapeControlCharacters(printable)).toBe(printable);
  });

  test("displaySafe escapes every string of a report, keys too; jsonForOutput parses back to the same value", () => {
    const value = { [`k${ANSI}`]: [HOSTILE, 1, null, { name: HOSTILE }] };
    const strings = (item: unknown): string[] =>
      typeof item === "string"
        ? [item]
        : Array.isArray(item)
          ? item.flatMap(strings)
          : item !== null && typeof item === "object"
            ? Object.entries(item).flatMap(([key, inner]) => [key, ...strings(inner)])
            : [];
    const shown = strings(displaySafe(value));
    expect(shown).toHaveLength(4);
    for (const text of shown) expect(text).not.toMatch(OBEYED);
    expect(shown[0]).toBe(
      "k\\u001b[31mRED\\u001b[0m\\u001b]8;;https://evil.example/\\u0007link\\u001b]8;;\\u0007\\u001b]0;title\\u0007\\u001b[2A\\u001b[2K\\u009b31m",
    );
    const json = jsonForOutput(value);
    expect(json).not.toMatch(OBEYED);
    expect(JSON.parse(json)).toEqual(value);
  });

  test("each code point is escaped exactly when Unicode's own classes say so (the patterns spell Bidi_Control out)", () => {
    // The definition the patterns were written from, with the `u` flag and Unicode's property.
    const obeyed = /^[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Bidi_Control}]$/u;
    const rawInJson = /^[\u007f-\u009f\u2028\u2029\p{Bidi_Control}]$/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      // Every code point but the surrogates, and each surrogate alone (as a JavaScript string can hold it).
      const character = String.fromCodePoint(code);
      const single = escapeControlCharacters(`a${character}b`);
      const expected = obeyed.test(character) && character !== "\t";
      if ((single !== `a${character}b`) !== expected) wrong.push(`escape U+${code.toString(16)}`);
      if (expected && single !== `a${visibleEscape(character)}b`)
        wrong.push(`escape U+${code.toString(16)}: ${single}`);
      const multiline = escapeControlCharacters(character, { multiline: true }) !== character;
      if (multiline !== (expected && character !== "\n")) wrong.push(`multiline U+${code.toString(16)}`);
      const raw = jsonForOutput(character) !== `${JSON.stringify(character)}\n`;
      if (raw !== rawInJson.test(character)) wrong.push(`json U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the validators catch what they are there to catch", () => {
  test("a raw control character, an XML 1.0 character reference to one, or an element Jenkins does not read fails", async () => {
    const wrap = (body: string) =>
      `<?xml version="1.0"?><testsuites><testsuite tests="1">${body}</testsuite></testsuites>`;
    expect(await junitErrors(wrap('<testcase name="a"/>'))).toEqual([]);
    expect(await junitErrors(wrap('<testcase name="a\u0001"/>'))).not.toEqual([]);
    expect(await junitErrors(wrap('<testcase name="a&#x1;"/>'))).not.toEqual([]);
    expect(await junitErrors(wrap('<testcase name="a"><oops/></testcase>'))).not.toEqual([]);
    expect(
      sarifErrors({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, invocations: [{}] }] }),
    ).not.toEqual([]);
  });
});

function hostileFolder(): string {
  const dir = tempDir("hostile-");
  const config = terraformJson(
    webServiceAction(
      {
        name: `Lookup ${HOSTILE}`,
        secure: false,
        config_request: {
          request_type: "GET",
          request_url_template: `https://crm${ANSI}.example.eu/x?card=4111111111111111&raw=${ANSI}`,
        },
      },
      { config: { name: `CRM ${HOSTILE}` } },
    ),
  );
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config));
  return dir;
}

/** The three-forms plan with the exporter's address, index and name hostile (a for_each key can hold any string). */
function hostilePlan(): string {
  const plan = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json"), "utf8"),
  ) as { planned_values: { root_module: { resources: PlanResource[] } }; resource_changes: PlanChange[] };
  const exporter = "genesyscloud_oauth_client.exporter";
  const hostileAddress = `${exporter}[${JSON.stringify(HOSTILE)}]`;
  for (const resource of plan.planned_values.root_module.resources)
    if (resource.address === exporter)
      Object.assign(resource, {
        address: hostileAddress,
        index: HOSTILE,
        values: { ...resource.values, name: HOSTILE },
      });
  for (const change of plan.resource_changes)
    if (change.address === exporter) {
      Object.assign(change, { address: hostileAddress, index: HOSTILE });
      change.change.after = { ...change.change.after, name: HOSTILE };
    }
  const file = path.join(tempDir("hostile-plan-"), "plan.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  return file;
}
interface PlanResource {
  address: string;
  values: Record<string, unknown>;
}
interface PlanChange {
  address: string;
  change: { after: Record<string, unknown> };
}

function gate(target: string, format: string, env: Record<string, string> = {}) {
  const result = runDpia(["gate", target, "--format", format, "--register", path.join(tempDir("reg-"), "r.db")], {
    env,
  });
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(OBEYED);
  return result.stdout;
}

describe("names, hosts and messages with every control character, through the real CLI in every format", () => {
  const inputs = { "a .tf.json folder": hostileFolder(), "a plan with a hostile resource address": hostilePlan() };

  test.each(Object.entries(inputs))(
    "%s: text and Markdown show the values escaped, with nothing a terminal obeys",
    (_label, target) => {
      for (const format of ["text", "markdown"]) {
        const stdout = gate(target, format);
        expect(stdout, format).not.toMatch(OBEYED);
        expect(stdout, format).toContain(format === "text" ? SHOWN : "\\\\u001b\\[31mRED");
        if (format === "markdown") {
          // Each table row keeps its five cells: no pipe from a name splits one.
          for (const row of stdout.split("\n").filter((line) => line.startsWith("| ")))
            expect(row.split(/(?<!\\)\|/).length, row).toBe(7);
          // A link from a name only stands inside a code span (shown literally), never in the text.
          const outsideCode = stdout.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
          expect(outsideCode).not.toContain("[approved](https://evil.example/)");
        }
      }
    },
    CLI,
  );

  test.each(Object.entries(inputs))(
    "%s: coloured text writes only its own colour sequences",
    (_label, target) => {
      const stdout = gate(target, "text", { FORCE_COLOR: "1" });
      expect(stdout).toMatch(/\x1b\[3\dm/);
      expect(stdout.replace(/\x1b\[[0-9;]*m/g, "")).not.toMatch(OBEYED);
      expect(stdout).toContain(SHOWN);
    },
    CLI,
  );

  test.each(Object.entries(inputs))(
    "%s: JUnit is valid XML 1.0 in the Jenkins shape, the value escaped in it",
    async (_label, target) => {
      const xml = gate(target, "junit");
      expect(await junitErrors(xml)).toEqual([]);
      expect(xml).not.toMatch(OBEYED);
      expect(JSON.stringify(parseJunit(xml))).toContain("u001b[31mRED");
      expect(xml).not.toContain('<testcase name="fake">');
    },
    CLI,
  );

  test.each(Object.entries(inputs))(
    "%s: SARIF and JSON are valid, carry the exact value, and show no raw control byte",
    (_label, target) => {
      const sarif = gate(target, "sarif");
      expect(sarif).not.toMatch(OBEYED);
      const log = JSON.parse(sarif) as Log;
      expect(sarifErrors(log)).toEqual([]);
      // The plan's hostile address is the finding's logical location, exactly as Terraform wrote it.
      if (target.endsWith("plan.json"))
        expect(
          (log.runs[0]!.results ?? []).some((result) =>
            result.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName?.includes(JSON.stringify(HOSTILE)),
          ),
        ).toBe(true);
      const json = gate(target, "json");
      expect(json).not.toMatch(OBEYED);
      const names = (JSON.parse(json) as { dpias: Array<{ integration_name: string }> }).dpias.map(
        (dpia) => dpia.integration_name,
      );
      expect(names.some((name) => name.includes(HOSTILE))).toBe(true);
    },
    CLI,
  );

  test(
    "the DPIA JSON written by --out holds no raw control character and parses back to the values as they were",
    () => {
      const out = tempDir("hostile-out-json-");
      runDpia(["gate", inputs["a .tf.json folder"], "--out", out, "--register", path.join(out, "r.db")]);
      const files = fs.readdirSync(out).filter((file) => file.endsWith(".json"));
      expect(files.length).toBeGreaterThan(0);
      const names = files.map((file) => {
        const text = fs.readFileSync(path.join(out, file), "utf8");
        expect(text, file).not.toMatch(OBEYED);
        return (JSON.parse(text) as { integration_name: string }).integration_name;
      });
      // Escaped in the file's text, not in the value: JSON's \uXXXX is the same character.
      expect(names.some((name) => name.includes(HOSTILE))).toBe(true);
    },
    CLI,
  );

  test(
    "what the register's commands print (list, show, export, records, the Art. 30 record, a proof) holds no raw control character; the proof still verifies",
    () => {
      const out = tempDir("hostile-register-");
      const register = path.join(out, "r.db");
      runDpia(["gate", inputs["a .tf.json folder"], "--out", out, "--register", register]);
      const dpiaId = fs
        .readdirSync(out)
        .find((file) => file.startsWith("INT-") && file.endsWith(".json"))!
        .replace(/\.json$/, "");
      const proof = path.join(out, "proof.json");
      const texts = {
        list: runDpia(["register", "list", "--format", "json", "--register", register]).stdout,
        show: runDpia(["register", "show", dpiaId, "--register", register]).stdout,
        export: runDpia(["register", "export", "--register", register]).stdout,
        records: runDpia(["register", "export", "--format", "records", "--register", register]).stdout,
        proof:
          (runDpia(["register", "proof", dpiaId, "--out", proof, "--register", register]),
          fs.readFileSync(proof, "utf8")),
      };
      for (const [command, format] of [
        ["list", "text"],
        ["ropa", "markdown"],
        ["ropa", "csv"],
        ["export", "markdown"],
        ["export", "html"],
      ] as const) {
        const flag = format;
        // RFC 4180 ends CSV records with CR LF: the format's own line ends, not a value's.
        const text = runDpia(["register", command, "--format", flag, "--register", register]).stdout.replace(
          /\r\n/g,
          "\n",
        );
        expect(text, `${command} ${format}`).not.toMatch(OBEYED);
        expect(text, `${command} ${format}`).toContain("Hostile");
      }
      for (const [name, text] of Object.entries(texts)) {
        expect(text, name).not.toMatch(OBEYED);
        // The value itself is kept: JSON.stringify writes the bidi controls raw again. (A proof's record refers to
        // the stored DPIA by its hash, so it holds no name: it is checked by verifying it, below.)
        if (name !== "proof") expect(JSON.stringify(JSON.parse(text)), name).toContain(BIDI);
      }
      const key = runDpia(["register", "key", "--register", register]).stdout.trim();
      expect(runDpia(["verify-proof", proof, "--key", key, "--dpia", dpiaId]).status).toBe(0);
    },
    CLI,
  );

  test(
    "the DPIA Markdown and HTML written by --out escape the values and keep their tables whole",
    () => {
      const out = tempDir("hostile-out-");
      runDpia(["gate", inputs["a .tf.json folder"], "--out", out, "--register", path.join(out, "r.db")]);
      const files = fs.readdirSync(out).filter((file) => /\.(md|html)$/.test(file));
      expect(files.length).toBeGreaterThan(1);
      for (const file of files) {
        const text = fs.readFileSync(path.join(out, file), "utf8");
        expect(text, file).not.toMatch(OBEYED);
        expect(text, file).toContain("u001b[31mRED");
        if (file.endsWith(".md"))
          for (const row of text.split("\n").filter((line) => line.startsWith("|")))
            expect(row.endsWith("|"), `${file}: ${row}`).toBe(true);
      }
    },
    CLI,
  );
});

describe("messages on stderr that quote a value", () => {
  test(
    "a hostile input path, register URL and unknown option are shown escaped; the JUnit of the failure stays valid",
    async () => {
      const plan = path.resolve(__dirname, "..", "fixtures", "three-forms", "plan.json");
      const url = `postgres://dpia@127.0.0.1:1/${encodeURIComponent("x")}${ANSI}`;
      const register = runDpia(["gate", plan, "--format", "junit", "--register", url]);
      expect(register.status).toBe(2);
      expect(register.stderr).not.toMatch(OBEYED);
      expect(await junitErrors(register.stdout)).toEqual([]);
      const missing = path.join(tempDir("hostile-path-"), "plan\x1b[31mRED\x1b]0;title\x07\x9b2A\u202e.json");
      const input = runDpia(["gate", missing, "--format", "junit"]);
      expect(input.status).toBe(2);
      expect(input.stderr).not.toMatch(OBEYED);
      expect(input.stderr).toContain("plan\\u001b[31mRED\\u001b]0;title\\u0007\\u009b2A\\u202e.json");
      expect(input.stdout).not.toMatch(OBEYED);
      expect(await junitErrors(input.stdout)).toEqual([]);
      expect(JSON.stringify(parseJunit(input.stdout))).toContain("u001b[31mRED");
      const option = runDpia(["gate", plan, `--x${ANSI}`]);
      expect(option.status).toBe(2);
      expect(option.stderr).not.toMatch(OBEYED);
      expect(option.stderr).toContain("\\u001b[31mRED");
    },
    CLI,
  );
});

describe("the Markdown page keeps names from the configuration in their code spans", () => {
  test("a construct path or address with backticks cannot end its code span and put HTML on the page", () => {
    const [dpia] = assess(terraformJson(webServiceAction({}))).dpias;
    const hostile = "shop/crm`<img src=x onerror=alert(1)>`";
    const page = renderMarkdown({
      ...dpia!,
      subject: { ...dpia!.subject, construct_path: hostile, address: "a``b" },
    });
    expect(page).toContain("(construct `` shop/crm`<img src=x onerror=alert(1)>` ``)");
    expect(page).toContain("**Subject:** ``` a``b ```");
    // Outside code spans no tag is left (CommonMark: a run of n backticks ends only at a run of exactly n).
    const outsideCode = page.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
    expect(outsideCode).not.toContain("<img");
  });
});
