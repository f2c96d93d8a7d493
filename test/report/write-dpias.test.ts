import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test, vi } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { enforce } from "../../src/exceptions/enforce";
import { applyPolicy } from "../../src/policy/load-policy";
import { InputError } from "../../src/validation/input-error";
import { writeDpias } from "../../src/report/write-dpias";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

const validations = vi.hoisted(() => ({ count: new Map<string, number>() }));
vi.mock("../../src/validation/schema-validator", async (original) => {
  const actual = await original<typeof import("../../src/validation/schema-validator")>();
  return {
    ...actual,
    validateAgainst: (...args: Parameters<typeof actual.validateAgainst>) => {
      validations.count.set(args[2], (validations.count.get(args[2]) ?? 0) + 1);
      return actual.validateAgainst(...args);
    },
  };
});

const CONFIG = terraformJson(webServiceAction({}));
const fresh = () => assess(CONFIG).dpias;
const at = (dpias: Dpia[], timestamp: string) => dpias.map((dpia) => ({ ...dpia, timestamp }));

/** What each file of the folder holds and when it was last written. */
function snapshot(dir: string): Record<string, { text: string; mtimeMs: number }> {
  return Object.fromEntries(
    fs.readdirSync(dir).map((name) => {
      const file = path.join(dir, name);
      return [name, { text: fs.readFileSync(file, "utf8"), mtimeMs: fs.statSync(file).mtimeMs }];
    }),
  );
}

function backdate(dir: string): void {
  const past = new Date("2026-01-01T00:00:00Z");
  for (const name of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, name), past, past);
}

