import { describe, expect, test } from "vitest";
import { screen } from "../../src/assess/screening";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import type { ResourceClassification } from "../../src/classify/model";
import type { AssessmentSubject, DataFlow } from "../../src/flows/model";

// The WP248 screening the DPO reads first: which criteria are met, on what evidence, and whether a
// DPIA is required. Each criterion is marked only on evidence from the configuration.

const catalog = builtInCatalog();
const PRIMARY = {
  mode: "managed" as const,
  type: "genesyscloud_oauth_client",
  name: "app",
  address: "genesyscloud_oauth_client.app",
  attributes: {},
  location: {},
};

function flow(body: Partial<DataFlow>): DataFlow {
  return {
    source: "Genesys Cloud CX org (EU (Ireland), eu-west-1)",
    destination: { name: "Example CRM (crm.example.eu)", kind: "third_party", country: "DE", vendor: "Example CRM" },
    data_elements: ["contact_pii"],
    processing_nature: "test",
    frequency: "On demand",
    scale: { population: "single_record", evidence: [] },
    via: "genesyscloud_integration_action.lookup",
    ...body,
  };
}

function subjectOf(...flows: DataFlow[]): AssessmentSubject {
  return {
    kind: "oauth_client",
    primary: PRIMARY,
    members: [PRIMARY],
    name: "app",
    flows,
    transfers: [],
    referencedHosts: [],
    transferNotes: [],
  } as AssessmentSubject;
}

function withAccess(
  access: Partial<NonNullable<ResourceClassification["access"]>>,
): Map<string, ResourceClassification> {
  return new Map([
    [
      PRIMARY.address,
      {
        address: PRIMARY.address,
        elements: [],
        unknowns: [],
        access: { grantType: "CLIENT-CREDENTIALS", scopes: [], grants: [], ...access },
      },
    ],
  ]);
}

const criterion = (result: ReturnType<typeof screen>, shortId: string) =>
  result.criteria.find((entry) => entry.short_id === shortId)!;
const met = (result: ReturnType<typeof screen>) =>
  result.criteria.filter((entry) => entry.met).map((entry) => entry.id);

