import { describe, expect, test } from "vitest";
import { assessRisk, volumeAdjustment } from "../../src/assess/assess-risk";
import { levelIndex } from "../../src/assess/risk-scale";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import type { AssessmentSubject, DataFlow, FlowScale, Frequency } from "../../src/flows/model";
import type { Policy } from "../../src/policy/schema";
import { dpiaFor, terraformJson } from "../helpers/assess-config";

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
  const primary = {
    mode: "managed" as const,
    type: "genesyscloud_integration",
    name: "x",
    address: "genesyscloud_integration.x",
    attributes: {},
    location: {},
  };
  return {
    kind: "integration",
    primary,
    members: [primary],
    name: "x",
    flows: [flow],
    transfers: [],
    referencedHosts: [],
    transferNotes: [],
  };
}

describe("volume and frequency", () => {
  test("the same data sent on demand, per interaction, and as an org-wide real-time stream gives increasing risk", () => {
    const catalog = builtInCatalog();
    const once = assessRisk(
      subjectWith("On demand", { population: "single_record", evidence: ["one record"] }),
      [],
      catalog,
    );
    const perInteraction = assessRisk(
      subjectWith("Per interaction", { population: "single_record", evidence: ["each call"] }),
      [],
      catalog,
    );
    const stream = assessRisk(
      subjectWith("Real-time", { population: "org_wide", evidence: ["every conversation"] }),
      [],
      catalog,
    );
    expect(levelIndex(once.overall_risk_score)).toBeLessThan(levelIndex(perInteraction.overall_risk_score));
    expect(levelIndex(perInteraction.overall_risk_score)).toBeLessThan(levelIndex(stream.overall_risk_score));
    expect(stream.justification).toContain("large scale (the whole org)");
  });

  const stream = terraformJson({
    genesyscloud_integration: {
      events: {
        integration_type: "amazon-eventbridge-source",
        config: {
          name: "Events",
          properties: JSON.stringify({
            awsAccountId: "123456789012",
            awsAccountRegion: "eu-west-1",
            eventFilter: ["v2.detail.events.conversation.{id}.customer.end"],
          }),
        },
      },
    },
  });

  test("a declared volume overrides the inference and is shown as declared", () => {
    const inferred = dpiaFor(stream, "genesyscloud_integration.events");
    expect(inferred.screening.criteria.find((c) => c.short_id === "large_scale")!.met).toBe(true);
    const policy: Policy = { version: 1, volumes: [{ target: "Events", data_subjects_per_month: 800 }] };
    const declared = dpiaFor(stream, "genesyscloud_integration.events", policy);
    expect(declared.data_flows[0]!.scale!.declared).toEqual({ data_subjects_per_month: 800, large: false });
    expect(declared.description.scope).toContain("declared volume 800 data subjects a month");
    expect(declared.screening.criteria.find((c) => c.short_id === "large_scale")).toMatchObject({
      met: false,
      evidence: expect.stringContaining("below the large-scale threshold"),
    });
    expect(levelIndex(declared.risk_assessment.impact)).toBeLessThan(levelIndex(inferred.risk_assessment.impact));
    const large = dpiaFor(stream, "genesyscloud_integration.events", {
      version: 1,
      volumes: [{ target: "Events", data_subjects_per_month: 250_000 }],
    });
    expect(large.screening.criteria.find((c) => c.short_id === "large_scale")!.evidence).toContain(
      "declared 250000 a month",
    );
  });

  test("WP248 large scale is marked only with evidence", () => {
    const single = terraformJson({
      genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", config: { name: "CRM" } } },
      genesyscloud_integration_action: {
        a: {
          name: "A",
          category: "c",
          integration_id: "${genesyscloud_integration.crm.id}",
          secure: true,
          contract_input: JSON.stringify({ type: "object", properties: { email: { type: "string" } } }),
          contract_output: "{}",
          config_request: { request_type: "GET", request_url_template: "https://crm.example.eu/x" },
        },
      },
    });
    const criterion = dpiaFor(single, "genesyscloud_integration.crm").screening.criteria.find(
      (c) => c.short_id === "large_scale",
    )!;
    expect(criterion.met).toBe(false);
    expect(criterion.evidence).toContain("volume to be declared by the controller");
  });
});

