import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import type { LexiconEntry } from "../../../catalog/schema";
import { kindsOfField } from "../../field-names";
import type { InputBinding } from "./call-data-steps";
import { variableKey, type VariableWriter, type VariableWriters } from "./variable-writers";

const BuiltinSchema = z.array(
  z.object({
    name: z.string(),
    kinds: z.array(z.string()),
    fields: z.boolean().optional(),
    why: z.string(),
  }),
);
type Builtin = z.infer<typeof BuiltinSchema>[number];

let builtins: Builtin[] | undefined;

/** Architect's built-in variables (`Call.Ani`, `Email.Message.body`) and the kinds of data they hold. */
function builtinTable(): Builtin[] {
  builtins ??= BuiltinSchema.parse(
    JSON.parse(fs.readFileSync(path.join(__dirname, "architect-builtins.json"), "utf8")),
  ).sort((a, b) => b.name.length - a.name.length);
  return builtins;
}

/**
 * What a binding carries: kinds of data with where each was seen, and what could not be read.
 * `unread` is a value the flow or Genesys produced that the gate cannot type (an action's output,
 * a data table's row): the input contract of the action it is passed to says what it may be.
 * `unknown` is content the customer supplied that nothing types (keyed digits, what they say to a bot).
 */
export interface BindingData {
  kinds: Map<string, string[]>;
  unread: string[];
  unknown: string[];
}

export interface BindingContext {
  lexicon: LexiconEntry[];
  writers: VariableWriters;
  /** In a secure call flow, keyed digits are what secure flows exist for: card numbers. */
  secure: boolean;
}

const VARIABLE_SCOPES = new Set(["flow", "task", "state", "common", "slot", "memory"]);
/** Lookups whose result is a configuration object of the org (a queue, a user, a schedule), not a person's data. */
const CONFIGURATION_LOOKUPS = /^(find[A-Za-z]*|evaluateSchedule[A-Za-z]*|getQueue[A-Za-z]*)$/;
const CONTACT_LOOKUPS = /^getExternalContact$/i;
/** `conversationId`, `queueID`, `userIds`: a handle of a Genesys object, which holds no content of its own. */
const IDENTIFIER = /(^id|[a-z0-9_]Id|ID|[a-z0-9_]Ids)$/;
/** A reference in an Architect expression, after its string literals are removed. */
const REFERENCE = /\b[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?)+/g;
const MAX_DEPTH = 12;

function empty(): BindingData {
  return { kinds: new Map(), unread: [], unknown: [] };
}

function merge(into: BindingData, from: BindingData): void {
  for (const [kind, where] of from.kinds) into.kinds.set(kind, [...(into.kinds.get(kind) ?? []), ...where]);
  into.unread.push(...from.unread);
  into.unknown.push(...from.unknown);
}

function withKinds(kinds: string[], where: string): BindingData {
  return { kinds: new Map(kinds.map((kind) => [kind, [where]])), unread: [], unknown: [] };
}

function unread(reason: string): BindingData {
  return { kinds: new Map(), unread: [reason], unknown: [] };
}

function unknown(reason: string): BindingData {
  return { kinds: new Map(), unread: [], unknown: [reason] };
}

/** A field read by name: the lexicon's kinds, nothing for an identifier, else `fallback`. */
function byName(name: string, context: BindingContext, where: string, fallback: () => BindingData): BindingData {
  const kinds = kindsOfField(name, context.lexicon);
  if (kinds.length > 0) return withKinds(kinds, where);
  if (IDENTIFIER.test(name.split(".").at(-1) ?? name)) return empty();
  return fallback();
}

function builtinData(reference: string, builtin: Builtin, context: BindingContext): BindingData {
  const rest = reference
    .slice(builtin.name.length)
    .replace(/^\./, "")
    .replace(/\[[^\]]*\]/g, "");
  const own = () =>
    builtin.kinds.length > 0 || !builtin.fields
      ? withKinds(builtin.kinds, `${reference} (${builtin.why})`)
      : unread(`${reference}: ${builtin.why}, and this one is not a field the gate can read`);
  return builtin.fields && rest ? byName(rest, context, reference, own) : own();
}

