/**
 * The differential conformance suite (issue 23): every vector in test/vectors/terraform-console is
 * what `terraform console` answered for an expression or a folder of variables; the gate must give
 * exactly that value or say "unresolved", never another value. Regenerate the vectors with
 * `npx tsx scripts/conformance/generate.ts --seed N` when Terraform changes.
 */
import { describe, expect, it } from "vitest";
import { formatConsoleValue, parseConsoleValue, renderOurs } from "./helpers/console-value";
import {
  readVectors,
  replayExpression,
  replayFolder,
  type Outcome,
  type Vector,
  type Verdict,
} from "./helpers/conformance-replay";

interface Tally {
  total: number;
  byOutcome: Record<Outcome, number>;
  byCategory: Map<string, Record<Outcome, number>>;
  wrong: Array<{ vector: Vector; verdict: Verdict }>;
  /** Unresolved because the gate refused (exit 2) what Terraform evaluates: not wrong, but worth a look. */
  refused: Array<{ vector: Vector; verdict: Verdict }>;
}

function tally(results: Array<{ vector: Vector; verdict: Verdict }>): Tally {
  const empty = (): Record<Outcome, number> => ({ answered: 0, unresolved: 0, wrong: 0, "not applicable": 0 });
  const result: Tally = { total: results.length, byOutcome: empty(), byCategory: new Map(), wrong: [], refused: [] };
  for (const { vector, verdict } of results) {
    result.byOutcome[verdict.outcome]++;
    if (!result.byCategory.has(vector.category)) result.byCategory.set(vector.category, empty());
    result.byCategory.get(vector.category)![verdict.outcome]++;
    if (verdict.outcome === "wrong") result.wrong.push({ vector, verdict });
    if (verdict.ours.startsWith("refused") && vector.terraform !== undefined) result.refused.push({ vector, verdict });
  }
  return result;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
}

function report(title: string, header: Record<string, unknown>, result: Tally): string {
  const lines = [
    `${title}: ${result.total} vectors from terraform ${String(header.terraform)}, seed ${String(header.seed)}`,
    `  answered ${result.byOutcome.answered} (${percent(result.byOutcome.answered, result.total)}), unresolved ${result.byOutcome.unresolved} (${percent(result.byOutcome.unresolved, result.total)}), wrong ${result.byOutcome.wrong}, not applicable ${result.byOutcome["not applicable"]}`,
  ];
  for (const [category, counts] of [...result.byCategory].sort()) {
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    lines.push(
      `  ${category.padEnd(22)} ${String(total).padStart(5)}: answered ${counts.answered}, unresolved ${counts.unresolved}, wrong ${counts.wrong}${counts["not applicable"] ? `, n/a ${counts["not applicable"]}` : ""}`,
    );
  }
  for (const { vector, verdict } of result.refused.slice(0, 20))
    lines.push(
      `REFUSED (Terraform answers ${vector.terraform!.split("\n")[0]!}) ${vector.expression}: ${verdict.ours}`,
    );
  if (result.refused.length > 20) lines.push(`... and ${result.refused.length - 20} more refused`);
  for (const { vector, verdict } of result.wrong) {
    const place = vector.files
      ? `${vector.expression} in ${JSON.stringify({ files: vector.files, args: vector.args, env: vector.env })}`
      : vector.expression;
    lines.push(
      `WRONG [${vector.category}] ${place}\n  ours:      ${verdict.ours.replace(/\n/g, "\n             ")}\n  terraform: ${(vector.terraform ?? `error: ${vector.error}`).replace(/\n/g, "\n             ")}`,
    );
  }
  return lines.join("\n");
}

describe("conformance with terraform console", () => {
  it("parses every answer Terraform printed and prints it back byte for byte", () => {
    const answers = ["expressions.jsonl", "folders.jsonl", "set-order.jsonl"].flatMap((file) =>
      readVectors(file).vectors.flatMap((vector) => (vector.terraform === undefined ? [] : [vector.terraform])),
    );
    const differing = answers.filter((text) => formatConsoleValue(parseConsoleValue(text)) !== text);
    expect(differing).toEqual([]);
  });

  it("renders our values in the console's syntax, taking only collection kinds and null types from Terraform", () => {
    const set = parseConsoleValue('toset([\n  "a",\n  "b",\n])');
    expect(renderOurs(["a", "b"], set)).toBe('toset([\n  "a",\n  "b",\n])');
    expect(renderOurs(["b", "a"], set)).not.toBe('toset([\n  "a",\n  "b",\n])');
    expect(renderOurs({ b: 1, "10": 2, "9": 3 }, undefined)).toBe('{\n  "10" = 2\n  "9" = 3\n  "b" = 1\n}');
    expect(renderOurs(["x\ny"], undefined)).toBe("[\n  <<-EOT\n  x\n  y\n  EOT,\n]");
    expect(renderOurs("\u00a0\u0000é😀\t", undefined)).toBe('"\\u00a0\\x00é😀\\t"');
    expect(renderOurs(1e21, undefined)).toBe("1000000000000000000000");
    expect(renderOurs(-1.5e-7, undefined)).toBe("-0.00000015");
    expect(renderOurs(null, parseConsoleValue("tostring(null)"))).toBe("tostring(null)");
    expect(renderOurs("1", parseConsoleValue("1"))).toBe('"1"');
  });

  it("evaluates every expression vector to Terraform's value or leaves it unresolved", () => {
    const { header, vectors } = readVectors("expressions.jsonl");
    expect(vectors.length).toBeGreaterThanOrEqual(5000);
    const result = tally(vectors.map((vector) => ({ vector, verdict: replayExpression(vector) })));
    console.log(report("expressions", header, result));
    expect(result.wrong.map(({ vector }) => vector.expression)).toEqual([]);
    // 7,184 expressions, each parsed by Terraform's parser: about 20 s alone, over 50 s on a loaded machine.
  }, 300_000);

  it("reads every folder vector (variables from every source, heredocs) as Terraform does or leaves it unresolved", async () => {
    const { header, vectors } = readVectors("folders.jsonl");
    const results: Array<{ vector: Vector; verdict: Verdict }> = [];
    for (const vector of vectors) results.push({ vector, verdict: await replayFolder(vector) });
    const result = tally(results);
    console.log(report("folders", header, result));
    expect(result.wrong.map(({ vector }) => vector.expression)).toEqual([]);
  }, 300_000);

  it("orders sets of objects as cty does (by their hash bytes), or leaves the order unresolved", async () => {
    const { header, vectors } = readVectors("set-order.jsonl");
    const results: Array<{ vector: Vector; verdict: Verdict }> = [];
    for (const vector of vectors) results.push({ vector, verdict: await replayFolder(vector) });
    const result = tally(results);
    console.log(report("set order", header, result));
    expect(result.wrong.map(({ vector }) => vector.expression)).toEqual([]);
    // Printable ASCII and short integers are modelled: about a third of the generated sets (52 of 150).
    expect(result.byOutcome.answered).toBeGreaterThanOrEqual(45);
  }, 300_000);
});