describe("WP248 screening", () => {
  test("contact details sent to a CRM on demand: only matching and combining, and no DPIA required on that count", () => {
    const result = screen(subjectOf(flow({})), new Map(), catalog);
    expect(met(result)).toEqual(["C6"]);
    expect(criterion(result, "matching_combining").evidence).toBe(
      "customer identifiers are joined with Example CRM (crm.example.eu)",
    );
    expect(criterion(result, "evaluation_scoring").evidence).toBe("no evaluation or scoring data in the flows");
    expect(criterion(result, "systematic_monitoring").evidence).toBe(
      "no recordings, monitoring data or real-time streams",
    );
    expect(criterion(result, "sensitive_or_highly_personal").evidence).toBe(
      "no special-category, financial or communications-content data",
    );
    expect(criterion(result, "large_scale").evidence).toBe(
      "no org-wide grant or stream in the configuration; volume to be declared by the controller",
    );
    expect(criterion(result, "vulnerable_subjects").evidence).toBe(
      "callers' vulnerability cannot be decided from the configuration; the controller must confirm",
    );
    expect(criterion(result, "innovative_technology").evidence).toBe("no biometric or novel processing seen");
    expect(result).toMatchObject({
      criteria_met: 1,
      dpia_required: false,
      reasoning:
        "1 of the nine WP248 criteria is met; WP248 does not require a DPIA on this count alone, but this assessment is kept as the record of that decision.",
    });
  });
  test("nothing met: the reasoning counts zero", () => {
    const result = screen(
      subjectOf(
        flow({ destination: { name: "Genesys Cloud CX org", kind: "genesys_org" } as DataFlow["destination"] }),
      ),
      new Map(),
      catalog,
    );
    expect(result.criteria_met).toBe(0);
    expect(result.reasoning).toBe(
      "0 of the nine WP248 criteria are met; WP248 does not require a DPIA on this count alone, but this assessment is kept as the record of that decision.",
    );
  });
  test("employee monitoring is evaluation, monitoring and employees as data subjects: a DPIA is required", () => {
    const result = screen(subjectOf(flow({ data_elements: ["employee_monitoring"] })), new Map(), catalog);
    expect(met(result)).toEqual(["C1", "C3", "C7"]);
    expect(criterion(result, "evaluation_scoring").evidence).toBe(
      "flows carry employee monitoring data (presence, adherence, evaluations, live monitoring)",
    );
    expect(criterion(result, "vulnerable_subjects").evidence).toBe(
      "employees are data subjects (employee monitoring data (presence, adherence, evaluations, live monitoring))",
    );
    expect(result).toMatchObject({
      criteria_met: 3,
      dpia_required: true,
      reasoning: "3 of the nine WP248 criteria are met; a DPIA is required (WP248 rev.01: two or more criteria).",
    });
  });
  test("recordings and a real-time stream are systematic monitoring, each named with its evidence", () => {
    const result = screen(
      subjectOf(
        flow({ data_elements: ["call_recording_audio"] }),
        flow({
          via: "genesyscloud_integration.events",
          frequency: "Real-time",
          scale: { population: "org_wide", evidence: ["v2.detail.events.conversation.{id}.acw"] },
        }),
      ),
      new Map(),
      catalog,
    );
    expect(criterion(result, "systematic_monitoring")).toMatchObject({
      met: true,
      evidence:
        "flows carry call and interaction recordings; genesyscloud_integration.events streams events in real time (v2.detail.events.conversation.{id}.acw)",
    });
    expect(criterion(result, "sensitive_or_highly_personal")).toMatchObject({
      met: true,
      evidence: "flows carry call and interaction recordings",
    });
    expect(criterion(result, "large_scale")).toMatchObject({
      met: true,
      evidence:
        "genesyscloud_integration.events: real-time across the whole org (v2.detail.events.conversation.{id}.acw)",
    });
  });
  test("a stream without personal data is not monitoring; bank details and identifiers are sensitive; a voiceprint is innovative", () => {
    expect(
      criterion(
        screen(
          subjectOf(
            flow({ data_elements: [], frequency: "Real-time", scale: { population: "org_wide", evidence: [] } }),
          ),
          new Map(),
          catalog,
        ),
        "systematic_monitoring",
      ).met,
    ).toBe(false);
    expect(
      criterion(
        screen(subjectOf(flow({ data_elements: ["financial_account"] })), new Map(), catalog),
        "sensitive_or_highly_personal",
      ).met,
    ).toBe(true);
    expect(
      criterion(
        screen(subjectOf(flow({ data_elements: ["government_identifier"] })), new Map(), catalog),
        "sensitive_or_highly_personal",
      ).met,
    ).toBe(true);
    const voice = screen(subjectOf(flow({ data_elements: ["voice_biometric_template"] })), new Map(), catalog);
    expect(criterion(voice, "innovative_technology")).toMatchObject({
      met: true,
      evidence: "flows carry voice biometric template (voiceprint)",
    });
    expect(criterion(voice, "matching_combining").met).toBe(false);
  });
  test("large scale from grants in all divisions and the all scope; grants without permissions do not count", () => {
    const access = withAccess({
      scopes: [{ scope: "all", known: true, elements: [] }],
      grants: [
        {
          attribute: "roles[0]",
          roleReference: "r0",
          visible: true,
          division: "all",
          permissions: [{ permission: "conversation:recording:view", elements: ["call_recording_audio"] }],
        },
        { attribute: "roles[1]", roleReference: "r1", visible: true, division: "all", permissions: [] },
        {
          attribute: "roles[2]",
          roleReference: "r2",
          visible: true,
          division: "home",
          permissions: [{ permission: "x", elements: [] }],
        },
      ],
    });
    expect(criterion(screen(subjectOf(flow({})), access, catalog), "large_scale")).toMatchObject({
      met: true,
      evidence: "roles[0]: role granted in all divisions; scope all",
    });
  });
  test("declared volumes decide large scale: below the threshold the grants no longer count, above it the volume is named", () => {
    const access = withAccess({
      grants: [
        {
          attribute: "roles[0]",
          roleReference: "r0",
          visible: true,
          division: "all",
          permissions: [{ permission: "x", elements: [] }],
        },
      ],
    });
    const small = screen(
      subjectOf(
        flow({
          scale: { population: "org_wide", evidence: [], declared: { data_subjects_per_month: 800, large: false } },
        }),
      ),
      access,
      catalog,
    );
    expect(criterion(small, "large_scale")).toMatchObject({
      met: false,
      evidence:
        "declared volumes are below the large-scale threshold (genesyscloud_integration_action.lookup: 800 a month)",
    });
    const large = screen(
      subjectOf(
        flow({
          scale: { population: "single_record", evidence: [], declared: { records_per_month: 250_000, large: true } },
        }),
      ),
      new Map(),
      catalog,
    );
    expect(criterion(large, "large_scale")).toMatchObject({
      met: true,
      evidence: "genesyscloud_integration_action.lookup: declared 250000 a month",
    });
  });
});
