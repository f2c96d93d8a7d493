import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import type { Random } from "../harness";
import { dpiaInProcess } from "./in-process-cli";
import { contractFailure, getAt, mutateJson, setAt, timed, type OracleKind } from "./kind";

const EXAMPLE = path.resolve(__dirname, "../../../examples/vendor-retention");
const HOST = "api.marketing-cloud.example.com";
/** The Genesys side keeps the recordings 90 days: the vendor may keep them no longer. */
const NEEDED_DAYS = 90;

/**
 * Days in an ISO 8601 duration read pessimistically (a month 31 days, a year 366, any part of a
 * day a whole day), or undefined when it does not read: the oracle's own reading.
 */
function pessimisticDays(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!match || value === "P" || value.endsWith("T")) return undefined;
  const [y, mo, w, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  return y! * 366 + mo! * 31 + w! * 7 + d! + Math.ceil((h! * 3600 + mi! * 60 + s!) / 86_400);
}

/** Whether the record names the host: exactly, or by a `*.` pattern matched on whole labels. */
function claims(record: unknown): boolean {
  const hosts = getAt(record, ["vendor_data_capability", "hosts"]);
  return (
    Array.isArray(hosts) &&
    hosts.some(
      (host) =>
        typeof host === "string" &&
        (host.toLowerCase() === HOST || (host.startsWith("*.") && HOST.endsWith(host.slice(1).toLowerCase()))),
    )
  );
}

/**
 * The oracle, for a record that may stand for the receiving vendor: the blocked base (365 + 30
 * days against 90) is approved only if a record that parses either does not claim the host (no
 * vendor: GC-VEN-1, High, by design) or keeps the data, live and in backups, no longer than needed.
 * An answer or file that is not JSON is exit 2.
 */
function judgeVendorCase(records: unknown[] | "unreadable", exitCode: number): string | undefined {
  if (records === "unreadable")
    return exitCode === 2 ? undefined : `an unreadable vendor answer gave exit ${exitCode}, expected 2`;
  if (exitCode !== 0) return undefined;
  const claiming = records.filter(claims);
  if (claiming.length === 0) return undefined;
  const days = claiming.map((record) => {
    const live = pessimisticDays(getAt(record, ["vendor_data_capability", "retention", "live"]));
    const backups = getAt(record, ["vendor_data_capability", "retention", "backups"]);
    const backupDays = backups === undefined ? 0 : pessimisticDays(backups);
    return live === undefined || backupDays === undefined ? Infinity : live + backupDays;
  });
  const longest = Math.max(...days);
  return longest <= NEEDED_DAYS
    ? undefined
    : `approved although the vendor's record keeps the data ${longest === Infinity ? "for a time that does not read" : `${longest} days`} against ${NEEDED_DAYS} needed`;
}

const DURATIONS = [
  "P365D",
  "P90D",
  "P91D",
  "P89D",
  "P1D",
  "P0D",
  "PT0S",
  "P13W",
  "P12W6D",
  "PT2160H",
  "PT2161H",
  "P90DT11H",
  "P-1D",
  "p30d",
  "P1Y",
  "P3M",
  "P0.5D",
  "P99999999999999999999D",
  "",
  30,
];

function mutateRecord(record: unknown, rng: Random): { mutation: string; document: unknown } {
  if (rng.int(3) === 0) {
    const at = rng.pick([
      ["vendor_data_capability", "retention", "live"],
      ["vendor_data_capability", "retention", "backups"],
    ]);
    const value = rng.pick(DURATIONS);
    let document = setAt(record, at, value);
    if (rng.int(2) === 0)
      document = setAt(
        document,
        ["vendor_data_capability", "retention", at[2] === "live" ? "backups" : "live"],
        rng.pick(DURATIONS),
      );
    return { mutation: `retention ${at[2]}`, document };
  }
  if (rng.int(4) === 0) {
    const hosts = rng.pick([
      [],
      ["*.example.com"],
      ["*.com"],
      [HOST.toUpperCase()],
      [`${HOST}.`],
      ["other.example"],
      HOST,
    ]);
    return { mutation: "hosts", document: setAt(record, ["vendor_data_capability", "hosts"], hosts) };
  }
  return mutateJson(record, rng);
}

/** The vendor-retention example with its record in a file, or answered by a local vendor-risk API. */
export async function vendorRecordsKind(root: string): Promise<OracleKind> {
  fs.cpSync(EXAMPLE, root, { recursive: true });
  const recordFile = path.join(root, "vendors", "example-marketing-cloud.json");
  const record = JSON.parse(fs.readFileSync(recordFile, "utf8")) as unknown;
  const filePolicy = path.join(root, "dpia.policy.json");
  const policy = JSON.parse(fs.readFileSync(filePolicy, "utf8")) as Record<string, unknown>;
  let answer = "";
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" }).end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const apiPolicy = path.join(root, "api.policy.json");
  // The cache named in the policy (root is a temporary folder, outside any git work tree), so that
  // each case can clear it without touching the per-user cache folder.
  const cacheFile = path.join(root, "vendor-cache.json");
  fs.writeFileSync(
    apiPolicy,
    JSON.stringify({ ...policy, vendors: { api: { url, timeout_ms: 5_000, retries: 0 }, cache: { file: cacheFile } } }),
  );
  let n = 0;
  const gate = async (policyFile: string) => {
    // Each case stands alone: an answer cached by an earlier case would answer for this one
    // without asking the source under test.
    fs.rmSync(cacheFile, { force: true });
    const register = path.join(root, "registers", String(n), "register.db");
    fs.mkdirSync(path.dirname(register), { recursive: true });
    const result = await timed(() =>
      dpiaInProcess(["gate", root, "--policy", policyFile, "--register", register, "--format", "json"]),
    );
    fs.rmSync(path.dirname(register), { recursive: true, force: true });
    return result;
  };
  const evaluate = async (text: string, base: string, mutation = "given") => {
    const viaApi = base === "API answer";
    if (viaApi) answer = text;
    else fs.writeFileSync(recordFile, text);
    const { outcome, ms } = await gate(viaApi ? apiPolicy : filePolicy);
    fs.writeFileSync(recordFile, JSON.stringify(record, null, 2));
    let records: unknown[] | "unreadable";
    try {
      const parsed = JSON.parse(text) as unknown;
      records = viaApi ? ((parsed as { vendors?: unknown })?.vendors as unknown[]) : [parsed];
      if (!Array.isArray(records)) records = "unreadable";
    } catch {
      records = "unreadable";
    }
    const failure = contractFailure(outcome, ms) ?? judgeVendorCase(records, outcome.exitCode);
    return {
      kind: "vendor records" as const,
      base,
      mutation: `${base} / ${mutation}`,
      exitCode: outcome.exitCode,
      ms,
      input: text,
      ...(failure ? { failure } : {}),
    };
  };
  return {
    name: "vendor records",
    runCase: async (rng) => {
      const viaApi = n++ % 2 === 1;
      const { mutation, document } = mutateRecord(record, rng);
      let text = viaApi ? JSON.stringify({ vendors: [document] }) : JSON.stringify(document, null, 2);
      if (rng.int(10) === 0) text = text.slice(0, rng.int(text.length));
      return evaluate(text, viaApi ? "API answer" : "file", mutation);
    },
    evaluate,
  };
}
