import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import { runDpia } from "../helpers/run-cli";

const root = path.resolve(__dirname, "../..");
const folder = path.join(root, "test", "fixtures", "personal-data-types");

/** The real CLI, run from the fixture folder so that no policy file applies. */
function gate(...args: string[]) {
  return runDpia(["gate", folder, ...args], { cwd: folder });
}

describe("issue 10 acceptance: Open Messaging, outbound contact, data-table row and org pairing", () => {
  test(
    "dpia gate blocks the folder, with a DPIA for each personal-data resource and no personal data in the output",
    { timeout: 120_000 },
    () => {
      const run = gate("--format", "json");
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as { dpias: Dpia[]; summary: { exit_code: number } };
      const covering = (address: string) =>
        report.dpias.find((dpia) => dpia.resources.some((resource) => resource.address === address));

      const messaging = covering("genesyscloud_conversations_messaging_integrations_open.collector")!;
      expect(messaging.compliance_status).toBe("BLOCKED_FOR_DEPLOYMENT");
      expect(messaging.findings.map((finding) => finding.rule_id)).toEqual(
        expect.arrayContaining(["GC-FLW-3", "GC-DST-1"]),
      );
      expect(messaging.data_flows[0]!.destination_host).toBe("collector.evil.example");

      const contact = covering("genesyscloud_outbound_contact_list_contact.jane")!;
      expect(contact.findings.map((finding) => `${finding.rule_id} ${finding.resource}`)).toContain(
        "GC-OUT-1 genesyscloud_outbound_contact_list_contact.jane",
      );
      expect(contact.data_elements.map((element) => element.id)).toContain("contact_pii");

      const pairing = covering("genesyscloud_orgauthorization_pairing.partner")!;
      expect(pairing.findings.map((finding) => finding.rule_id)).toEqual(
        expect.arrayContaining(["GC-PAIR-1", "GC-DST-1"]),
      );

      const row = covering("genesyscloud_architect_datatable_row.jane")!;
      expect(row.findings.map((finding) => `${finding.rule_id} ${finding.resource}`)).toContain(
        "GC-DTR-1 genesyscloud_architect_datatable_row.jane",
      );
      expect(row.data_elements.map((element) => element.id)).toContain("contact_pii");

      // A DPIA for each of the four personal-data resources, and the one that posts messages out blocks.
      expect(new Set([messaging, contact, row, pairing].map((dpia) => dpia.dpia_id)).size).toBe(4);
      expect(run.stdout).not.toMatch(/Jane|jane\.doe@|861234567/);
    },
  );
});
