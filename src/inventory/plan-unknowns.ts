import { setOwnMember } from "../validation/own-member";
import type { BlockShapeProblem } from "./block-shapes";

/**
 * What a plan does not show: a value Terraform knows only after apply (`after_unknown`), or a
 * sensitive value that the plan holds but does not show (`after_sensitive`, with the value left out
 * or null, as tools that redact plans write it). Both are set, to a value nobody can read yet, so
 * they are read as unresolved expressions (fail closed), never as "not set".
 */
export const KNOWN_AFTER_APPLY = "${(known after apply)}";
export const SENSITIVE_HIDDEN = "${(sensitive value)}";

/** Is this one of the two values above, which agree with any configured constant? */
export const isHidden = (value: unknown): boolean => value === KNOWN_AFTER_APPLY || value === SENSITIVE_HIDDEN;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);
const isAbsent = (value: unknown) => value === undefined || value === null;

/** Does a mask (true, false, or a list or object of them) mark anything? */
function marksAny(mask: unknown): boolean {
  if (mask === true) return true;
  if (Array.isArray(mask)) return mask.some(marksAny);
  return isObject(mask) && Object.values(mask).some(marksAny);
}

/** The mask of a member: `true` covers everything inside it. */
function memberMask(mask: unknown, key: string | number): unknown {
  if (mask === true) return true;
  if (Array.isArray(mask)) return typeof key === "number" ? mask[key] : undefined;
  return isObject(mask) && Object.hasOwn(mask, key) ? mask[String(key)] : undefined;
}

/** A mask shaped differently from the value it covers (an object over a list): whatever it marks is hidden. */
function mismatched(value: unknown, mask: unknown): boolean {
  if (!Array.isArray(mask) && !isObject(mask)) return false;
  return Array.isArray(mask) !== Array.isArray(value) || isObject(mask) !== isObject(value);
}

/**
 * The value with what the masks mark replaced: known after apply wherever `unknown` is true;
 * hidden wherever `sensitive` is true and the value is left out or null (a sensitive value that
 * is shown is read as shown). Lists are matched by position and objects by key, as Terraform
 * writes them (an unknown list element is null, an unknown object member is left out).
 */
export function withHiddenValues(value: unknown, unknown: unknown, sensitive: unknown): unknown {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  // Nothing marked here or beneath (no mask, or false): the value as it is, shared, not copied.
  if ((unknown === undefined || unknown === false) && (sensitive === undefined || sensitive === false)) return value;
  if (isAbsent(value) || mismatched(value, unknown) || mismatched(value, sensitive)) {
    if (marksAny(unknown)) return KNOWN_AFTER_APPLY;
    if (isAbsent(value) && marksAny(sensitive)) return SENSITIVE_HIDDEN;
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) =>
      withHiddenValues(item, memberMask(unknown, index), memberMask(sensitive, index)),
    );
    // A list the mask says is longer than the one shown: what it marks beyond is there, unknown.
    const beyond = Array.isArray(unknown) ? unknown.slice(value.length) : [];
    return beyond.some(marksAny) ? [...items, KNOWN_AFTER_APPLY] : items;
  }
  if (!isObject(value)) return value;
  const out: Json = {};
  // A member named __proto__ stays a member.
  const put = (key: string, member: unknown) => setOwnMember(out, key, member);
  const keys = new Set([...Object.keys(value), ...Object.keys(isObject(unknown) ? unknown : {})]);
  for (const key of keys) {
    // A key only the mask names is not read through the prototype (`constructor` is no member of the value).
    const own = Object.hasOwn(value, key) ? value[key] : undefined;
    const member = withHiddenValues(own, memberMask(unknown, key), memberMask(sensitive, key));
    if (member !== undefined) put(key, member);
  }
  // A sensitive member left out entirely (a redacted plan) is still there.
  for (const key of Object.keys(isObject(sensitive) ? sensitive : {}))
    if (!Object.hasOwn(out, key) && memberMask(sensitive, key) === true) put(key, SENSITIVE_HIDDEN);
  return out;
}

/** Where a mask is not `true`, `false`, or a list or object of them: the plan cannot be read. */
export function maskProblems(mask: unknown, at: string, depth = 0): BlockShapeProblem[] {
  if (typeof mask === "boolean") return [];
  if (depth < 64 && (Array.isArray(mask) || isObject(mask)))
    return Object.entries(mask).flatMap(([key, member]) =>
      maskProblems(member, Array.isArray(mask) ? `${at}[${key}]` : `${at}.${key}`, depth + 1),
    );
  return [
    {
      at,
      expected: `true, false, or a list or object of them (the shape of the values it marks), got ${
        mask === null
          ? "null"
          : Array.isArray(mask) || isObject(mask)
            ? "a structure nested too deep"
            : `a ${typeof mask}`
      }`,
    },
  ];
}