describe("writeDpias: only what changed is written", () => {
  test("a DPIA whose content did not change keeps its files, their times and its first timestamp", () => {
    const dir = tempDir("dpia-write-unchanged-");
    const first = writeDpias(dir, at(fresh(), "2026-01-15T09:30:00Z"), { html: true });
    const before = snapshot(dir);
    expect(Object.keys(before).sort()).toEqual(
      first.flatMap(({ dpia }) => ["html", "json", "md"].map((ext) => `${dpia.dpia_id}.${ext}`)).sort(),
    );
    const again = writeDpias(dir, at(fresh(), "2026-01-16T10:00:00Z"), { html: true });
    expect(snapshot(dir)).toEqual(before);
    expect(again.map(({ jsonFile }) => jsonFile)).toEqual(first.map(({ jsonFile }) => jsonFile));
    const kept = JSON.parse(fs.readFileSync(first[0]!.jsonFile, "utf8")) as Dpia;
    expect(kept.timestamp).toBe("2026-01-15T09:30:00Z");
  });

  test("a DPIA whose content changed is written again, JSON and renderings, with the new timestamp", () => {
    const dir = tempDir("dpia-write-changed-");
    const [dpia] = fresh();
    writeDpias(dir, at([dpia!], "2026-01-15T09:30:00Z"), { html: true });
    const changed = { ...dpia!, timestamp: "2026-01-16T10:00:00Z", integration_name: "CRM renamed" };
    writeDpias(dir, [changed], { html: true });
    const files = snapshot(dir);
    expect(JSON.parse(files[`${dpia!.dpia_id}.json`]!.text)).toEqual(changed);
    expect(files[`${dpia!.dpia_id}.md`]!.text).toContain("CRM renamed");
    expect(files[`${dpia!.dpia_id}.md`]!.text).toContain("2026-01-16T10:00:00Z");
    expect(files[`${dpia!.dpia_id}.html`]!.text).toContain("CRM renamed");
  });

  test("a rendering deleted, edited or replaced is rendered again from the kept JSON; the JSON is left alone", () => {
    const dir = tempDir("dpia-write-renderings-");
    const [written] = writeDpias(dir, at(fresh(), "2026-01-15T09:30:00Z"), { html: true });
    const html = written!.jsonFile.replace(/\.json$/, ".html");
    const markdown = fs.readFileSync(written!.markdownFile, "utf8");
    const page = fs.readFileSync(html, "utf8");
    const jsonTime = fs.statSync(written!.jsonFile).mtimeMs;
    fs.rmSync(written!.markdownFile);
    fs.writeFileSync(html, page.replace("BLOCKED FOR DEPLOYMENT", "APPROVED FOR DEPLOYMENT"));
    writeDpias(dir, at(fresh(), "2026-01-16T10:00:00Z"), { html: true });
    expect(fs.readFileSync(written!.markdownFile, "utf8")).toBe(markdown);
    expect(fs.readFileSync(html, "utf8")).toBe(page);
    expect(fs.statSync(written!.jsonFile).mtimeMs).toBe(jsonTime);
    // An edit that keeps the file's length and restores nothing of its time is found all the same.
    fs.writeFileSync(written!.markdownFile, markdown.replace("Overall risk", "Overall RISK"));
    fs.rmSync(html);
    fs.symlinkSync(written!.jsonFile, html);
    writeDpias(dir, at(fresh(), "2026-01-17T10:00:00Z"), { html: true });
    expect(fs.readFileSync(written!.markdownFile, "utf8")).toBe(markdown);
    expect(fs.lstatSync(html).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(html, "utf8")).toBe(page);
  });

  test("a rendering put in place with the JSON's time (mv, cp -p, touch -r) is rendered again: its change time gives it away", () => {
    const dir = tempDir("dpia-write-swapped-");
    const [written] = writeDpias(dir, at(fresh(), "2026-01-15T09:30:00Z"));
    const markdown = fs.readFileSync(written!.markdownFile, "utf8");
    const jsonTime = fs.statSync(written!.jsonFile).mtime;
    // A second later than the files were stamped, as any hand or script that follows a synth is.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_100);
    const forged = path.join(dir, "forged.tmp");
    fs.writeFileSync(forged, markdown.replace(/\*\*Status:\*\* [A-Z ]+/, "**Status:** APPROVED FOR DEPLOYMENT"));
    fs.utimesSync(forged, jsonTime, jsonTime);
    fs.renameSync(forged, written!.markdownFile);
    expect(fs.statSync(written!.markdownFile).mtimeMs).toBe(fs.statSync(written!.jsonFile).mtimeMs);
    writeDpias(dir, at(fresh(), "2026-01-16T10:00:00Z"));
    expect(fs.readFileSync(written!.markdownFile, "utf8")).toBe(markdown);
  });

  test("pruning removes only earlier DPIA files; a folder that is a link is refused, not written through", () => {
    const dir = tempDir("dpia-write-prune-");
    const [dpia] = fresh();
    const others = ["README.md", "notes.json", "package.json"];
    for (const name of others) fs.writeFileSync(path.join(dir, name), "{}\n");
    fs.mkdirSync(path.join(dir, "INT-a-folder-123abc.json"));
    fs.writeFileSync(path.join(dir, "INT-gone-abc123.json"), "{}\n");
    fs.writeFileSync(path.join(dir, "INT-gone-abc123.md"), "# gone\n");
    writeDpias(dir, [dpia!]);
    expect(fs.readdirSync(dir).sort()).toEqual(
      [...others, "INT-a-folder-123abc.json", `${dpia!.dpia_id}.json`, `${dpia!.dpia_id}.md`].sort(),
    );
    const outside = tempDir("dpia-write-prune-outside-");
    fs.writeFileSync(path.join(outside, "INT-precious-abc123.md"), "precious\n");
    const link = path.join(tempDir("dpia-write-prune-stack-"), "dpia");
    fs.symlinkSync(outside, link);
    expect(() => writeDpias(link, [dpia!])).toThrow(InputError);
    expect(() => writeDpias(link, [dpia!])).toThrow(`${link}: a folder of its own for the DPIAs, not a link`);
    expect(fs.readdirSync(outside)).toEqual(["INT-precious-abc123.md"]);
  });

  test("a JSON edited by hand (status, timestamp in the future or not one the gate writes) is written again", () => {
    const dir = tempDir("dpia-write-edited-");
    const [written] = writeDpias(dir, at(fresh(), "2026-01-15T09:30:00Z"));
    const original = fs.readFileSync(written!.jsonFile, "utf8");
    const edits = [
      original.replace(/"overall_risk_score": "[A-Za-z]+"/, '"overall_risk_score": "None"'),
      original.replace('"timestamp": "2026-01-15T09:30:00Z"', '"timestamp": "2099-01-01T00:00:00Z"'),
      original.replace('"timestamp": "2026-01-15T09:30:00Z"', '"timestamp": "2026-01-15T09:30:00.000Z <b>"'),
      original.replace("\n}\n", ',\n  "timestamp": "2026-01-15T09:30:00Z"\n}\n'),
    ];
    for (const edited of edits) {
      expect(edited).not.toBe(original);
      fs.writeFileSync(written!.jsonFile, edited);
      backdate(dir);
      writeDpias(dir, at(fresh(), "2026-01-16T10:00:00Z"));
      const now = fs.readFileSync(written!.jsonFile, "utf8");
      expect(now).toBe(original.replace("2026-01-15T09:30:00Z", "2026-01-16T10:00:00Z"));
      expect(fs.readFileSync(written!.markdownFile, "utf8")).toContain("2026-01-16T10:00:00Z");
      fs.writeFileSync(written!.jsonFile, original);
    }
  });

  test("a link planted where a file or its temporary file goes is replaced, never written through", () => {
    const dir = tempDir("dpia-write-links-");
    const outside = path.join(tempDir("dpia-write-outside-"), "precious.txt");
    fs.writeFileSync(outside, "precious\n");
    const [dpia] = fresh();
    const jsonFile = path.join(dir, `${dpia!.dpia_id}.json`);
    fs.symlinkSync(outside, jsonFile);
    fs.symlinkSync(outside, `${path.join(dir, `${dpia!.dpia_id}.md`)}.${process.pid}.tmp`);
    writeDpias(dir, [dpia!]);
    expect(fs.readFileSync(outside, "utf8")).toBe("precious\n");
    expect(fs.lstatSync(jsonFile).isSymbolicLink()).toBe(false);
    expect(JSON.parse(fs.readFileSync(jsonFile, "utf8"))).toEqual(dpia);
    expect(fs.readdirSync(dir).sort()).toEqual([`${dpia!.dpia_id}.json`, `${dpia!.dpia_id}.md`]);
  });

  test("a file that cannot be read or written is an input error naming it, never an internal one", () => {
    const dir = tempDir("dpia-write-fault-");
    const [dpia] = fresh();
    fs.mkdirSync(path.join(dir, `${dpia!.dpia_id}.json`));
    expect(() => writeDpias(dir, [dpia!], { html: true })).toThrow(InputError);
    expect(() => writeDpias(dir, [dpia!], { html: true })).toThrow(
      `${path.join(dir, `${dpia!.dpia_id}.json`)}: a file that can be written (EISDIR)`,
    );
    fs.rmdirSync(path.join(dir, `${dpia!.dpia_id}.json`));
    fs.mkdirSync(path.join(dir, `${dpia!.dpia_id}.md`));
    expect(() => writeDpias(dir, [dpia!])).toThrow(
      `${path.join(dir, `${dpia!.dpia_id}.md`)}: a file that can be written (EISDIR)`,
    );
    // A folder where the temporary file goes: the clean-up fails too, and the write's own failure is reported.
    fs.rmdirSync(path.join(dir, `${dpia!.dpia_id}.md`));
    fs.mkdirSync(path.join(dir, `${dpia!.dpia_id}.md.${process.pid}.tmp`));
    expect(() => writeDpias(dir, [dpia!])).toThrow(InputError);
    expect(() => writeDpias(dir, [dpia!])).toThrow(
      `${path.join(dir, `${dpia!.dpia_id}.md`)}: a file that can be written`,
    );
  });
});

describe("each DPIA is validated once", () => {
  test("assessed, enforced and written: one schema validation per DPIA", () => {
    const dir = tempDir("dpia-write-validated-");
    validations.count.clear();
    const assessed = assess(CONFIG);
    const { result } = enforce(assessed, { exceptions: [] }, applyPolicy(undefined), new Date("2026-01-15T09:30:00Z"));
    writeDpias(dir, result.dpias, { html: true });
    writeDpias(dir, result.dpias, { html: true });
    expect(result.dpias.length).toBeGreaterThan(0);
    expect([...validations.count.entries()]).toEqual(result.dpias.map((dpia) => [`DPIA ${dpia.dpia_id}`, 1]));
  });

  test("a DPIA that fails the schema is still refused, and not written", () => {
    const dir = tempDir("dpia-write-invalid-");
    const [dpia] = fresh();
    const invalid = { ...dpia!, compliance_status: "MAYBE" } as unknown as Dpia;
    expect(() => writeDpias(dir, [invalid])).toThrow(InputError);
    expect(() => writeDpias(dir, [invalid])).toThrow(/compliance_status/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
