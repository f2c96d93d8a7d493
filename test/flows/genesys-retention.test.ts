import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { genesysRetention } from "../../src/flows/genesys-retention";
import { readTerraformJson } from "../../src/inventory/read-terraform-json";
import { terraformJson } from "../helpers/assess-config";

const catalog = builtInCatalog();
const inventoryWith = (actions: Record<string, unknown>) =>
  readTerraformJson(
    terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: { name: "Calls", media_policies: [{ call_policy: [{ actions: [actions] }] }] },
      },
    }),
    { scope: "t", origin: "t" },
  );

describe("how long the Genesys side keeps a flow's data", () => {
  test("recordings: the retention policy's deletion period; archiving is reported, not counted", () => {
    const side = genesysRetention(
      ["call_recording_audio"],
      inventoryWith({
        retain_recording: true,
        retention_duration: [
          { archive_retention: [{ days: 30, storage_medium: "CLOUDARCHIVE" }], delete_retention: [{ days: 400 }] },
        ],
      }),
      catalog,
    );
    expect(side).toEqual({
      days: 400,
      source:
        "genesyscloud_recording_media_retention_policy.calls media_policies.call_policy.actions.retention_duration.delete_retention.days, archived after 30 days",
    });
  });
  test("recordings kept with no deletion period: null, said so", () => {
    const side = genesysRetention(
      ["transcript_text"],
      inventoryWith({ retain_recording: true, retention_duration: [{ archive_retention: [{ days: 30 }] }] }),
      catalog,
    );
    expect(side.days).toBeNull();
    expect(side.source).toContain("keeps recordings with no deletion period");
  });
  test("screen recordings: their own deletion period counts when longer", () => {
    const side = genesysRetention(
      ["screen_recording"],
      inventoryWith({
        retain_recording: true,
        retention_duration: [{ delete_retention: [{ days: 60 }] }],
        initiate_screen_recording: [{ delete_retention: [{ days: 120 }] }],
      }),
      catalog,
    );
    expect(side.days).toBe(120);
  });
  test("no retention policy: the catalog's default for the data element", () => {
    const empty = readTerraformJson(terraformJson({}), { scope: "t", origin: "t" });
    expect(genesysRetention(["call_recording_audio", "contact_pii"], empty, catalog)).toEqual({
      days: 90,
      source: "catalog default for call and interaction recordings",
    });
    expect(genesysRetention(["contact_pii"], empty, catalog).days).toBeNull();
  });
});
