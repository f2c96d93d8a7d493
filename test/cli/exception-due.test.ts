import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");
const SIGNED = [
  { approver_id: "dpo.anna", signed_at: at(-40), signature: "c2lnbmF0dXJlLW9uZQ==" },
  { approver_id: "sec.ben", signed_at: at(-40), signature: "c2lnbmF0dXJlLXR3bw==" },
];

function exception(id: string, endsInHours: number, extra: Record<string, unknown> = {}) {
  return {
    exception_id: id,
    dpia_id: `OAC-${id.toLowerCase()}`,
    integration_name: `Client ${id}`,
    subject_address: `genesyscloud_oauth_client.${id.toLowerCase().replace(/-/g, "_")}`,
    fingerprint: `sha256:${"b".repeat(64)}`,
    requester: "platform.oncall",
    reason: "The export must run before the contract renewal",
    ticket: `CHG-${id}`,
    requested_at: at(endsInHours - 30),
    not_before: at(endsInHours - 24),
    not_after: at(endsInHours),
    signatures: SIGNED,
    ...extra,
  };
}

let dir = "";
const dpia = (...args: string[]) => runDpia(args, { cwd: dir });

// One register for every case: the exceptions are imported once (import records them as they are;
// whether their signatures verify is the gate's question, not the listing's).
beforeAll(() => {
  dir = tempDir("dpia-exception-due-");
  const exceptions = [
    // A name with a bidi override and a line separator: shown escaped, kept as it is in the JSON's value.
    exception("EXC-expiring", 3, { integration_name: "Client \u202eEXC-expiring\u2028" }),
    exception("EXC-expired", -5),
    exception("EXC-unsigned", -2, { signatures: [SIGNED[0]] }),
    exception("EXC-old", -24 * 30),
    exception("EXC-later", 24 * 5),
    exception("EXC-renewed", -1),
    exception("EXC-renewal", 20, { renews: "EXC-renewed" }),
  ];
  fs.writeFileSync(path.join(dir, "exceptions.json"), JSON.stringify({ version: 1, exceptions }));
  const imported = dpia("exception", "import", "exceptions.json");
  expect(imported.status, imported.output).toBe(0);
}, 120_000);

describe("dpia exception due: expired and soon-expiring exceptions, expired first", () => {
  test("text: expired first with how long ago and what it leaves behind, then what expires soon", () => {
    const result = dpia("exception", "due");
    expect(result.status, result.output).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "EXPIRED EXC-expired",
      "EXPIRED EXC-unsigned",
      "EXPIRED EXC-renewed",
      "EXPIRING EXC-expiring",
      "EXPIRING EXC-renewal",
    ]);
    expect(lines[0]).toMatch(/expired \S+Z \(\d+h( \d+m)? ago\)/);
    expect(lines[0]).toContain("genesyscloud_oauth_client.exc_expired is blocked again");
    expect(lines[0]).toContain("ticket CHG-EXC-expired");
    expect(lines[1]).toContain("it never applied (1 of the 2 signatures it needed)");
    expect(lines[2]).toContain("is blocked again unless its renewal EXC-renewal applies");
    expect(lines[3]).toMatch(/expires \S+Z \(in [^)]+\)/);
    expect(result.stdout).not.toContain("EXC-old");
    expect(result.stdout).not.toContain("EXC-later");
  });

  test("the windows are options: a longer look-back and look-ahead list more", () => {
    const result = dpia("exception", "due", "--within", "6d", "--expired-within", "31d");
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain("EXPIRED   EXC-old");
    expect(result.stdout).toContain("EXPIRING  EXC-later");
    expect(result.stdout.indexOf("EXC-old")).toBeLessThan(result.stdout.indexOf("EXC-expired"));
  });

  test("json: the same list for a script", () => {
    const result = dpia("exception", "due", "--format", "json");
    expect(result.status, result.output).toBe(0);
    const entries = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(entries.map((entry) => [entry.state, entry.exception_id])).toEqual([
      ["expired", "EXC-expired"],
      ["expired", "EXC-unsigned"],
      ["expired", "EXC-renewed"],
      ["expiring", "EXC-expiring"],
      ["expiring", "EXC-renewal"],
    ]);
    expect(entries[0]).toMatchObject({
      subject_address: "genesyscloud_oauth_client.exc_expired",
      signatures: 2,
      ticket: "CHG-EXC-expired",
    });
    expect(entries[0]!.expired_seconds_ago).toBeGreaterThanOrEqual(5 * 3600 - 60);
    expect(entries[3]!.expires_in_seconds).toBeLessThanOrEqual(3 * 3600);
    expect(result.stdout).not.toMatch(/[\u2028\u202e]/);
    expect(entries[3]!.integration_name).toBe("Client \u202eEXC-expiring\u2028");
    expect(entries[2]).toMatchObject({ renewed_by: "EXC-renewal" });
  });

  test("nothing due says so, naming both windows", () => {
    const result = dpia("exception", "due", "--within", "1h", "--expired-within", "0.5h");
    expect(result.stdout).toBe("no exception expires within 1h, and none expired within 0.5h\n");
  });

  test.each([
    [["--within", "soon"], '--within: a number of hours or days such as 24h or 7d, got "soon"'],
    [["--expired-within", "-3h"], '--expired-within: a number of hours or days such as 24h or 7d, got "-3h"'],
    [["--format", "yaml"], '--format: one of text, json, got "yaml"'],
  ])("a bad option %j is exit 2 naming it", (args, message) => {
    const result = dpia("exception", "due", ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`dpia: ${message}`);
    expect(result.output).not.toContain("internal error");
  });

  test("a register that is not one is exit 2, never an empty list", () => {
    fs.writeFileSync(path.join(dir, "not-a-register.db"), "this is not SQLite");
    const result = dpia("exception", "due", "--register", path.join(dir, "not-a-register.db"));
    expect(result.status).toBe(2);
    expect(result.stdout).not.toContain("no exception");
    expect(result.output).not.toContain("internal error");
  });
});