describe("volumeAdjustment: how often and how far each flow reaches", () => {
  const withFlows = (...flows: Array<Partial<DataFlow>>): AssessmentSubject => {
    const base = subjectWith("On demand", { population: "single_record", evidence: [] });
    return {
      ...base,
      flows: flows.map((flow, index) => ({
        ...base.flows[0]!,
        via: `genesyscloud_integration_action.a${index}`,
        ...flow,
      })),
    };
  };
  test("flows without personal data do not move anything, however often they run", () => {
    expect(volumeAdjustment(withFlows())).toEqual({ likelihood: 0, impact: 0, reasons: [] });
    expect(
      volumeAdjustment(
        withFlows({ data_elements: [], frequency: "Real-time", scale: { population: "org_wide", evidence: [] } }),
      ),
    ).toEqual({ likelihood: 0, impact: 0, reasons: [] });
  });
  test("a stream raises likelihood, and impact when it reaches the whole org", () => {
    expect(
      volumeAdjustment(withFlows({ frequency: "Real-time", scale: { population: "org_wide", evidence: [] } })),
    ).toEqual({
      likelihood: 1,
      impact: 1,
      reasons: [
        "genesyscloud_integration_action.a0: real-time",
        "genesyscloud_integration_action.a0: large scale (the whole org)",
      ],
    });
    expect(
      volumeAdjustment(withFlows({ frequency: "Batch", scale: { population: "single_record", evidence: [] } })),
    ).toEqual({ likelihood: 1, impact: 0, reasons: ["genesyscloud_integration_action.a0: batch"] });
  });
  test("single records on demand lower likelihood; org-wide reach on demand alone does not move it", () => {
    expect(
      volumeAdjustment(withFlows({ frequency: "On demand", scale: { population: "single_record", evidence: [] } })),
    ).toEqual({ likelihood: -1, impact: 0, reasons: [] });
    expect(
      volumeAdjustment(withFlows({ frequency: "On demand", scale: { population: "org_wide", evidence: [] } })),
    ).toEqual({ likelihood: 0, impact: 0, reasons: [] });
    expect(
      volumeAdjustment(
        withFlows({ frequency: "Per interaction", scale: { population: "single_record", evidence: [] } }),
      ),
    ).toEqual({ likelihood: 0, impact: 0, reasons: [] });
  });
  test("a declared volume decides large scale, whatever the inferred reach", () => {
    expect(
      volumeAdjustment(
        withFlows({
          frequency: "Per interaction",
          scale: {
            population: "single_record",
            evidence: [],
            declared: { data_subjects_per_month: 250_000, large: true },
          },
        }),
      ),
    ).toEqual({
      likelihood: 0,
      impact: 1,
      reasons: ["genesyscloud_integration_action.a0: large scale (declared 250000 a month)"],
    });
    expect(
      volumeAdjustment(
        withFlows({
          frequency: "Real-time",
          scale: { population: "org_wide", evidence: [], declared: { records_per_month: 500, large: false } },
        }),
      ),
    ).toEqual({
      likelihood: 1,
      impact: 0,
      reasons: ["genesyscloud_integration_action.a0: real-time (declared volume)"],
    });
  });
  test("the largest move of any flow counts", () => {
    const result = volumeAdjustment(
      withFlows(
        { frequency: "On demand", scale: { population: "single_record", evidence: [] } },
        { frequency: "Batch", scale: { population: "single_record", evidence: [] } },
      ),
    );
    expect(result).toEqual({ likelihood: 1, impact: 0, reasons: ["genesyscloud_integration_action.a1: batch"] });
  });
});

describe("assessRisk: the justification the DPO reads", () => {
  const catalog = builtInCatalog();
  test("impact, volume, where the data goes, findings and the result, in that order", () => {
    const subject = subjectWith("Real-time", { population: "org_wide", evidence: ["every conversation"] });
    const finding = {
      rule_id: "GC-ACT-1" as const,
      severity: "High" as const,
      message: "secure is false",
      resource: "genesyscloud_integration_action.x",
    };
    const risk = assessRisk(subject, [finding], catalog);
    expect(risk.justification).toBe(
      `Impact ${risk.impact}: the flows carry customer contact details. Volume: genesyscloud_integration_action.x: real-time; genesyscloud_integration_action.x: large scale (the whole org). ` +
        `Data leaves the Genesys Cloud org to Example CRM (crm.example.eu). 1 finding, most severe: GC-ACT-1 (High): secure is false. Likelihood ${risk.likelihood}, overall ${risk.overall_risk_score}.`,
    );
  });
  test("a subject without personal data says so", () => {
    const subject = { ...subjectWith("On demand", { population: "single_record", evidence: [] }), flows: [] };
    expect(assessRisk(subject, [], catalog).justification).toBe(
      "No personal data was found in this configuration's data flows. Likelihood Low, overall Low.",
    );
  });
});
