import { firstBlock } from "../lookup";
import type { GenesysResource } from "../model";

/** Integration config `properties` is a JSON string; undefined when absent or unreadable. */
export function integrationProperties(resource: GenesysResource): {
  value?: Record<string, unknown>;
  unreadable: boolean;
} {
  const raw = firstBlock(resource.attributes, "config")?.properties;
  if (raw === undefined) return { unreadable: false };
  if (raw && typeof raw === "object") return { value: raw as Record<string, unknown>, unreadable: false };
  if (typeof raw !== "string") return { unreadable: true };
  try {
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === "object" ? { value: parsed, unreadable: false } : { unreadable: true };
  } catch {
    return { unreadable: true };
  }
}

export function eventFilterTopics(properties: Record<string, unknown> | undefined): string[] {
  const filter = properties?.eventFilter;
  if (Array.isArray(filter)) return filter.filter((topic): topic is string => typeof topic === "string");
  return typeof filter === "string"
    ? filter
        .split(",")
        .map((topic) => topic.trim())
        .filter(Boolean)
    : [];
}
