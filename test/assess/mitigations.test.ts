import { describe, expect, test } from "vitest";
import { evaluateMitigations, type Mitigation } from "../../src/assess/mitigations";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import type { ResourceClassification } from "../../src/classify/model";
import type { AssessmentSubject, DataFlow, Destination, Transfer } from "../../src/flows/model";
import type { GenesysResource, ProviderConfig } from "../../src/inventory/model";
import { DEFAULT_THRESHOLDS } from "../../src/policy/schema";
import type { RuleId } from "../../src/rules/registry";
import type { Finding } from "../../src/rules/rule";

// The controls the DPIA lists for the DPO: which apply to a subject, and which the configuration
// itself shows (Implemented, with the evidence) rather than leaving to the controller to confirm.

const catalog = builtInCatalog();
const PENDING = "not shown by the configuration; to be confirmed by the controller";

function resource(type: string, name: string, attributes: Record<string, unknown> = {}): GenesysResource {
  return { mode: "managed", type, name, address: `${type}.${name}`, attributes, location: {} };
}

const CRM: Destination = {
  name: "Example CRM (crm.example.eu)",
  kind: "third_party",
  country: "DE",
  url: { scheme: "https", host: "crm.example.eu", encrypted: true, warnings: [] },
};

function flow(body: Partial<DataFlow> = {}): DataFlow {
  return {
    source: "Genesys Cloud CX org (EU (Ireland), eu-west-1)",
    destination: CRM,
    data_elements: ["contact_pii"],
    processing_nature: "test",
    frequency: "On demand",
    via: "genesyscloud_integration_action.lookup",
    ...body,
  };
}

interface Case {
  kind?: AssessmentSubject["kind"];
  primary?: GenesysResource;
  members?: GenesysResource[];
  flows?: DataFlow[];
  transfers?: Transfer[];
  provider?: ProviderConfig;
  findings?: RuleId[];
  classified?: Record<string, string[]>;
  maxTokenLifetime?: number;
}

function mitigations(input: Case): Mitigation[] {
  const primary = input.primary ?? resource("genesyscloud_integration", "crm");
  const subject = {
    kind: input.kind ?? "integration",
    primary,
    members: input.members ?? [primary],
    name: primary.name,
    flows: input.flows ?? [],
    transfers: input.transfers ?? [],
    referencedHosts: [],
    transferNotes: [],
    ...(input.provider ? { provider: input.provider } : {}),
  } as AssessmentSubject;
  const findings: Finding[] = (input.findings ?? []).map((rule_id) => ({
    rule_id,
    severity: "High",
    message: "test",
    resource: primary.address,
  }));
  const classifications = new Map<string, ResourceClassification>(
    Object.entries(input.classified ?? {}).map(([address, elements]) => [
      address,
      { address, elements: elements.map((id) => ({ id })), unknowns: [] } as unknown as ResourceClassification,
    ]),
  );
  return evaluateMitigations({
    subject,
    findings,
    classifications,
    catalog,
    thresholds: {
      ...DEFAULT_THRESHOLDS,
      ...(input.maxTokenLifetime ? { max_token_lifetime_seconds: input.maxTokenLifetime } : {}),
    },
  });
}

const ids = (list: Mitigation[]) => list.map((entry) => entry.control_id);
const control = (list: Mitigation[], id: string) => {
  const found = list.find((entry) => entry.control_id === id);
  if (!found) throw new Error(`${id} does not apply: ${ids(list).join(", ")}`);
  return found;
};
const statusOf = (list: Mitigation[], id: string) => `${control(list, id).status}: ${control(list, id).evidence}`;

const action = resource("genesyscloud_integration_action", "lookup");
const oauth = resource("genesyscloud_oauth_client", "app", { access_token_validity_seconds: 3600 });

