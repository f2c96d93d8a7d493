import { InputError } from "../validation/input-error";

export type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/**
 * Block access for Terraform's JSON syntax, where a labelled section or a block body may be an
 * object or a list of objects. Anything else is an input error naming the place, so a malformed
 * file can never read as a configuration with nothing in it.
 */
export function labelled(section: unknown, location: string, file: string): Array<[string, unknown]> {
  if (section === undefined || section === null) return [];
  if (isObject(section)) return Object.entries(section);
  if (Array.isArray(section) && section.every(isObject)) return section.flatMap((part) => Object.entries(part));
  throw new InputError([{ file, location, expected: "an object keyed by block label (or a list of such objects)" }]);
}

export function bodies(value: unknown, location: string, file: string): Body[] {
  if (isObject(value)) return [value];
  if (Array.isArray(value) && value.every(isObject)) return value;
  throw new InputError([{ file, location, expected: "a block body: an object, or a list of objects" }]);
}

export function rootObject(config: unknown, file: string): Body {
  if (isObject(config)) return config;
  throw new InputError([{ file, location: "", expected: "a Terraform JSON configuration: an object with resource, data and provider sections" }]);
}
