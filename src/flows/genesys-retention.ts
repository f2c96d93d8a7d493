import { dataElement, inSentence } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import { retentionActions } from "../inventory/attributes/retention-actions";
import { boolAt, firstBlock, numberAt } from "../inventory/lookup";
import type { Inventory } from "../inventory/model";
import { hasType } from "../inventory/resource-type";

/** How long the Genesys side keeps a flow's data, and where that figure comes from. */
export interface RetentionSide {
  /** Days; null when the data is kept with no deletion period or nothing says how long. */
  days: number | null;
  source: string;
}

const RECORDED = new Set(["call_recording_audio", "screen_recording", "message_content", "transcript_text"]);

/** A retention block's deletion period; archiving only moves recordings, so it is reported, not counted. */
function retentionOf(block: Record<string, unknown> | undefined, at: string): RetentionSide {
  const days = numberAt(firstBlock(block, "delete_retention"), "days");
  const archived = numberAt(firstBlock(block, "archive_retention"), "days");
  const archive = typeof archived === "number" ? `, archived after ${archived} days` : "";
  return typeof days === "number"
    ? { days, source: `${at}.delete_retention.days${archive}` }
    : { days: null, source: `${at} keeps recordings with no deletion period${archive}` };
}

/**
 * Recordings and conversation content: the longest deletion period of the retention policies in the
 * configuration (a policy that keeps them without one wins). Other data: the catalog's default.
 */
export function genesysRetention(elementIds: readonly string[], inventory: Inventory, catalog: Catalog): RetentionSide {
  if (elementIds.some((id) => RECORDED.has(id))) {
    const periods: RetentionSide[] = [];
    const screen = elementIds.includes("screen_recording");
    for (const policy of inventory.resources) {
      if (!hasType(policy, "genesyscloud_recording_media_retention_policy") || policy.mode !== "managed") continue;
      for (const { path, actions } of retentionActions(policy.attributes)) {
        if (boolAt(actions, "retain_recording") === false || boolAt(actions, "always_delete") === true) continue;
        periods.push(
          retentionOf(firstBlock(actions, "retention_duration"), `${policy.address} ${path}.retention_duration`),
        );
        const screenRecording = firstBlock(actions, "initiate_screen_recording");
        if (screen && screenRecording)
          periods.push(retentionOf(screenRecording, `${policy.address} ${path}.initiate_screen_recording`));
      }
    }
    const endless = periods.find((period) => period.days === null);
    if (endless) return endless;
    const longest = periods.sort((a, b) => (b.days ?? 0) - (a.days ?? 0))[0];
    if (longest) return longest;
  }
  const defaults = elementIds
    .map((id) => dataElement(catalog, id))
    .filter((element) => element.default_retention_days !== null)
    .sort((a, b) => (a.default_retention_days ?? 0) - (b.default_retention_days ?? 0));
  const shortest = defaults[0];
  return shortest
    ? { days: shortest.default_retention_days, source: `catalog default for ${inSentence(shortest.name)}` }
    : { days: null, source: "no retention period is configured or known for this data" };
}
