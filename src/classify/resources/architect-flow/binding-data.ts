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
  /** What the flows of the configuration that run this one pass to its inputs, by variable key (flow-invocations.ts). */
  inputs?: Map<string, BindingData>;
}

const VARIABLE_SCOPES = new Set(["flow", "task", "state", "common", "slot", "memory"]);
/** Lookups whose result is a configuration object of the org (a queue, a user, a schedule), not a person's data. */
const CONFIGURATION_LOOKUPS = /^(find[A-Za-z]*|evaluateSchedule[A-Za-z]*|getQueue[A-Za-z]*)$/;
const CONTACT_LOOKUPS = /^getExternalContact$/i;
/** `conversationId`, `queueID`, `userIds`: a handle of a Genesys object, which holds no content of its own. */
const IDENTIFIER = /(^id|[a-z0-9_]Id|ID|[a-z0-9_]Ids)$/;
/** A reference in an Architect expression, after its string literals are removed. */
const REFERENCE = /\b[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?)+/g;
const SHORTEST_CARD_NUMBER = 12;
/** Reasons kept per value: enough to show a reviewer, bounded however a flow is written. */
const MAX_REASONS = 5;

export function empty(): BindingData {
  return { kinds: new Map(), unread: [], unknown: [] };
}

function capped(into: string[], from: string[]): boolean {
  let grew = false;
  for (const reason of from)
    if (into.length < MAX_REASONS && !into.includes(reason)) {
      into.push(reason);
      grew = true;
    }
  return grew;
}

/** Adds `from` to `into`; true when `into` grew. */
export function merge(into: BindingData, from: BindingData): boolean {
  let grew = false;
  for (const [kind, where] of from.kinds) {
    if (!into.kinds.has(kind)) {
      into.kinds.set(kind, []);
      grew = true;
    }
    capped(into.kinds.get(kind)!, where);
  }
  const unreadGrew = capped(into.unread, from.unread);
  const unknownGrew = capped(into.unknown, from.unknown);
  return grew || unreadGrew || unknownGrew;
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
function byName(name: string, lexicon: LexiconEntry[], where: string, fallback: () => BindingData): BindingData {
  const kinds = kindsOfField(name, lexicon);
  if (kinds.length > 0) return withKinds(kinds, where);
  if (IDENTIFIER.test(name.split(".").at(-1) ?? name)) return empty();
  return fallback();
}

function builtinData(reference: string, builtin: Builtin, lexicon: LexiconEntry[]): BindingData {
  const rest = reference
    .slice(builtin.name.length)
    .replace(/^\./, "")
    .replace(/\[[^\]]*\]/g, "");
  const own = () =>
    builtin.kinds.length > 0 || !builtin.fields
      ? withKinds(builtin.kinds, `${reference} (${builtin.why})`)
      : unread(`${reference}: ${builtin.why}, and this one is not a field the gate can read`);
  return builtin.fields && rest ? byName(rest, lexicon, reference, own) : own();
}

/** A reference read on its own, or the variable whose writers decide it. */
type Reading = { data: BindingData } | { variable: string; reference: string };

function readReference(reference: string, context: BindingContext): Reading {
  const scope = reference.split(".")[0]!.toLowerCase();
  if (VARIABLE_SCOPES.has(scope)) {
    const name = reference.slice(reference.indexOf(".") + 1).replace(/\[[^\]]*\]/g, "");
    const key = variableKey(reference);
    let traced = false;
    const data = byName(name, context.lexicon, reference, () => {
      if (context.writers.has(key)) traced = true;
      return key.startsWith("slot.")
        ? unknown(`${reference}: what the customer said to the bot`)
        : unread(`${reference}: never set in this flow`);
    });
    return traced ? { variable: key, reference } : { data };
  }
  const folded = reference.toLowerCase();
  const builtin = builtinTable().find(
    (entry) => folded === entry.name.toLowerCase() || folded.startsWith(`${entry.name.toLowerCase()}.`),
  );
  return {
    data: builtin
      ? builtinData(reference, builtin, context.lexicon)
      : unread(`${reference}: not a value the gate can read`),
  };
}

/** A value as Archy writes one (`exp:`, `lit:`, `var:`, `noValue:`), read into references. */
function readValue(value: unknown, context: BindingContext): Reading[] {
  if (value === undefined || value === null || typeof value !== "object") return [];
  const written = value as Record<string, unknown>;
  if (typeof written.exp === "string") {
    const withoutStrings = written.exp.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    return [...withoutStrings.matchAll(REFERENCE)].map(([reference]) => readReference(reference, context));
  }
  if (typeof written.var === "string") return [readReference(written.var, context)];
  if ("lit" in written || written.noValue === true) return [];
  return [{ data: unread(`a value written as ${Object.keys(written).join(", ") || "nothing"}`) }];
}

