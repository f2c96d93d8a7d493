import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import { tempDir } from "../helpers/stacks";

// Apart from the other volume tests: it reads the shared corpus, which mutation testing's sandbox
// does not hold.
describe("volume and frequency in the corpus", () => {
  test("the EventBridge module of the corpus is a real-time stream with its topics named", async () => {
    const vars = path.join(tempDir("volume-vars-"), "vars.tfvars.json");
    fs.writeFileSync(
      vars,
      JSON.stringify({
        aws_account_id: "123456789012",
        aws_account_region: "eu-west-1",
        event_source_suffix: "cc",
        topic_filters: ["v2.detail.events.conversation.{id}.customer.end", "v2.detail.events.conversation.{id}.acw"],
      }),
    );
    const corpusModule = path.resolve(
      __dirname,
      "../../../shared/corpus/genesys-devops-modules/aws-event-bridge-module",
    );
    const [dpia] = (await runGate(corpusModule, { format: "json", varFile: [vars] })).report.dpias;
    expect(dpia!.data_flows[0]).toMatchObject({ frequency: "Real-time", scale: { population: "org_wide" } });
    expect(dpia!.data_flows[0]!.scale!.evidence.join(" ")).toContain("v2.detail.events.conversation.{id}.customer.end");
    expect(dpia!.screening.criteria.find((c) => c.short_id === "systematic_monitoring")!.evidence).toContain(
      "v2.detail.events.conversation.{id}.acw",
    );
    expect(dpia!.findings.map((f) => f.rule_id)).toContain("GC-VOL-1");
  });
});
