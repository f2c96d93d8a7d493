import { dataElement } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import type { ResourceClassification } from "../classify/model";
import type { AssessmentSubject } from "../flows/model";
import { boolAt, firstBlock, numberAt } from "../inventory/lookup";
import { hasType, type ResourceType } from "../inventory/resource-type";
import type { RiskThresholds } from "../policy/schema";
import type { RuleId } from "../rules/registry";
import type { Finding } from "../rules/rule";

type MitigationStatus = "Implemented" | "Pending Review";

export interface Mitigation {
  control_id: string;
  description: string;
  status: MitigationStatus;
  evidence: string;
}

interface Inputs {
  subject: AssessmentSubject;
  findings: Finding[];
  classifications: Map<string, ResourceClassification>;
  catalog: Catalog;
  thresholds: RiskThresholds;
}

interface Control {
  id: string;
  description: string;
  applies(inputs: Inputs): boolean;
  /** Evidence that the configuration shows the control, or undefined when it does not. */
  shown(inputs: Inputs): string | undefined;
}

const carries = (inputs: Inputs) => inputs.subject.flows.some((flow) => flow.data_elements.length > 0);
const leaves = (inputs: Inputs) =>
  inputs.subject.flows.some((flow) => flow.data_elements.length > 0 && flow.destination.kind !== "genesys_org");
const NETWORK_DESTINATIONS = new Set(["third_party", "customer_cloud", "unknown"]);
const overNetwork = (inputs: Inputs) =>
  inputs.subject.flows.filter((flow) => NETWORK_DESTINATIONS.has(flow.destination.kind));
const failed = (inputs: Inputs, ...ruleIds: RuleId[]) =>
  inputs.findings.some((finding) => ruleIds.includes(finding.rule_id));
const membersOf = (inputs: Inputs, type: ResourceType) =>
  inputs.subject.members.filter((member) => hasType(member, type));
const hasCategory = (inputs: Inputs, ...categories: string[]) =>
  inputs.subject.flows.some((flow) =>
    flow.data_elements.some((id) => categories.includes(dataElement(inputs.catalog, id).regulatory_category)),
  );

const CONTROLS: Control[] = [
  {
    id: "M-01",
    description: "Encrypt every outbound call in transit with TLS 1.2 or later (https endpoints only).",
    applies: (inputs) => overNetwork(inputs).some((flow) => flow.data_elements.length > 0),
    shown: (inputs) => {
      const flows = overNetwork(inputs).filter((flow) => flow.data_elements.length > 0);
      const encrypted = flows.every((flow) => flow.destination.url?.encrypted || flow.destination.awsAccount);
      return flows.length > 0 && encrypted
        ? "every external endpoint carrying personal data uses TLS (https or an AWS API)"
        : undefined;
    },
  },
  {
    id: "M-02",
    description:
      "Mark data actions that carry personal data as secure, so they run only in secure flows and stay out of logs and recordings.",
    applies: (inputs) =>
      membersOf(inputs, "genesyscloud_integration_action").some(
        (action) => (inputs.classifications.get(action.address)?.elements.length ?? 0) > 0,
      ),
    shown: (inputs) =>
      failed(inputs, "GC-ACT-1") ? undefined : "every data action carrying personal data has secure = true",
  },
  {
    id: "M-03",
    description: "Grant OAuth clients only the scopes or role permissions they need, in named divisions.",
    applies: (inputs) => inputs.subject.kind === "oauth_client",
    shown: (inputs) =>
      failed(inputs, "GC-OAC-1", "GC-OAC-2", "GC-OAC-3", "GC-OAC-6", "GC-OAC-7", "GC-OAC-8")
        ? undefined
        : "no scope or role reaches customer data and no grant covers all divisions",
  },
  {
    id: "M-04",
    description: "Keep client secrets and credential secrets out of Terraform state and source code.",
    applies: (inputs) =>
      membersOf(inputs, "genesyscloud_oauth_client").length +
        membersOf(inputs, "genesyscloud_integration_credential").length >
      0,
    shown: (inputs) =>
      failed(inputs, "GC-OAC-4", "GC-INT-2")
        ? undefined
        : "expose_client_secret is off and no credential holds a literal secret",
  },
  {
    id: "M-05",
    description: "Limit access-token lifetime to the policy maximum.",
    applies: (inputs) => inputs.subject.kind === "oauth_client",
    shown: (inputs) => {
      const value = numberAt(inputs.subject.primary.attributes, "access_token_validity_seconds");
      return typeof value === "number" && value <= inputs.thresholds.max_token_lifetime_seconds
        ? `tokens live ${value} seconds`
        : undefined;
    },
  },
  {
    id: "M-06",
    description: "Keep provider SDK debug logging (request and response bodies) switched off.",
    applies: carries,
    shown: (inputs) =>
      boolAt(inputs.subject.provider?.attributes, "sdk_debug") === true || failed(inputs, "GC-PRV-1")
        ? undefined
        : "sdk_debug is not enabled",
  },
  {
    id: "M-07",
    description: "Delete recordings after a defined retention period (storage limitation).",
    applies: (inputs) => membersOf(inputs, "genesyscloud_recording_media_retention_policy").length > 0,
    shown: (inputs) =>
      failed(inputs, "GC-REC-2")
        ? undefined
        : membersOf(inputs, "genesyscloud_recording_media_retention_policy").every((policy) =>
              firstBlock(policy.attributes, "actions"),
            )
          ? "every retaining actions block sets delete_retention.days"
          : undefined,
  },
  {
    id: "M-08",
    description: "Have a processor agreement (GDPR Art. 28) with every recipient outside the Genesys Cloud org.",
    applies: leaves,
    shown: () => undefined,
  },
  {
    id: "M-09",
    description:
      "Rely on an adequacy decision, the Data Privacy Framework, SCCs or BCRs for each transfer outside the EEA, with a transfer impact assessment where SCCs or BCRs are used.",
    applies: (inputs) => inputs.subject.transfers.length > 0,
    shown: (inputs) =>
      inputs.subject.transfers.every(
        (transfer) => transfer.status === "covered" || transfer.status === "not_a_transfer",
      )
        ? `every transfer has a basis: ${[...new Set(inputs.subject.transfers.map((transfer) => transfer.mechanism))].join(", ")}`
        : undefined,
  },
  {
    id: "M-10",
    description:
      "Keep card data out of integrations (secure flows, DTMF masking, tokenisation) and never retain card verification codes (PCI DSS Req. 3.3.1).",
    applies: (inputs) => hasCategory(inputs, "payment_card", "payment_sensitive_authentication"),
    shown: () => undefined,
  },
  {
    id: "M-11",
    description:
      "Document an Art. 9(2) condition (or Art. 10 authorisation) for special-category or criminal-offence data.",
    applies: (inputs) => hasCategory(inputs, "special_category", "criminal_offence"),
    shown: () => undefined,
  },
];

/** Controls that apply to this subject; Implemented only where the configuration shows them. */
export function evaluateMitigations(inputs: Inputs): Mitigation[] {
  return CONTROLS.filter((control) => control.applies(inputs)).map((control) => {
    const evidence = control.shown(inputs);
    return {
      control_id: control.id,
      description: control.description,
      status: evidence ? "Implemented" : "Pending Review",
      evidence: evidence ?? "not shown by the configuration; to be confirmed by the controller",
    };
  });
}
