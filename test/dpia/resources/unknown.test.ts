import * as path from "node:path";
import * as fs from "node:fs";
import { describe, expect, test } from "vitest";
import { assess, dpiaFor, terraformJson } from "../../helpers/assess-config";
import { tempDir } from "../../helpers/stacks";
import { runGate } from "../../../src/cli/commands/gate";

describe("types without a dedicated assessment are assessed from the catalog", () => {
  test("only a configuration whose every resource is rated none gives 0 DPIAs", () => {
    expect(
      assess(
        terraformJson(
          {
            genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } },
            genesyscloud_routing_skill: { s: { name: "French" } },
          },
          null,
        ),
      ).dpias,
    ).toEqual([]);
  });
  test("a catalogued type's destination attribute becomes a flow to that host, and an expression an unknown destination", () => {
    const organization = (url: string) =>
      terraformJson({
        genesyscloud_externalcontacts_organization: { acme: { name: "Acme", external_data_sources: [{ url }] } },
      });
    const named = dpiaFor(
      organization("https://crm.partner.example/orgs/1"),
      "genesyscloud_externalcontacts_organization.acme",
    );
    expect(named.data_flows.map((flow) => [flow.destination_kind, flow.destination_host])).toEqual([
      ["third_party", "crm.partner.example"],
    ]);
    const hidden = dpiaFor(organization("${var.crm_url}"), "genesyscloud_externalcontacts_organization.acme");
    expect(hidden.data_flows.map((flow) => flow.destination_kind)).toEqual(["unknown"]);
  });
});

describe("an unknown type with binary values cannot be assessed", () => {
  test("the gate stops with exit 2 naming the file and the attribute, and without printing the value", async () => {
    const dir = tempDir("unknown-binary-");
    const file = path.join(dir, "main.tf.json");
    fs.writeFileSync(
      file,
      JSON.stringify(terraformJson({ genesyscloud_brand_new: { x: { blob: "PK\u0003\u0004secret\u0000payload" } } })),
    );
    fs.writeFileSync(path.join(dir, "none.json"), JSON.stringify({ version: 1 }));
    const error = await runGate(file, { format: "json", policy: path.join(dir, "none.json") }).catch(
      (problem: Error) => problem,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("InputError");
    expect((error as Error).message).toContain("genesyscloud_brand_new.x.blob");
    expect((error as Error).message).not.toContain("secret");
  }, 60_000);
});
