import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, ref, terraformJson } from "../helpers/assess-config";
import { eventBus } from "../helpers/aws-destinations";
import { exportPolicyTo } from "../helpers/recording-export";

// An AWS account is presumed the org's own (its provider's terms, GC-TRF-3) only until the allow-list names the org's
// accounts: then an account it leaves out may be a partner's or a vendor's, and is a third party. A recording export's
// account is read from the IAM role ARN it writes with.
const OUR_ACCOUNT = "111122223333";
const OTHER_ACCOUNT = "999988887777";
const accountsPolicy = {
  version: 1 as const,
  destinations: [
    {
      aws_account: OUR_ACCOUNT,
      vendor: "Our AWS account",
      country: "IE",
      transfer_mechanism: "scc" as const,
      purposes: ["quality"],
    },
  ],
};

function s3Export(roleArn: string | undefined, otherFields: Record<string, string> = {}) {
  return terraformJson({
    genesyscloud_integration_credential: {
      s3: {
        name: "S3 export role",
        credential_type_name: "awsRoleArn",
        fields: { ...otherFields, ...(roleArn ? { roleArn } : {}) },
      },
    },
    genesyscloud_integration: {
      s3: {
        integration_type: "aws-s3-recording-bulk-actions-integration",
        config: {
          name: "Recordings to S3",
          credentials: { awsRoleArn: ref("genesyscloud_integration_credential.s3") },
        },
      },
    },
    ...exportPolicyTo("genesyscloud_integration.s3"),
  });
}

describe("recordings exported to an AWS account", () => {
  test("to an account the allow-list leaves out while it names the org's: a third party (GC-REC-3)", () => {
    const findings = findingsOf(
      s3Export(`arn:aws:iam::${OTHER_ACCOUNT}:role/genesys-export`),
      "GC-REC-3",
      accountsPolicy,
    );
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.message.includes(OTHER_ACCOUNT))).toBe(true);
  });
  test("to the account the allow-list names: the org's own", () => {
    expect(findingsOf(s3Export(`arn:aws:iam::${OUR_ACCOUNT}:role/genesys-export`), "GC-REC-3", accountsPolicy)).toEqual(
      [],
    );
  });
  test("a role from an expression, while the allow-list names the org's accounts: not presumed the org's (h90)", () => {
    const config = s3Export("${var.export_role}");
    expect(findingsOf(config, "GC-REC-3", accountsPolicy).length).toBeGreaterThan(0);
    expect(findingsOf(config, "GC-REC-3")).toEqual([]);
  });
  test("with no account in the allow-list: the org's own bucket, whatever the role", () => {
    expect(findingsOf(s3Export(`arn:aws:iam::${OTHER_ACCOUNT}:role/genesys-export`), "GC-REC-3")).toEqual([]);
    expect(findingsOf(s3Export(undefined), "GC-REC-3")).toEqual([]);
  });
  test("while it names the org's accounts, an export whose account the configuration does not show is not presumed theirs (h91)", () => {
    // No role ARN at all: the credential is set elsewhere.
    expect(findingsOf(s3Export(undefined), "GC-REC-3", accountsPolicy).length).toBeGreaterThan(0);
    // Roles in two accounts, ours among them: which one writes is not shown.
    const twoRoles = s3Export(`arn:aws:iam::${OTHER_ACCOUNT}:role/vendor`, {
      aaaPrevious: `arn:aws:iam::${OUR_ACCOUNT}:role/ours`,
    });
    expect(findingsOf(twoRoles, "GC-REC-3", accountsPolicy).length).toBeGreaterThan(0);
  });
  test("to AWS China: outside AWS's data processing addendum, so no transfer basis (GC-TRF-1)", () => {
    const dpia = dpiaFor(
      s3Export(`arn:aws-cn:iam::${OTHER_ACCOUNT}:role/genesys-export`),
      "genesyscloud_integration.s3",
    );
    const transfer = dpia.transfers?.find((each) => each.destination_country === "CN");
    expect(transfer?.status).toBe("missing");
    expect(dpia.findings.map((finding) => finding.rule_id)).toContain("GC-TRF-1");
  });
});

const TRANSCRIPTS = "v2.conversations.{id}.transcription";

describe("an EventBridge source's account", () => {
  // A blueprint's placeholder ("aws-account-id") is the org's own account, to be filled in (the DPO's label of
  // bp-event-streaming-kinesis); Genesys refuses an account that is not one when the integration is created.
  test("a placeholder is the org's account to be filled in, not an unknown recipient", () => {
    expect(findingsOf(eventBus("eu-west-1", TRANSCRIPTS, "aws-account-id"), "GC-FLW-2")).toEqual([]);
  });
  test("an account the allow-list leaves out while it names the org's is a third party", () => {
    const dpia = dpiaFor(
      eventBus("eu-west-1", TRANSCRIPTS, OTHER_ACCOUNT),
      "genesyscloud_integration.bus",
      accountsPolicy,
    );
    const flow = dpia.data_flows.find((each) => each.destination.includes(OTHER_ACCOUNT));
    expect(flow?.destination_kind).toBe("third_party");
    expect(flow?.data_elements).toContain("transcript_text");
  });
});

test("the retention policy's export flow names the role's account too, as the integration's own flow does (h90)", () => {
  const dpia = dpiaFor(s3Export(`arn:aws:iam::${OTHER_ACCOUNT}:role/genesys-export`), "genesyscloud_integration.s3");
  const exportFlow = dpia.data_flows.find((flow) => flow.via === "genesyscloud_recording_media_retention_policy.keep");
  expect(exportFlow?.destination).toContain(OTHER_ACCOUNT);
});
