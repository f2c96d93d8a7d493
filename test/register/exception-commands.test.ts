import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";
import { tempFolder } from "./helpers";

const root = path.resolve(__dirname, "../..");
const plan = path.join(root, "test", "fixtures", "three-forms", "plan.json");

function dpia(cwd: string, ...args: string[]) {
  return runDpia(args, { cwd });
}

describe("an exception is requested for the DPIA the register recorded, never for an edited file", () => {
  test("a DPIA file edited to look harmless, or one the register never recorded, is refused (exit 2); the file as written is not", () => {
    const dir = tempFolder("dpia-exception-forged-");
    expect(dpia(dir, "gate", plan, "--out", "out").status).toBe(1);
    const written = JSON.parse(fs.readFileSync(path.join(dir, "out", "OAC-exporter-2c08fc.json"), "utf8")) as Record<
      string,
      unknown
    > & { risk_assessment: Record<string, unknown> };
    const request = (file: string) =>
      dpia(
        dir,
        "exception",
        "request",
        file,
        "--reason",
        "The exporter must run for the quarterly audit first",
        "--ticket",
        "CHG-8",
        "--hours",
        "6",
      );
    const forged = {
      ...written,
      integration_name: "Exporter (internal QA only)",
      risk_assessment: { ...written.risk_assessment, overall_risk_score: "Low" },
      findings: [],
      blocking_findings: [],
      risks: [],
    };
    fs.writeFileSync(path.join(dir, "forged.json"), JSON.stringify(forged));
    const refused = request("forged.json");
    expect(refused.status, refused.output).toBe(2);
    expect(refused.output).toContain("says something else was assessed than every assessment of OAC-exporter-2c08fc");
    fs.writeFileSync(path.join(dir, "unknown.json"), JSON.stringify({ ...written, dpia_id: "OAC-other-000000" }));
    expect(request("unknown.json").output).toContain("it holds no assessment of OAC-other-000000");
    // A later timestamp, or the exception notes of a run that could not record, are not what was assessed.
    fs.writeFileSync(
      path.join(dir, "later.json"),
      JSON.stringify({ ...written, timestamp: "2030-01-01T00:00:00Z", exception_notes: ["a note of another run"] }),
    );
    const accepted = request("later.json");
    expect(accepted.status, accepted.output).toBe(0);
    expect(accepted.stdout).toContain('requested for "Exporter"');
  });
});

describe("exception requests and renewals live in the register; the JSON file is import and export", () => {
  test("request → renew → export → import into another register → due lists both", () => {
    const dir = tempFolder("dpia-exception-commands-");
    expect(dpia(dir, "gate", plan, "--out", "out").status).toBe(1);
    const requested = dpia(
      dir,
      "exception",
      "request",
      "out/OAC-exporter-2c08fc.json",
      "--reason",
      "Exporter must run for the quarterly audit before review completes",
      "--ticket",
      "CHG-7",
      "--hours",
      "6",
    );
    expect(requested.status, requested.output).toBe(0);
    const id = /^(EXC-[a-z0-9-]+) requested/m.exec(requested.stdout)![1]!;
    const renewed = dpia(dir, "exception", "renew", id, "--hours", "12");
    expect(renewed.status, renewed.output).toBe(0);
    const renewal = /^(EXC-[a-z0-9-]+) renews/m.exec(renewed.stdout)![1]!;
    const records = JSON.parse(dpia(dir, "register", "export", "--format", "records").stdout) as Array<{
      kind: string;
      subject: string;
      data: { exception?: { renews?: string } };
    }>;
    expect(
      records.filter((record) => record.kind.startsWith("exception-")).map((record) => [record.kind, record.subject]),
    ).toEqual([
      ["exception-requested", id],
      ["exception-renewed", renewal],
    ]);
    expect(records.find((record) => record.subject === renewal)!.data.exception!.renews).toBe(id);

    expect(dpia(dir, "exception", "export", "exported.json").stdout).toContain("2 exception(s) written");
    const elsewhere = tempFolder("dpia-exception-import-");
    fs.copyFileSync(path.join(dir, "exported.json"), path.join(elsewhere, "exported.json"));
    expect(dpia(elsewhere, "exception", "import", "exported.json").stdout).toContain("2 of 2 exception(s)");
    expect(dpia(elsewhere, "exception", "import", "exported.json").stdout).toContain("0 of 2 exception(s)");
    const due = dpia(elsewhere, "exception", "due", "--within", "24h").stdout;
    expect(due).toContain(id);
    expect(due).toContain(renewal);
    fs.writeFileSync(path.join(elsewhere, "broken.json"), '{ "version": 1, "exceptions": [ { "exception_id": 3 } ] }');
    const broken = dpia(elsewhere, "exception", "import", "broken.json");
    expect(broken.status).toBe(2);
    expect(broken.output).toContain("broken.json: exceptions[0]");
    expect(dpia(dir, "exception", "renew", "EXC-none").status).toBe(2);
  }, 600_000);
});