describe("which controls apply", () => {
  test("a subject that moves no personal data and holds nothing sensitive has no control to list", () => {
    expect(mitigations({ flows: [flow({ data_elements: [] })] })).toEqual([]);
  });
  test("contact details sent to a CRM over the network: transport, processor agreement and debug logging, in control order", () => {
    expect(ids(mitigations({ flows: [flow()] }))).toEqual(["M-01", "M-06", "M-08"]);
  });
  test("each description is the sentence the DPO reads", () => {
    const list = mitigations({ flows: [flow()] });
    expect(control(list, "M-01").description).toBe(
      "Encrypt every outbound call in transit with TLS 1.2 or later (https endpoints only).",
    );
    expect(control(list, "M-06").description).toBe(
      "Keep provider SDK debug logging (request and response bodies) switched off.",
    );
    expect(control(list, "M-08").description).toBe(
      "Have a processor agreement (GDPR Art. 28) with every recipient outside the Genesys Cloud org.",
    );
  });
  test("data kept inside the Genesys org needs no transport control and no processor agreement, but debug logging still matters", () => {
    const inside = flow({ destination: { name: "Genesys Cloud CX org", kind: "genesys_org" } });
    expect(ids(mitigations({ flows: [inside] }))).toEqual(["M-06"]);
  });
  test("an API client or a configuration destination leaves the org (Art. 28) without being a network call the gate can see", () => {
    for (const kind of ["api_client", "configuration"] as const) {
      expect(ids(mitigations({ flows: [flow({ destination: { name: "x", kind } })] }))).toEqual(["M-06", "M-08"]);
    }
  });
  test("customer clouds and unknown destinations are network calls", () => {
    for (const kind of ["customer_cloud", "unknown"] as const) {
      expect(ids(mitigations({ flows: [flow({ destination: { name: "x", kind } })] }))).toContain("M-01");
    }
  });
  test("a network flow without personal data does not need M-01 even beside a flow that carries data inside the org", () => {
    const list = mitigations({
      flows: [
        flow({ data_elements: [] }),
        flow({ destination: { name: "Genesys Cloud CX org", kind: "genesys_org" } }),
      ],
    });
    expect(ids(list)).toEqual(["M-06"]);
  });
});

describe("M-01 transport encryption", () => {
  test("https everywhere is shown", () => {
    expect(statusOf(mitigations({ flows: [flow()] }), "M-01")).toBe(
      "Implemented: every external endpoint carrying personal data uses TLS (https or an AWS API)",
    );
  });
  test("an AWS destination (Lambda, EventBridge) is an AWS API call, encrypted", () => {
    const aws = flow({ destination: { name: "Lambda", kind: "customer_cloud", awsAccount: "123456789012" } });
    expect(control(mitigations({ flows: [aws] }), "M-01").status).toBe("Implemented");
  });
  test("one plain-http endpoint among https ones leaves it pending", () => {
    const http = flow({ destination: { ...CRM, url: { ...CRM.url!, scheme: "http", encrypted: false } } });
    expect(statusOf(mitigations({ flows: [flow(), http] }), "M-01")).toBe(`Pending Review: ${PENDING}`);
  });
  test("an unknown host cannot be shown to use TLS", () => {
    expect(
      control(mitigations({ flows: [flow({ destination: { name: "?", kind: "unknown" } })] }), "M-01").status,
    ).toBe("Pending Review");
  });
  test("a plain-http endpoint that carries no personal data does not count against it", () => {
    const http = flow({
      data_elements: [],
      destination: { ...CRM, url: { ...CRM.url!, scheme: "http", encrypted: false } },
    });
    expect(control(mitigations({ flows: [flow(), http] }), "M-01").status).toBe("Implemented");
  });
});

describe("M-02 secure data actions", () => {
  const members = [resource("genesyscloud_integration", "crm"), action];
  test("applies to an action classified as carrying personal data; shown when GC-ACT-1 did not fire", () => {
    const list = mitigations({ members, classified: { [action.address]: ["contact_pii"] } });
    expect(statusOf(list, "M-02")).toBe("Implemented: every data action carrying personal data has secure = true");
    expect(control(list, "M-02").description).toBe(
      "Mark data actions that carry personal data as secure, so they run only in secure flows and stay out of logs and recordings.",
    );
  });
  test("pending when GC-ACT-1 fired", () => {
    expect(
      control(
        mitigations({ members, classified: { [action.address]: ["contact_pii"] }, findings: ["GC-ACT-1"] }),
        "M-02",
      ).status,
    ).toBe("Pending Review");
  });
  test("an action without personal data, or not classified at all, needs no secure flag", () => {
    expect(ids(mitigations({ members, classified: { [action.address]: [] } }))).not.toContain("M-02");
    expect(ids(mitigations({ members }))).not.toContain("M-02");
  });
  test("only data actions count: a classified integration is not an action", () => {
    expect(
      ids(mitigations({ members, classified: { "genesyscloud_integration.crm": ["contact_pii"] } })),
    ).not.toContain("M-02");
  });
});