function writerReadings(writer: VariableWriter, context: BindingContext, key: string): Reading[] {
  const data = (value: BindingData): Reading[] => [{ data: value }];
  switch (writer.kind) {
    case "value":
      return readValue(writer.binding, context);
    case "output":
      return data(
        byName(writer.name, context.lexicon, `output ${writer.name} at ${writer.where}`, () =>
          unread(`output ${writer.name} at ${writer.where}`),
        ),
      );
    case "attribute":
      return data(
        writer.name
          ? byName(writer.name, context.lexicon, `participant data ${writer.name}`, () =>
              unread(`participant data ${writer.name} at ${writer.where}`),
            )
          : unread(`participant data named by an expression at ${writer.where}`),
      );
    case "keyed":
      if (!context.secure) return data(unknown(`digits the caller keyed at ${writer.where}`));
      // A payment card number has 12 to 19 digits (ISO/IEC 7812, Maestro's shortest 12): in a secure flow, a step
      // that takes fewer collects a security code (3 or 4 digits) or a PIN (4 to 12, ISO 9564), sensitive
      // authentication data when it is the card's. A variable named for what it holds (Flow.Pin) is read by its name.
      return data(
        writer.maxDigits !== undefined && writer.maxDigits < SHORTEST_CARD_NUMBER
          ? withKinds(["card_sad"], `at most ${writer.maxDigits} digits keyed in a secure call flow at ${writer.where}`)
          : withKinds(["card_pan"], `digits keyed in a secure call flow at ${writer.where}`),
      );
    case "flow input": {
      // What the configuration's own callers pass, and still whatever a caller outside it may pass.
      const value = unread(`an input of the flow, set by whatever starts it (${writer.where})`);
      const passed = context.inputs?.get(key);
      if (passed) merge(value, passed);
      return data(value);
    }
    case "action":
      if (CONFIGURATION_LOOKUPS.test(writer.action)) return [];
      if (CONTACT_LOOKUPS.test(writer.action))
        return data(withKinds(["name", "email", "phone"], `external contact found at ${writer.where}`));
      return data(unread(`what ${writer.action} writes at ${writer.where}`));
  }
}

/**
 * What every flow variable may hold: the union of what its writers give, passed along from
 * variable to variable until nothing grows (a worklist: each variable is revisited only when one
 * it is written from grew, and what a value can hold is bounded, so any flow ends quickly).
 */
export function variableValues(context: BindingContext): Map<string, BindingData> {
  const values = new Map<string, BindingData>();
  const sources = new Map<string, string[]>();
  const dependents = new Map<string, string[]>();
  for (const [key, writers] of context.writers) {
    const value = empty();
    const from: string[] = [];
    for (const reading of writers.flatMap((writer) => writerReadings(writer, context, key)))
      if ("data" in reading) merge(value, reading.data);
      else {
        from.push(reading.variable);
        dependents.set(reading.variable, [...(dependents.get(reading.variable) ?? []), key]);
      }
    values.set(key, value);
    sources.set(key, from);
  }
  const pending = [...values.keys()];
  const queued = new Set(pending);
  while (pending.length > 0) {
    const key = pending.pop()!;
    queued.delete(key);
    const value = values.get(key)!;
    let grew = false;
    for (const source of sources.get(key)!) grew = merge(value, values.get(source) ?? empty()) || grew;
    if (!grew) continue;
    for (const dependent of dependents.get(key) ?? [])
      if (!queued.has(dependent)) {
        queued.add(dependent);
        pending.push(dependent);
      }
  }
  return values;
}

/**
 * What a flow passes to one input of a data action: `Call.Ani` is the caller's number,
 * `Email.Message.body` what the customer wrote, a variable what its name says or else what the
 * flow writes into it (`values`, from variableValues). Literals are configuration. What cannot be
 * read is said, never taken for nothing.
 */
export function bindingData(
  binding: InputBinding,
  context: BindingContext,
  values: Map<string, BindingData>,
): BindingData {
  if (binding.form === "literal" || binding.form === "none") return empty();
  if (binding.form === "unread")
    return unknown(`input ${binding.input} is bound as ${binding.text}, which the gate cannot read`);
  const value = binding.form === "expression" ? { exp: binding.text } : { var: binding.text };
  const data = empty();
  for (const reading of readValue(value, context))
    merge(data, "data" in reading ? reading.data : (values.get(reading.variable) ?? empty()));
  return data;
}
