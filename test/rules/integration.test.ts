import { describe, expect, test } from "vitest";
import { findingsOf, ref, terraformJson } from "../helpers/assess-config";

const integration = (body: Record<string, unknown>) => ({
  genesyscloud_integration: { app: { config: { name: "App" }, ...body } },
});

describe("GC-INT-1 IntegrationTypeRecognised: the integration type is known", () => {
  test("Noncompliance: an unknown type", () => {
    const findings = findingsOf(terraformJson(integration({ integration_type: "acme-crm-connector" })), "GC-INT-1");
    expect(findings[0]!.message).toContain('"acme-crm-connector"');
  });
  test("Noncompliance: a type from a variable", () => {
    expect(
      findingsOf(terraformJson(integration({ integration_type: "${var.type}" })), "GC-INT-1")[0]!.message,
    ).toContain("not resolved");
  });
  test("Noncompliance: config.properties that is not JSON", () => {
    const config = terraformJson(
      integration({ integration_type: "embedded-client-app", config: { name: "App", properties: "url=https://x" } }),
    );
    expect(findingsOf(config, "GC-INT-1")[0]!.attribute).toBe("config.properties");
  });
  test("Compliance: a known type", () => {
    expect(findingsOf(terraformJson(integration({ integration_type: "purecloud-data-actions" })), "GC-INT-1")).toEqual(
      [],
    );
  });
});

describe("GC-INT-2 CredentialSecretsNotLiteral: credential secrets are not literal", () => {
  const withCredential = (fields: Record<string, string>) =>
    terraformJson({
      ...integration({
        integration_type: "custom-rest-actions",
        config: { name: "CRM", credentials: { basicAuth: ref("genesyscloud_integration_credential.crm") } },
      }),
      genesyscloud_integration_credential: { crm: { name: "CRM", credential_type_name: "basicAuth", fields } },
    });
  test("Noncompliance: a literal password", () => {
    const findings = findingsOf(withCredential({ userName: "svc", password: "Winter2026!" }), "GC-INT-2");
    expect(findings[0]!.attribute).toBe("fields.password");
    expect(JSON.stringify(findings)).not.toContain("Winter2026!");
  });
  test("Compliance: the password comes from a variable", () => {
    expect(findingsOf(withCredential({ userName: "svc", password: "${var.crm_password}" }), "GC-INT-2")).toEqual([]);
  });
});

describe("GC-INT-3 EventTopicsRecognised: streamed topics are known", () => {
  const eventBridge = (topics: string[]) =>
    terraformJson(
      integration({
        integration_type: "amazon-eventbridge-source",
        config: {
          name: "Events",
          properties: JSON.stringify({
            awsAccountId: "123456789012",
            awsAccountRegion: "eu-west-1",
            eventSourceSuffix: "cc",
            eventFilter: topics,
          }),
        },
      }),
    );
  test("Noncompliance: an unknown topic on EventBridge", () => {
    expect(findingsOf(eventBridge(["v2.made.up.topic"]), "GC-INT-3")[0]!.message).toContain("v2.made.up.topic");
  });
  test("Noncompliance: an unknown topic on a process-automation trigger", () => {
    const config = terraformJson({
      genesyscloud_processautomation_trigger: {
        t: { name: "T", topic_name: "v2.unknown.{id}", enabled: true, target: [{ type: "Workflow", id: "x" }] },
      },
    });
    expect(findingsOf(config, "GC-INT-3")).toHaveLength(1);
  });
  test("Compliance: conversation detail events", () => {
    expect(findingsOf(eventBridge(["v2.detail.events.conversation.{id}.customer.end"]), "GC-INT-3")).toEqual([]);
  });
});
