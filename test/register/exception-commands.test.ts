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