function writerData(writer: VariableWriter, context: BindingContext, depth: number, seen: Set<string>): BindingData {
  switch (writer.kind) {
    case "value":
      return valueData(writer.binding, context, depth + 1, seen);
    case "output":
      return byName(writer.name, context, `output ${writer.name} at ${writer.where}`, () =>
        unread(`output ${writer.name} of a data action at ${writer.where}`),
      );
    case "attribute":
      return writer.name
        ? byName(writer.name, context, `participant data ${writer.name}`, () =>
            unread(`participant data ${writer.name} at ${writer.where}`),
          )
        : unread(`participant data named by an expression at ${writer.where}`);
    case "keyed":
      return context.secure
        ? withKinds(["card_pan"], `digits keyed in a secure call flow at ${writer.where}`)
        : unknown(`digits the caller keyed at ${writer.where}`);
    case "flow input":
      return unread(`an input of the flow, set by whatever starts it (${writer.where})`);
    case "action":
      if (CONFIGURATION_LOOKUPS.test(writer.action)) return empty();
      if (CONTACT_LOOKUPS.test(writer.action))
        return withKinds(["name", "email", "phone"], `external contact found at ${writer.where}`);
      return unread(`what ${writer.action} writes at ${writer.where}`);
  }
}

function variableData(reference: string, context: BindingContext, depth: number, seen: Set<string>): BindingData {
  const name = reference.slice(reference.indexOf(".") + 1).replace(/\[[^\]]*\]/g, "");
  return byName(name, context, reference, () => {
    const key = variableKey(reference);
    if (seen.has(key)) return empty();
    if (depth > MAX_DEPTH) return unread(`${reference}: set through more than ${MAX_DEPTH} steps`);
    const writers = context.writers.get(key) ?? [];
    if (writers.length === 0)
      return key.startsWith("slot.")
        ? unknown(`${reference}: what the customer said to the bot`)
        : unread(`${reference}: never set in this flow`);
    const data = empty();
    const inner = new Set([...seen, key]);
    for (const writer of writers) merge(data, writerData(writer, context, depth, inner));
    return data;
  });
}

function referenceData(reference: string, context: BindingContext, depth: number, seen: Set<string>): BindingData {
  const scope = reference.split(".")[0]!.toLowerCase();
  if (VARIABLE_SCOPES.has(scope)) return variableData(reference, context, depth, seen);
  const folded = reference.toLowerCase();
  const builtin = builtinTable().find(
    (entry) => folded === entry.name.toLowerCase() || folded.startsWith(`${entry.name.toLowerCase()}.`),
  );
  return builtin ? builtinData(reference, builtin, context) : unread(`${reference}: not a value the gate can read`);
}

function expressionData(expression: string, context: BindingContext, depth: number, seen: Set<string>): BindingData {
  const withoutStrings = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const data = empty();
  for (const [reference] of withoutStrings.matchAll(REFERENCE))
    merge(data, referenceData(reference, context, depth, seen));
  return data;
}

/** A value as Archy writes one (`exp:`, `lit:`, `var:`, `noValue:`): what it carries. */
function valueData(value: unknown, context: BindingContext, depth: number, seen: Set<string>): BindingData {
  if (value === undefined || value === null || typeof value !== "object") return empty();
  const written = value as Record<string, unknown>;
  if (typeof written.exp === "string") return expressionData(written.exp, context, depth, seen);
  if (typeof written.var === "string") return referenceData(written.var, context, depth, seen);
  if ("lit" in written || written.noValue === true) return empty();
  return unread(`a value written as ${Object.keys(written).join(", ") || "nothing"}`);
}

/**
 * What a flow passes to one input of a data action: `Call.Ani` is the caller's number,
 * `Email.Message.body` what the customer wrote, a variable what its name says or else what the
 * flow writes into it. Literals are configuration. What cannot be read is said, never taken for nothing.
 */
export function bindingData(binding: InputBinding, context: BindingContext): BindingData {
  switch (binding.form) {
    case "expression":
      return expressionData(binding.text, context, 0, new Set());
    case "variable":
      return referenceData(binding.text, context, 0, new Set());
    case "literal":
    case "none":
      return empty();
    case "unread":
      return unknown(`input ${binding.input} is bound as ${binding.text}, which the gate cannot read`);
  }
}