describe("OAuth clients: M-03 least privilege, M-04 secrets, M-05 token lifetime", () => {
  const client = (body: Partial<Case> = {}) =>
    mitigations({ kind: "oauth_client", primary: oauth, members: [oauth], ...body });
  test("a client with no finding shows all three, with the lifetime it sets", () => {
    const list = client();
    expect(ids(list)).toEqual(["M-03", "M-04", "M-05"]);
    expect(statusOf(list, "M-03")).toBe(
      "Implemented: no scope or role reaches customer data and no grant covers all divisions",
    );
    expect(statusOf(list, "M-04")).toBe(
      "Implemented: expose_client_secret is off and no credential holds a literal secret",
    );
    expect(statusOf(list, "M-05")).toBe("Implemented: tokens live 3600 seconds");
    expect(control(list, "M-03").description).toBe(
      "Grant OAuth clients only the scopes or role permissions they need, in named divisions.",
    );
    expect(control(list, "M-04").description).toBe(
      "Keep client secrets and credential secrets out of Terraform state and source code.",
    );
    expect(control(list, "M-05").description).toBe("Limit access-token lifetime to the policy maximum.");
  });
  test.each(["GC-OAC-1", "GC-OAC-2", "GC-OAC-3", "GC-OAC-6", "GC-OAC-7", "GC-OAC-8"] as const)(
    "%s leaves least privilege pending",
    (ruleId) => {
      expect(control(client({ findings: [ruleId] }), "M-03").status).toBe("Pending Review");
      expect(control(client({ findings: [ruleId] }), "M-04").status).toBe("Implemented");
    },
  );
  test.each(["GC-OAC-4", "GC-INT-2"] as const)("%s leaves the secrets control pending", (ruleId) => {
    expect(control(client({ findings: [ruleId] }), "M-04").status).toBe("Pending Review");
    expect(control(client({ findings: [ruleId] }), "M-03").status).toBe("Implemented");
  });
  test("another rule's finding (GC-OAC-5) leaves both shown", () => {
    const list = client({ findings: ["GC-OAC-5"] });
    expect([control(list, "M-03").status, control(list, "M-04").status]).toEqual(["Implemented", "Implemented"]);
  });
  test("the lifetime is compared with the policy's maximum, inclusive", () => {
    expect(control(client({ maxTokenLifetime: 3600 }), "M-05").status).toBe("Implemented");
    expect(control(client({ maxTokenLifetime: 3599 }), "M-05").status).toBe("Pending Review");
  });
  test("a lifetime given as text is read as a number; one that cannot be resolved, or is not set, is not shown", () => {
    const withValue = (value: unknown) => {
      const primary = resource(
        "genesyscloud_oauth_client",
        "app",
        value === undefined ? {} : { access_token_validity_seconds: value },
      );
      return control(mitigations({ kind: "oauth_client", primary, members: [primary] }), "M-05");
    };
    expect(withValue("600").evidence).toBe("tokens live 600 seconds");
    expect(withValue("${var.lifetime}").status).toBe("Pending Review");
    expect(withValue(undefined).status).toBe("Pending Review");
  });
  test("an integration with a credential lists the secrets control; an integration alone does not", () => {
    const credential = resource("genesyscloud_integration_credential", "basic");
    expect(ids(mitigations({ members: [resource("genesyscloud_integration", "crm"), credential] }))).toEqual(["M-04"]);
    expect(ids(mitigations({}))).toEqual([]);
  });
});

describe("M-06 SDK debug logging", () => {
  const provider = (attributes: Record<string, unknown>): ProviderConfig => ({ attributes, location: {} });
  test("shown when sdk_debug is absent or false", () => {
    expect(statusOf(mitigations({ flows: [flow()], provider: provider({ sdk_debug: false }) }), "M-06")).toBe(
      "Implemented: sdk_debug is not enabled",
    );
    expect(control(mitigations({ flows: [flow()] }), "M-06").status).toBe("Implemented");
  });
  test("pending when sdk_debug is on, as a boolean or as text, or when GC-PRV-1 fired", () => {
    expect(control(mitigations({ flows: [flow()], provider: provider({ sdk_debug: true }) }), "M-06").status).toBe(
      "Pending Review",
    );
    expect(control(mitigations({ flows: [flow()], provider: provider({ sdk_debug: "true" }) }), "M-06").status).toBe(
      "Pending Review",
    );
    expect(control(mitigations({ flows: [flow()], findings: ["GC-PRV-1"] }), "M-06").status).toBe("Pending Review");
  });
});

