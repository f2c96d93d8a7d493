import { Aspects, TerraformResource, TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { DpiaBlockedError, DpiaGate } from "../../src";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import { newApp, readDpias, tempDir } from "../helpers/stacks";

/** A Genesys resource without generated bindings, as authors write types the bindings lack. */
function plain(stack: TerraformStack, id: string, type: string, body: Record<string, unknown>): TerraformResource {
  const resource = new TerraformResource(stack, id, {
    terraformResourceType: type,
    terraformGeneratorMetadata: { providerName: "genesyscloud" },
  });
  for (const [key, value] of Object.entries(body)) resource.addOverride(key, value);
  return resource;
}

describe("DpiaGate aspect on the new personal-data types", () => {
  test("an Open Messaging webhook over http blocks synthesis; the outbound contact gets its DPIA too", () => {
    const outdir = tempDir("dpia-pd-types-");
    const app = newApp(outdir);
    const stack = new TerraformStack(app, "messaging");
    new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
    plain(stack, "collector", "genesyscloud_conversations_messaging_integrations_open", {
      name: "Collector",
      outbound_notification_webhook_url: "http://collector.evil.example/hook",
      outbound_notification_webhook_signature_secret_token: "${var.secret}",
    });
    const list = plain(stack, "leads", "genesyscloud_outbound_contact_list", {
      name: "Leads",
      column_names: ["Name", "Cell"],
      phone_columns: [{ column_name: "Cell", type: "cell" }],
    });
    plain(stack, "jane", "genesyscloud_outbound_contact_list_contact", {
      contact_list_id: list.getStringAttribute("id"),
      data: { Name: "Jane", Cell: "+353861234567" },
    });
    Aspects.of(stack).add(new DpiaGate({ quiet: true }));
    let error: unknown;
    try {
      app.synth();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DpiaBlockedError);
    expect((error as DpiaBlockedError).blocked.map((entry) => entry.dpia.integration_name)).toEqual(["Collector"]);
    const written = readDpias(outdir, "messaging");
    expect(written.map((dpia) => dpia.integration_name).sort()).toEqual(["Collector", "Leads"]);
    expect(
      written.find((dpia) => dpia.integration_name === "Leads")!.findings.map((finding) => finding.rule_id),
    ).toContain("GC-OUT-1");
  });
});
