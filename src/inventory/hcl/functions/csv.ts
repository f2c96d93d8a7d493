import { EvaluationFailure, NotExact, type HclObject, type HclValue } from "../values";

/**
 * One CSV record per line as Go's encoding/csv reads it with Terraform's settings (comma-separated, strict quotes,
 * every record as long as the first): a field in quotes may hold commas, line breaks and `""`; a quote anywhere
 * else, text after a closing quote, or a record of another length is an error. Empty lines are skipped and
 * "\r\n" is a line break. A lone "\r" or a byte-order mark is left to Terraform (not exact).
 */
function records(text: string): string[][] {
  if (/\r(?!\n)/.test(text) || text.startsWith("\ufeff")) throw new NotExact("csvdecode: a carriage return or BOM");
  const source = text.replace(/\r\n/g, "\n");
  const rows: string[][] = [];
  let at = 0;
  while (at < source.length) {
    if (source[at] === "\n") {
      at++;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field = "";
      if (source[at] === '"') {
        at++;
        for (;;) {
          if (at >= source.length) throw new EvaluationFailure("csvdecode: a quoted field that does not end");
          if (source[at] === '"') {
            if (source[at + 1] === '"') {
              field += '"';
              at += 2;
              continue;
            }
            at++;
            break;
          }
          field += source[at++];
        }
        if (at < source.length && source[at] !== "," && source[at] !== "\n")
          throw new EvaluationFailure('csvdecode: extraneous or missing " in quoted field');
      } else {
        while (at < source.length && source[at] !== "," && source[at] !== "\n") {
          if (source[at] === '"') throw new EvaluationFailure('csvdecode: bare " in non-quoted field');
          field += source[at++];
        }
      }
      row.push(field);
      if (source[at] === ",") {
        at++;
        continue;
      }
      at++;
      break;
    }
    if (rows.length > 0 && row.length !== rows[0]!.length)
      throw new EvaluationFailure("csvdecode: a record with the wrong number of fields");
    rows.push(row);
  }
  return rows;
}

/** `csvdecode`: the first record names the columns, every other is an object of strings (terraform 1.11.4). */
export function csvDecode(text: string): HclValue {
  const [header, ...rows] = records(text);
  if (!header) throw new EvaluationFailure("csvdecode: missing header line");
  if (new Set(header).size !== header.length) throw new EvaluationFailure("csvdecode: duplicate column name");
  return rows.map((row) => {
    const object: HclObject = {};
    header.forEach((name, index) => (object[name] = row[index]!));
    return object;
  });
}