describe("M-07 recording retention", () => {
  const policy = (attributes: Record<string, unknown>) =>
    resource("genesyscloud_recording_media_retention_policy", "keep", attributes);
  test("applies to a retention policy; shown when every policy has an actions block and GC-REC-2 did not fire", () => {
    const list = mitigations({ members: [policy({ actions: [{ retain_recording: true }] })] });
    expect(statusOf(list, "M-07")).toBe("Implemented: every retaining actions block sets delete_retention.days");
    expect(control(list, "M-07").description).toBe(
      "Delete recordings after a defined retention period (storage limitation).",
    );
  });
  test("pending when GC-REC-2 fired, or when one policy has no actions block", () => {
    expect(control(mitigations({ members: [policy({ actions: [{}] })], findings: ["GC-REC-2"] }), "M-07").status).toBe(
      "Pending Review",
    );
    expect(control(mitigations({ members: [policy({ actions: [{}] }), policy({})] }), "M-07").status).toBe(
      "Pending Review",
    );
  });
  test("no retention policy, no retention control", () => {
    expect(ids(mitigations({ members: [action] }))).not.toContain("M-07");
  });
});

describe("M-08 processor agreement, M-10 card data, M-11 special categories: never shown by configuration", () => {
  test("each is listed for the DPO to confirm", () => {
    const list = mitigations({ flows: [flow({ data_elements: ["payment_card_sad", "health_data"] })] });
    for (const id of ["M-08", "M-10", "M-11"]) expect(statusOf(list, id)).toBe(`Pending Review: ${PENDING}`);
    expect(control(list, "M-10").description).toBe(
      "Keep card data out of integrations (secure flows, DTMF masking, tokenisation) and never retain card verification codes (PCI DSS Req. 3.3.1).",
    );
    expect(control(list, "M-11").description).toBe(
      "Document an Art. 9(2) condition (or Art. 10 authorisation) for special-category or criminal-offence data.",
    );
  });
  test("card numbers alone bring M-10, criminal-offence data alone brings M-11, contact details neither", () => {
    const card = catalog.data_elements.find((element) => element.regulatory_category === "payment_card")!.id;
    expect(ids(mitigations({ flows: [flow({ data_elements: [card] })] }))).toContain("M-10");
    expect(ids(mitigations({ flows: [flow({ data_elements: [card] })] }))).not.toContain("M-11");
    expect(ids(mitigations({ flows: [flow({ data_elements: ["criminal_offence_data"] })] }))).toContain("M-11");
    expect(ids(mitigations({ flows: [flow({ data_elements: ["criminal_offence_data"] })] }))).not.toContain("M-10");
    expect(ids(mitigations({ flows: [flow()] }))).not.toContain("M-10");
    expect(ids(mitigations({ flows: [flow()] }))).not.toContain("M-11");
  });
  test("card data kept inside the org still brings M-10 (it is about the data, not the destination)", () => {
    const inside = flow({
      data_elements: ["payment_card_sad"],
      destination: { name: "Genesys Cloud CX org", kind: "genesys_org" },
    });
    expect(ids(mitigations({ flows: [inside] }))).toEqual(["M-06", "M-10"]);
  });
});

describe("M-09 transfer basis", () => {
  const transfer = (status: Transfer["status"], mechanism: string): Transfer => ({
    via: "genesyscloud_integration_action.lookup",
    recipient: "Example CRM",
    regime: "EU",
    mechanism,
    status,
    legal_basis: "test",
    data_elements: ["contact_pii"],
  });
  test("shown when every transfer is covered or is not a transfer, naming each mechanism once", () => {
    const list = mitigations({
      transfers: [transfer("covered", "dpf"), transfer("not_a_transfer", "none (EEA)"), transfer("covered", "dpf")],
    });
    expect(statusOf(list, "M-09")).toBe("Implemented: every transfer has a basis: dpf, none (EEA)");
    expect(control(list, "M-09").description).toMatch(
      /^Rely on an adequacy decision, the Data Privacy Framework, SCCs or BCRs/,
    );
  });
  test.each(["needs_review", "missing", "unknown"] as const)("one transfer that is %s leaves it pending", (status) => {
    expect(
      control(mitigations({ transfers: [transfer("covered", "adequacy"), transfer(status, "none")] }), "M-09").status,
    ).toBe("Pending Review");
  });
  test("no transfer, no transfer control", () => {
    expect(ids(mitigations({ flows: [flow()] }))).not.toContain("M-09");
  });
});
