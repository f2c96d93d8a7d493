// The policy file's reference page, generated from its published JSON Schema (schemas/policy.schema.json).
interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
}

interface Row {
  path: string;
  schema: JsonSchema;
  required: boolean;
}

const HEADER = `# Policy file reference

<!-- Generated from schemas/policy.schema.json by \`npx tsx scripts/generate-reference-docs.ts\`; do not edit.
     test/docs/reference-docs.test.ts fails when this page differs from the schema. -->

\`dpia.policy.json\` in the working folder (or \`--policy <file>\`), checked against
[\`schemas/policy.schema.json\`](../schemas/policy.schema.json) before anything is assessed: a key the
schema does not name, or a value of another type, is exit 2 naming the file, the JSON path and what was
expected. What each part does is explained in [concepts](concepts.md), [exceptions](exceptions.md),
[vendors](vendors.md), [content scanning](content-scanning.md) and [drift](drift.md); this page lists
every key. A repository's policy can make the gate stricter, never more lenient than the built-in
catalog and the trust root's floors.

A path \`a[].b\` is the key \`b\` of each element of the array \`a\`; \`a.*\` is any key of the object \`a\`.
`;

export function renderPolicyReference(schema: object): string {
  return renderSchema(schema as JsonSchema);
}

function renderSchema(schema: JsonSchema): string {
  const sections = Object.entries(schema.properties ?? {}).map(([key, property]) => {
    const required = (schema.required ?? []).includes(key);
    const rows = rowsOf(key, property, required);
    const intro = property.description ? `${sentence(property.description)}\n\n` : "";
    const table = rows.map(
      (row) =>
        `| \`${row.path}\` | ${typeOf(row.schema)} | ${row.required ? "yes" : ""} | ${cell(row.schema.description ?? "")} |`,
    );
    return `## \`${key}\`\n\n${intro}| key | value | required | meaning |\n| --- | --- | --- | --- |\n${table.join("\n")}\n`;
  });
  const contents = Object.keys(schema.properties ?? {}).map(
    (key) => `[\`${key}\`](#${key.replace(/[^a-z0-9_-]/g, "")})`,
  );
  return `${HEADER}\nKeys: ${contents.join(", ")}.\n\n${sections.join("\n")}`;
}

function rowsOf(path: string, schema: JsonSchema, required: boolean): Row[] {
  const rows: Row[] = [{ path, schema, required }];
  const object = schema.items ?? schema;
  const prefix = schema.items ? `${path}[]` : path;
  for (const [key, property] of Object.entries(object.properties ?? {}))
    rows.push(...rowsOf(`${prefix}.${key}`, property, (object.required ?? []).includes(key)));
  if (typeof object.additionalProperties === "object" && object.additionalProperties.properties)
    rows.push(...rowsOf(`${prefix}.*`, object.additionalProperties, false).slice(1));
  return rows;
}

function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return `one of ${schema.enum.map((value) => `\`${String(value)}\``).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  const base = schema.items ? `array of ${schema.items.properties ? "objects" : typeOf(schema.items)}` : type;
  return [base, ...limitsOf(schema)].join(", ");
}

function limitsOf(schema: JsonSchema): string[] {
  const limits: string[] = [];
  if (schema.format) limits.push(`format \`${schema.format}\``);
  if (schema.pattern) limits.push(`matching \`${schema.pattern.replace(/\|/g, "\\|")}\``);
  if (schema.minLength !== undefined && schema.minLength > 1) limits.push(`at least ${schema.minLength} characters`);
  if (schema.minItems !== undefined) limits.push(`at least ${schema.minItems}`);
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) limits.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) limits.push(`≤ ${schema.maximum}`);
  if (schema.default !== undefined) limits.push(`default \`${JSON.stringify(schema.default)}\``);
  if (typeof schema.additionalProperties === "object" && !schema.additionalProperties.properties)
    limits.push(`values: ${typeOf(schema.additionalProperties)}`);
  return limits;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function sentence(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}
