import type { Catalog, DataElement, IntegrationType, Region, ResourceTypeEntry, ScopeEntry } from "./schema";

export function dataElement(catalog: Catalog, id: string): DataElement {
  const element = catalog.data_elements.find((entry) => entry.id === id);
  if (!element) throw new Error(`data element "${id}" is not in the catalog`);
  return element;
}

export function scopeEntry(catalog: Catalog, scope: string): ScopeEntry | undefined {
  return catalog.scopes.find((entry) => entry.scopes.includes(scope));
}

export function integrationType(catalog: Catalog, id: string): IntegrationType | undefined {
  return catalog.integration_types.find((entry) => entry.id === id);
}

/** What the catalog says about a provider resource type; undefined when the type is not classified. */
export function resourceTypeInfo(catalog: Catalog, type: string): ResourceTypeEntry | undefined {
  return Object.hasOwn(catalog.resourceTypes.resource_types, type)
    ? catalog.resourceTypes.resource_types[type]
    : undefined;
}

export function region(catalog: Catalog, awsRegion: string): Region | undefined {
  return catalog.regions.find((entry) => entry.aws_region === awsRegion.toLowerCase());
}

/** Data elements a notification topic carries; undefined when the catalog does not know the topic. */
export function topicDataElements(catalog: Catalog, topic: string): string[] | undefined {
  const segments = topic.split(".");
  const matches = catalog.topics.filter((entry) => {
    const pattern = entry.pattern.split(".");
    return pattern.length <= segments.length && pattern.every((part, i) => part === "{id}" || part === segments[i]);
  });
  if (matches.length === 0) return undefined;
  const longest = Math.max(...matches.map((entry) => entry.pattern.split(".").length));
  return [
    ...new Set(
      matches.filter((entry) => entry.pattern.split(".").length === longest).flatMap((entry) => entry.data_elements),
    ),
  ];
}

/** A data element's name inside a sentence: "Payment card number (PAN)" → "payment card number (PAN)". */
export function inSentence(name: string): string {
  return /^[A-Z][A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
