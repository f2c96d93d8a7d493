import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { assessRisk } from "../../src/assess/assess-risk";
import { levelIndex } from "../../src/assess/risk-scale";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { runGate } from "../../src/cli/commands/gate";
import type { AssessmentSubject, DataFlow, FlowScale, Frequency } from "../../src/flows/model";
import type { Policy } from "../../src/policy/schema";
import { dpiaFor, terraformJson } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";
import * as fs from "node:fs";

function subjectWith(frequency: Frequency, scale: FlowScale): AssessmentSubject {
  const flow: DataFlow = {
    source: "Genesys Cloud CX org (EU (Ireland), eu-west-1)",
    destination: { name: "Example CRM (crm.example.eu)", kind: "third_party", country: "DE", vendor: "Example CRM" },
    data_elements: ["contact_pii"],
    processing_nature: "test",
    frequency,
    scale,
    via: "genesyscloud_integration_action.x",
  };
  const primary = { mode: "managed" as const, type: "genesyscloud_integration", name: "x", address: "genesyscloud_integration.x", attributes: {}, location: {} };
  return { kind: "integration", primary, members: [primary], name: "x", flows: [flow], transfers: [], referencedHosts: [], transferNotes: [] };
}

describe("volume and frequency", () => {
  test("the same data sent on demand, per interaction, and as an org-wide real-time stream gives increasing risk", () => {
    const catalog = builtInCatalog();
    const once = assessRisk(subjectWith("On demand", { population: "single_record", evidence: ["one record"] }), [], catalog);
    const perInteraction = assessRisk(subjectWith("Per interaction", { population: "single_record", evidence: ["each call"] }), [], catalog);
    const stream = assessRisk(subjectWith("Real-time", { population: "org_wide", evidence: ["every conversation"] }), [], catalog);
    expect(levelIndex(once.overall_risk_score)).toBeLessThan(levelIndex(perInteraction.overall_risk_score));
    expect(levelIndex(perInteraction.overall_risk_score)).toBeLessThan(levelIndex(stream.overall_risk_score));
    expect(stream.justification).toContain("large scale (the whole org)");
  });

  const stream = terraformJson({
    genesyscloud_integration: {
      events: { integration_type: "amazon-eventbridge-source", config: { name: "Events", properties: JSON.stringify({ awsAccountId: "123456789012", awsAccountRegion: "eu-west-1", eventFilter: ["v2.detail.events.conversation.{id}.customer.end"] }) } },
    },
  });

  test("a declared volume overrides the inference and is shown as declared", () => {
    const inferred = dpiaFor(stream, "genesyscloud_integration.events");
    expect(inferred.screening.criteria.find((c) => c.short_id === "large_scale")!.met).toBe(true);
    const policy: Policy = { version: 1, volumes: [{ target: "Events", data_subjects_per_month: 800 }] };
    const declared = dpiaFor(stream, "genesyscloud_integration.events", policy);
    expect(declared.data_flows[0]!.scale!.declared).toEqual({ data_subjects_per_month: 800, large: false });
    expect(declared.description.scope).toContain("declared volume 800 data subjects a month");
    expect(declared.screening.criteria.find((c) => c.short_id === "large_scale")).toMatchObject({ met: false, evidence: expect.stringContaining("below the large-scale threshold") });
    expect(levelIndex(declared.risk_assessment.impact)).toBeLessThan(levelIndex(inferred.risk_assessment.impact));
    const large = dpiaFor(stream, "genesyscloud_integration.events", { version: 1, volumes: [{ target: "Events", data_subjects_per_month: 250_000 }] });
    expect(large.screening.criteria.find((c) => c.short_id === "large_scale")!.evidence).toContain("declared 250000 a month");
  });

  test("WP248 large scale is marked only with evidence", () => {
    const single = terraformJson({
      genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } } },
      genesyscloud_integration_action: {
        a: { name: "A", category: "c", integration_id: "${genesyscloud_integration.crm.id}", secure: true, contract_input: JSON.stringify({ type: "object", properties: { email: { type: "string" } } }), contract_output: "{}", config_request: { request_type: "GET", request_url_template: "https://crm.example.eu/x" } },
      },
    });
    const criterion = dpiaFor(single, "genesyscloud_integration.crm").screening.criteria.find((c) => c.short_id === "large_scale")!;
    expect(criterion.met).toBe(false);
    expect(criterion.evidence).toContain("volume to be declared by the controller");
  });

  test("the EventBridge module of the corpus is a real-time stream with its topics named", async () => {
    const vars = path.join(tempDir("volume-vars-"), "vars.tfvars.json");
    fs.writeFileSync(vars, JSON.stringify({ aws_account_id: "123456789012", aws_account_region: "eu-west-1", event_source_suffix: "cc", topic_filters: ["v2.detail.events.conversation.{id}.customer.end", "v2.detail.events.conversation.{id}.acw"] }));
    const corpusModule = path.resolve(__dirname, "../../../shared/corpus/genesys-devops-modules/aws-event-bridge-module");
    const [dpia] = (await runGate(corpusModule, { format: "json", varFile: [vars] })).report.dpias;
    expect(dpia!.data_flows[0]).toMatchObject({ frequency: "Real-time", scale: { population: "org_wide" } });
    expect(dpia!.data_flows[0]!.scale!.evidence.join(" ")).toContain("v2.detail.events.conversation.{id}.customer.end");
    expect(dpia!.screening.criteria.find((c) => c.short_id === "systematic_monitoring")!.evidence).toContain("v2.detail.events.conversation.{id}.acw");
    expect(dpia!.findings.map((f) => f.rule_id)).toContain("GC-VOL-1");
  });
});
