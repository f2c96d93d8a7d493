import type { GenesysResource, Inventory } from "./model";
import type { ResourceType } from "./resource-type";
import { parseTemplate } from "./expressions";

export type Attributes = Record<string, unknown>;

/** The first instance of a nested block (blocks are arrays after normalisation). */
export function firstBlock(attributes: Attributes | undefined, key: string): Attributes | undefined {
  const value = attributes?.[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === "object" ? (first as Attributes) : undefined;
}

export function allBlocks(attributes: Attributes | undefined, key: string): Attributes[] {
  const value = attributes?.[key];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.filter((item): item is Attributes => !!item && typeof item === "object");
}

export function stringAt(attributes: Attributes | undefined, key: string): string | undefined {
  const value = attributes?.[key];
  return typeof value === "string" ? value : undefined;
}

export function stringListAt(attributes: Attributes | undefined, key: string): string[] {
  const value = attributes?.[key];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? [value] : [];
}

/** A bool as Terraform reads it: `true`, `"true"`; anything unresolved is reported as "unknown". */
export function boolAt(attributes: Attributes | undefined, key: string): boolean | "unknown" | undefined {
  const value = attributes?.[key];
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  if (value === undefined) return undefined;
  return "unknown";
}

export function numberAt(attributes: Attributes | undefined, key: string): number | "unknown" | undefined {
  const value = attributes?.[key];
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  if (value === undefined) return undefined;
  return "unknown";
}

interface InventoryIndex {
  size: number;
  byAddress: Map<string, GenesysResource>;
  byType: Map<string, GenesysResource[]>;
}

/** Built once per list of resources (and again if it grows), so a look-up never scans the inventory. */
const indexes = new WeakMap<readonly GenesysResource[], InventoryIndex>();
let indexBuilds = 0;

function indexOf(inventory: Inventory): InventoryIndex {
  const cached = indexes.get(inventory.resources);
  if (cached && cached.size === inventory.resources.length) return cached;
  indexBuilds++;
  const byAddress = new Map<string, GenesysResource>();
  const byType = new Map<string, GenesysResource[]>();
  for (const resource of inventory.resources) {
    // The first of two resources with one address wins, as the readers keep the first and warn.
    if (!byAddress.has(resource.address)) byAddress.set(resource.address, resource);
    const ofType = byType.get(resource.type);
    if (ofType) ofType.push(resource);
    else byType.set(resource.type, [resource]);
  }
  const index = { size: inventory.resources.length, byAddress, byType };
  indexes.set(inventory.resources, index);
  return index;
}

/** How many times an index was built: a test keeps the cost of look-ups from growing with the inventory. */
export function inventoryIndexBuilds(): number {
  return indexBuilds;
}

export function findResource(inventory: Inventory, address: string): GenesysResource | undefined {
  return indexOf(inventory).byAddress.get(address);
}

/**
 * The resource an attribute such as `integration_id = "${genesyscloud_integration.crm.id}"`
 * points at. Returns `{ address }` with no resource when the target is outside the configuration.
 */
export function resolveReference(
  inventory: Inventory,
  value: unknown,
): { address?: string; resource?: GenesysResource; literal?: string } {
  if (typeof value !== "string") return {};
  const parts = parseTemplate(value);
  const reference = parts.find((part) => part.kind === "reference");
  if (reference && reference.kind === "reference") {
    return { address: reference.address, resource: findResource(inventory, reference.address) };
  }
  if (parts.every((part) => part.kind === "literal")) return { literal: value };
  return {};
}

export function resourcesOfType(inventory: Inventory, type: ResourceType): GenesysResource[] {
  return (indexOf(inventory).byType.get(type) ?? []).filter((resource) => resource.mode === "managed");
}
