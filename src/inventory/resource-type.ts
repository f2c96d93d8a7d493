/**
 * A resource's type comes from the user's configuration and may be anything (an unknown type is a
 * finding, not an error); code compares it with types through these helpers, so that the types it
 * names are checked by the compiler and a misspelt one does not compile.
 */
import { RESOURCE_TYPES, type ResourceType } from "./resource-types";

export type { ResourceType };

const KNOWN: ReadonlySet<string> = new Set(RESOURCE_TYPES);

function isResourceType(type: string): type is ResourceType {
  return KNOWN.has(type);
}

/** Whether a type read from the configuration is one of the types. */
export function typeIn(type: string, ...types: readonly ResourceType[]): boolean {
  return types.some((candidate) => candidate === type);
}

/** Whether the resource exists and is of one of the types. */
export function hasType(resource: { type: string } | undefined, ...types: readonly ResourceType[]): boolean {
  return resource !== undefined && typeIn(resource.type, ...types);
}

/** The resource when it exists and is of one of the types, else undefined. */
export function ofType<R extends { type: string }>(
  resource: R | undefined,
  ...types: readonly ResourceType[]
): R | undefined {
  return hasType(resource, ...types) ? resource : undefined;
}

/** The entry a table keyed by resource type holds for a type read from the configuration. */
export function entryFor<T>(table: Partial<Record<ResourceType, T>>, type: string): T | undefined {
  return isResourceType(type) && Object.hasOwn(table, type) ? table[type] : undefined;
}

/** The types a table keyed by resource type has entries for. */
export function typesOf(table: Partial<Record<ResourceType, unknown>>): ResourceType[] {
  return Object.keys(table).filter(isResourceType);
}

/** Data actions, their drafts and custom authentication actions: what an integration calls. */
export const ACTION_TYPES = [
  "genesyscloud_integration_action",
  "genesyscloud_integration_action_draft",
  "genesyscloud_integration_custom_auth_action",
] as const satisfies readonly ResourceType[];
