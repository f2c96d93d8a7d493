import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson, webServiceAction } from "../helpers/assess-config";
import { lowestAdmitted } from "../../src/rules/unknown/ProviderVersionInCatalog";

// What a finding tells the DPO (the attribute to change, the message that says why) and the edges
// of each rule's condition. Written from the mutants Stryker found alive (npm run mutate): each
// one was a change to a rule that no test noticed.

/** [attribute, message] of each finding, the two things the DPIA shows for it. */
const shown = (config: unknown, ruleId: string) =>
  findingsOf(config, ruleId).map((finding) => [finding.attribute, finding.message]);

describe("GC-UNK-3 ProviderVersionInCatalog: reading Terraform version constraints", () => {
  test("versions: v prefix, missing minor and patch, pre-release, numbers of several digits", () => {
    expect(lowestAdmitted("1.84.1")).toEqual({ version: [1, 84, 1], exclusive: false });
    expect(lowestAdmitted("v1.84.10")).toEqual({ version: [1, 84, 10], exclusive: false });
    expect(lowestAdmitted("12.3")).toEqual({ version: [12, 3, 0], exclusive: false });
    expect(lowestAdmitted("2")).toEqual({ version: [2, 0, 0], exclusive: false });
    expect(lowestAdmitted("1.85.0-beta.1")).toEqual({ version: [1, 85, 0], exclusive: false });
    expect(lowestAdmitted(">=1.2 ")).toEqual({ version: [1, 2, 0], exclusive: false });
  });
  test("what cannot be read is undefined, never a version", () => {
    for (const constraint of [
      "latest",
      ">= latest",
      "x1.84.1",
      ">= x1.84.1",
      "1.84.1x",
      "1.84.1.5",
      "1.84.1-",
      "1.0 2.0",
      "x >= 1.0",
      "=> 1.0",
      "",
    ]) {
      expect(lowestAdmitted(constraint), constraint).toBeUndefined();
    }
  });
  test("upper bounds and exclusions do not raise the lower bound", () => {
    for (const constraint of ["< 2.0.0", "<= 2.0.0", "!= 1.90.0"])
      expect(lowestAdmitted(constraint), constraint).toEqual({ version: [0, 0, 0], exclusive: false });
    expect(lowestAdmitted(">= 1.80, < 2.0, != 1.82.0")).toEqual({ version: [1, 80, 0], exclusive: false });
    expect(lowestAdmitted("~> 1.80")).toEqual({ version: [1, 80, 0], exclusive: false });
  });
  test("the highest lower bound wins, and > at the same version stays exclusive", () => {
    expect(lowestAdmitted(">= 2.0, >= 1.0")).toEqual({ version: [2, 0, 0], exclusive: false });
    expect(lowestAdmitted(">= 1.0, >= 2.0")).toEqual({ version: [2, 0, 0], exclusive: false });
    expect(lowestAdmitted("> 1.84.1, >= 1.84.1")).toEqual({ version: [1, 84, 1], exclusive: true });
    expect(lowestAdmitted(">= 1.84.1, > 1.84.1")).toEqual({ version: [1, 84, 1], exclusive: true });
  });
  const withVersion = (version: string) => ({
    terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version } } },
    ...terraformJson({ genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } } }),
  });
  test("Compliance: an exclusive bound below the catalog's version", () => {
    expect(findingsOf(withVersion("> 1.80.0"), "GC-UNK-3")).toEqual([]);
  });
  test("Noncompliance: the unreadable constraint is quoted with the catalog's version", () => {
    expect(shown(withVersion("latest please"), "GC-UNK-3")).toEqual([
      [
        "required_providers.genesyscloud.version",
        'the provider version constraint "latest please" cannot be read, so the provider may be newer than the catalog (1.84.1)',
      ],
    ]);
  });
});

describe("GC-OUT-1 ContactRecordsNotInConfiguration: what the finding counts", () => {
  const contact = (data: unknown) =>
    terraformJson({ genesyscloud_outbound_contact_list_contact: { c: { contact_list_id: "0c5d-literal-id", data } } });
  test("Noncompliance: the record's columns are counted, one and several", () => {
    expect(shown(contact({ Phone: "+353861234567" }), "GC-OUT-1")).toEqual([
      ["data", "an outbound contact record with 1 column is written into the configuration"],
    ]);
    expect(shown(contact({ "First Name": "Jane", Phone: "+353861234567", City: "Cork" }), "GC-OUT-1")).toEqual([
      ["data", "an outbound contact record with 3 columns is written into the configuration"],
    ]);
  });
  test("Noncompliance: data that is not an object of columns is still a record set from the configuration", () => {
    for (const data of ["${var.contact}", ["Jane"], {}]) {
      expect(shown(contact(data), "GC-OUT-1"), JSON.stringify(data)).toEqual([
        ["data", "an outbound contact record is set from the configuration"],
      ]);
    }
  });
  test("Noncompliance: one do-not-call number, and a contacts file", () => {
    const dnc = terraformJson({
      genesyscloud_outbound_dnclist: {
        dnc: {
          name: "DNC",
          dnc_source_type: "rds",
          contact_method: "Phone",
          entries: [{ phone_numbers: ["+353861234567"] }],
        },
      },
    });
    expect(shown(dnc, "GC-OUT-1")).toEqual([
      ["entries", "1 do-not-call phone number is written into the configuration"],
    ]);
    const list = terraformJson({
      genesyscloud_outbound_contact_list: {
        l: { name: "Leads", column_names: ["Phone"], contacts_filepath: "./c.csv", contacts_id_name: "id" },
      },
    });
    expect(shown(list, "GC-OUT-1")).toEqual([
      ["contacts_filepath", "contacts are imported from a file kept with the infrastructure code"],
    ]);
  });
  test("Compliance: a do-not-call list whose entries name no number", () => {
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_outbound_dnclist: {
            dnc: {
              name: "DNC",
              dnc_source_type: "rds",
              contact_method: "Phone",
              entries: [{ expiration_date: "2027-01-01" }],
            },
          },
        }),
        "GC-OUT-1",
      ),
    ).toEqual([]);
  });
});

describe("GC-IDP-1 IdentityProviderCertificatesDefined: what counts as a certificate", () => {
  const CERT = "-----BEGIN CERTIFICATE-----\nMIIC...\n-----END CERTIFICATE-----";
  const idp = (certificates: unknown) =>
    terraformJson({
      genesyscloud_idp_generic: {
        sso: {
          name: "Corp IdP",
          issuer_uri: "http://www.okta.com/exk1",
          sign_authn_requests: true,
          ...(certificates === undefined ? {} : { certificates }),
        },
      },
    });
  const missing = [["certificates", "no signing certificate is configured, so assertions cannot be verified"]];
  test("Noncompliance: no list, an empty list, blank or non-text entries, a blank string", () => {
    for (const certificates of [undefined, [], [""], ["   "], [42, null], "", "  "])
      expect(shown(idp(certificates), "GC-IDP-1"), JSON.stringify(certificates)).toEqual(missing);
  });
  test("Compliance: one certificate among blanks, or a single certificate as a string", () => {
    expect(findingsOf(idp(["", CERT]), "GC-IDP-1")).toEqual([]);
    expect(findingsOf(idp(CERT), "GC-IDP-1")).toEqual([]);
  });
});

describe("GC-REC-2 RecordingRetentionHasDeletionPeriod: which actions keep recordings", () => {
  const policy = (actions: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: { name: "Calls", enabled: true, media_policies: { chat_policy: { actions } } },
      },
    });
  test("Noncompliance: named by the path of its actions block, also when retain_recording is left out", () => {
    const expected = [
      [
        "media_policies.chat_policy.actions.retention_duration",
        "media_policies.chat_policy.actions keeps recordings with no deletion period",
      ],
    ];
    expect(shown(policy({ retain_recording: true }), "GC-REC-2")).toEqual(expected);
    expect(shown(policy({ always_delete: false }), "GC-REC-2")).toEqual(expected);
    expect(
      shown(policy({ retain_recording: true, retention_duration: { archive_retention: { days: 30 } } }), "GC-REC-2"),
    ).toEqual(expected);
  });
  test("Compliance: recordings not retained, always deleted, or deleted after a set period", () => {
    expect(findingsOf(policy({ retain_recording: false }), "GC-REC-2")).toEqual([]);
    expect(findingsOf(policy({ retain_recording: true, always_delete: true }), "GC-REC-2")).toEqual([]);
    expect(
      findingsOf(
        policy({ retain_recording: true, retention_duration: { delete_retention: { days: 30 } } }),
        "GC-REC-2",
      ),
    ).toEqual([]);
  });
});

describe("GC-TEL-1 SipTrunkEncrypted: what each finding names", () => {
  const property = (instance: unknown) => ({ value: { instance } });
  const trunk = (properties: unknown, extra: Record<string, unknown> = {}) =>
    terraformJson({
      genesyscloud_telephony_providers_edges_trunkbasesettings: {
        byoc: {
          name: "Carrier",
          trunk_meta_base_id: "external_sip_pcv_byoc_carrier.json",
          trunk_type: "EXTERNAL",
          properties: typeof properties === "string" ? properties : JSON.stringify(properties),
          ...extra,
        },
      },
    });
  test("Noncompliance: no transport and no SRTP setting, each named", () => {
    expect(shown(trunk({ trunk_label: property("x") }), "GC-TEL-1")).toEqual([
      [
        "properties",
        "no SIP transport is set; the trunk's default is not TLS, so signalling with caller numbers may travel in clear",
      ],
      ["properties", "SRTP is not enabled in properties, so call audio may travel unencrypted"],
    ]);
  });
  test("Noncompliance: UDP signalling and SRTP off name their property", () => {
    expect(
      shown(trunk({ trunk_transport_protocol: property("UDP"), trunk_media_srtp: property(false) }), "GC-TEL-1"),
    ).toEqual([
      ["properties.trunk_transport_protocol", "SIP signalling uses UDP, not TLS"],
      ["properties.trunk_media_srtp", "SRTP is off or not resolved, so call audio travels unencrypted"],
    ]);
  });
  test("Noncompliance: properties that cannot be read", () => {
    expect(shown(trunk("{ not json"), "GC-TEL-1")).toEqual([
      ["properties", "the trunk's properties cannot be read, so whether calls are encrypted is unknown"],
    ]);
  });
  test("Compliance: an Edge trunk is not a carrier trunk", () => {
    expect(findingsOf(trunk({}, { trunk_type: "EDGE" }), "GC-TEL-1")).toEqual([]);
  });
});

describe("GC-TEL-2 SiteMediaStaysInOrgRegion: every kind of region it can meet", () => {
  const site = (regions: string[], provider: Record<string, unknown> | null = { aws_region: "eu-west-1" }) =>
    terraformJson(
      {
        genesyscloud_telephony_providers_edges_site: {
          hq: { name: "HQ", location_id: "l", media_model: "Cloud", media_regions: regions },
        },
      },
      provider,
    );
  test("Noncompliance: an unresolved region, an unknown one, and an org whose region is unknown", () => {
    expect(shown(site(["${var.media_region}"]), "GC-TEL-2")).toEqual([
      ["media_regions", "media region ${var.media_region} is not resolved before deployment"],
    ]);
    expect(shown(site(["mars-north-1"]), "GC-TEL-2")).toEqual([
      [
        "media_regions",
        'media region "mars-north-1" is not a region the catalog knows, so where call audio is processed is unknown',
      ],
    ]);
    expect(shown(site(["eu-west-1"], { aws_region: "${var.region}" }), "GC-TEL-2")).toEqual([
      ["media_regions", "call audio is processed in eu-west-1 (IE) and the org's own region is unknown"],
    ]);
  });
  test("Compliance: the org's own country outside the EEA", () => {
    expect(findingsOf(site(["us-east-1"], { aws_region: "us-east-1" }), "GC-TEL-2")).toEqual([]);
    expect(findingsOf(site(["us-east-1"], { aws_region: "eu-west-1" }), "GC-TEL-2")).toHaveLength(1);
  });
});

describe("GC-UNK-4 AttributesInProviderSchema: nested blocks and Terraform's own keys", () => {
  const integration = (body: Record<string, unknown>) =>
    terraformJson({ genesyscloud_integration: { crm: { integration_type: "custom-rest-actions", ...body } } });
  test("Noncompliance: a misspelt key inside a nested block is named with its index", () => {
    expect(
      findingsOf(integration({ config: [{ name: "CRM" }, { name: "CRM", notez: "x" }] }), "GC-UNK-4").map(
        (finding) => finding.attribute,
      ),
    ).toEqual(["config[1].notez"]);
    expect(
      findingsOf(integration({ config: { name: "CRM", notez: "x" } }), "GC-UNK-4").map((finding) => finding.attribute),
    ).toEqual(["config[0].notez"]);
  });
  test("Noncompliance: Terraform's own keys are only Terraform's at the top of a resource", () => {
    expect(
      findingsOf(integration({ config: [{ name: "CRM", count: 1 }] }), "GC-UNK-4").map((finding) => finding.attribute),
    ).toEqual(["config[0].count"]);
  });
  test("Noncompliance: the message names the type and the provider version", () => {
    expect(shown(integration({ intgration_type: "x" }), "GC-UNK-4")).toEqual([
      [
        "intgration_type",
        "intgration_type is not an attribute of genesyscloud_integration in provider 1.84.1: Terraform refuses it with that provider, or a newer provider added it and it is not assessed",
      ],
    ]);
  });
  test("Compliance: Terraform's keys at the top, another provider's resource", () => {
    expect(
      findingsOf(
        integration({ config: [{ name: "CRM" }], count: 1, lifecycle: { prevent_destroy: true } }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        terraformJson({
          genesyscloud_integration: { crm: { integration_type: "custom-rest-actions" } },
          aws_s3_bucket: { b: { bucket: "x", anything: 1 } },
        }),
        "GC-UNK-4",
      ),
    ).toEqual([]);
  });
});

describe("GC-OAC-4 OAuthClientSecretNotInState: both ways the secret reaches state", () => {
  const client = (expose: unknown) =>
    terraformJson({
      genesyscloud_oauth_client: {
        app: {
          name: "App",
          authorized_grant_type: "CLIENT-CREDENTIALS",
          access_token_validity_seconds: 3600,
          expose_client_secret: expose,
        },
      },
    });
  test("Noncompliance: exposed, or not resolved before deployment", () => {
    expect(findingsOf(client(true), "GC-OAC-4").map((finding) => finding.attribute)).toEqual(["expose_client_secret"]);
    expect(findingsOf(client("${var.expose}"), "GC-OAC-4").map((finding) => finding.attribute)).toEqual([
      "expose_client_secret",
    ]);
  });
  test("Compliance: not exposed", () => {
    expect(findingsOf(client(false), "GC-OAC-4")).toEqual([]);
  });
});

describe("GC-REC-1 RecordingExportTargetsS3BulkIntegration: the finding names the export's path", () => {
  test("Noncompliance: an integration outside the configuration", () => {
    const config = terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: {
          name: "Calls",
          enabled: true,
          actions: {
            retain_recording: true,
            retention_duration: { delete_retention: { days: 30 } },
            integration_export: { integration_id: "8c2d0000-0000-4000-8000-000000000000" },
          },
        },
      },
    });
    expect(shown(config, "GC-REC-1")).toEqual([
      [
        "actions.integration_export.integration_id",
        "recordings are exported to an integration outside this configuration",
      ],
    ]);
  });
  test("Compliance: an S3 bulk-actions integration of this configuration", () => {
    const config = terraformJson({
      genesyscloud_recording_media_retention_policy: {
        calls: {
          name: "Calls",
          enabled: true,
          actions: {
            retain_recording: true,
            retention_duration: { delete_retention: { days: 30 } },
            integration_export: { integration_id: ref("genesyscloud_integration.s3") },
          },
        },
      },
      genesyscloud_integration: { s3: { integration_type: "aws-s3-recording-bulk-actions-integration" } },
    });
    expect(findingsOf(config, "GC-REC-1")).toEqual([]);
  });
});

describe("GC-MSG-1 MessagingSecretsNotLiteral: literal secrets, headers and templates", () => {
  const open = (body: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_conversations_messaging_integrations_open: {
        shop: {
          name: "Shop chat",
          outbound_notification_webhook_url: "https://hooks.shop.example.eu/genesys",
          ...body,
        },
      },
    });
  test("Noncompliance: a literal signature secret and a literal credential header, each named", () => {
    expect(
      shown(
        open({
          outbound_notification_webhook_signature_secret_token: "s3cr3t",
          webhook_headers: JSON.stringify({ "X-Api-Key": "k-123", "X-Tenant": "shop" }),
        }),
        "GC-MSG-1",
      ),
    ).toEqual([
      [
        "outbound_notification_webhook_signature_secret_token",
        "outbound_notification_webhook_signature_secret_token holds a literal secret",
      ],
      ["webhook_headers", "webhook header X-Api-Key holds a literal credential"],
    ]);
  });
  test("Noncompliance: headers that are not a JSON object are judged by their text", () => {
    for (const headers of ["Authorization: Bearer abc", JSON.stringify(["Authorization", "Bearer abc"])]) {
      expect(
        shown(
          open({ outbound_notification_webhook_signature_secret_token: "${var.s}", webhook_headers: headers }),
          "GC-MSG-1",
        ),
        headers,
      ).toEqual([["webhook_headers", "webhook header (unparsed headers) holds a literal credential"]]);
    }
  });
  test("Compliance: secrets from variables, partly templated values, headers without credentials", () => {
    expect(
      findingsOf(
        open({
          outbound_notification_webhook_signature_secret_token: "${var.s}",
          webhook_headers: JSON.stringify({ Authorization: "Bearer ${var.token}" }),
        }),
        "GC-MSG-1",
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        open({
          outbound_notification_webhook_signature_secret_token: "prefix-${var.s}",
          webhook_headers: "X-Tenant: shop",
        }),
        "GC-MSG-1",
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        open({
          outbound_notification_webhook_signature_secret_token: "${var.s}",
          webhook_headers: JSON.stringify({ "X-Tenant": "shop" }),
        }),
        "GC-MSG-1",
      ),
    ).toEqual([]);
  });
  test("Compliance: a WhatsApp PIN from a variable; Noncompliance: a literal one", () => {
    const whatsapp = (pin: string) =>
      terraformJson({
        genesyscloud_conversations_messaging_integrations_whatsapp: {
          wa: {
            name: "WA",
            embedded_signup_access_token: "${var.t}",
            activate_whatsapp: [{ phone_number: "+353861234567", pin }],
          },
        },
      });
    expect(findingsOf(whatsapp("${var.pin}"), "GC-MSG-1")).toEqual([]);
    expect(shown(whatsapp("123456"), "GC-MSG-1")).toEqual([
      ["activate_whatsapp.pin", "activate_whatsapp.pin holds a literal secret"],
    ]);
  });
});

describe("GC-FLOW-2 FlowLogsExcludeConversationData: every level", () => {
  const logLevel = (level?: string) =>
    terraformJson({
      genesyscloud_flow_loglevel: {
        support: {
          flow_id: "11111111-2222-3333-4444-555555555555",
          ...(level === undefined ? {} : { flow_log_level: level }),
        },
      },
    });
  test("Noncompliance: All names the level; an unknown or unresolved level is assessed as All", () => {
    expect(shown(logLevel("All"), "GC-FLOW-2")).toEqual([
      [
        "flow_log_level",
        "flow_log_level All writes the value of every flow variable, with the callers' data, to the execution log",
      ],
    ]);
    expect(shown(logLevel("Verbose"), "GC-FLOW-2")).toEqual([
      [
        "flow_log_level",
        "flow_log_level Verbose is not a level the gate knows or is not resolved; it is assessed as All",
      ],
    ]);
    expect(shown(logLevel(), "GC-FLOW-2")).toEqual([
      [
        "flow_log_level",
        "flow_log_level (missing) is not a level the gate knows or is not resolved; it is assessed as All",
      ],
    ]);
  });
  test("Compliance: Notes and Base", () => {
    expect(findingsOf(logLevel("Notes"), "GC-FLOW-2")).toEqual([]);
    expect(findingsOf(logLevel("Base"), "GC-FLOW-2")).toEqual([]);
  });
});

describe("GC-OAC-5, GC-PPL-3, GC-IDP-2: the messages the DPO reads", () => {
  test("GC-OAC-5 Noncompliance: the lifetime in seconds and hours against the policy's limit", () => {
    expect(
      shown(
        terraformJson(oauthClient({ scopes: ["users:readonly"], access_token_validity_seconds: 172800 })),
        "GC-OAC-5",
      ),
    ).toEqual([
      [
        "access_token_validity_seconds",
        "tokens live 172800 seconds (48 h), more than the 86400 seconds the policy allows",
      ],
    ]);
  });
  const user = (password: unknown, provider: Record<string, unknown> = { aws_region: "eu-west-1" }) =>
    terraformJson(
      { genesyscloud_user: { jane: { name: "Jane Doe", email: "jane.doe@example.com", password } } },
      provider,
    );
  test("GC-PPL-3 Noncompliance: a literal password, and the debug log that copies it", () => {
    expect(shown(user("Winter2026!"), "GC-PPL-3")).toEqual([
      ["password", "the user's password is a literal value in the configuration"],
    ]);
    expect(shown(user("Winter2026!", { aws_region: "eu-west-1", sdk_debug: true }), "GC-PPL-3")).toEqual([
      [
        "password",
        "the user's password is a literal value in the configuration, and sdk_debug = true writes it to the provider's debug log",
      ],
    ]);
  });
  test("GC-PPL-3 Compliance: a password from a variable, even inside other text", () => {
    expect(findingsOf(user("${var.password}"), "GC-PPL-3")).toEqual([]);
    expect(findingsOf(user("prefix-${var.password}"), "GC-PPL-3")).toEqual([]);
  });
  const idp = (signed: unknown) =>
    terraformJson({
      genesyscloud_idp_generic: {
        sso: {
          name: "Corp IdP",
          issuer_uri: "http://www.okta.com/exk1",
          certificates: ["-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----"],
          sign_authn_requests: signed,
        },
      },
    });
  test("GC-IDP-2 Noncompliance: unsigned, and not resolved before deployment", () => {
    expect(shown(idp(false), "GC-IDP-2")).toEqual([["sign_authn_requests", "authentication requests are not signed"]]);
    expect(shown(idp("${var.sign}"), "GC-IDP-2")).toEqual([
      ["sign_authn_requests", "sign_authn_requests is not resolved before deployment"],
    ]);
  });
  test("GC-IDP-2 Compliance: signed", () => {
    expect(findingsOf(idp(true), "GC-IDP-2")).toEqual([]);
  });
});

describe("GC-PRV-2, GC-PRV-3, GC-PRV-4: the provider's region, secrets and gateways", () => {
  const statusCheck = webServiceAction({
    secure: false,
    contract_input: JSON.stringify({ type: "object", properties: { service: { type: "string" } } }),
    contract_output: JSON.stringify({ type: "object", properties: { status: { type: "string" } } }),
    config_request: { request_type: "GET", request_url_template: "https://status.example.eu/health/$${input.service}" },
  });
  test("GC-PRV-2 Compliance: an unknown region matters only where personal data leaves Genesys", () => {
    expect(findingsOf(terraformJson(statusCheck, {}), "GC-PRV-2")).toEqual([]);
    expect(findingsOf(terraformJson(statusCheck, { aws_region: "${var.region}" }), "GC-PRV-2")).toEqual([]);
    expect(
      findingsOf(terraformJson(statusCheck, { aws_region: "eu-north-9" }), "GC-PRV-2").map(
        (finding) => finding.message,
      ),
    ).toEqual(['aws_region "eu-north-9" is not a Genesys Cloud region']);
  });
  test("GC-PRV-2 Noncompliance: each message says which way the region is unknown", () => {
    const lookup = webServiceAction({});
    expect(shown(terraformJson(lookup, {}), "GC-PRV-2")).toEqual([
      [
        "aws_region",
        "aws_region is not set and no GENESYSCLOUD_REGION, --region or policy org_region names the org's region, so where personal data leaving Genesys is transferred from is unknown",
      ],
    ]);
    expect(shown(terraformJson(lookup, { aws_region: "${var.region}" }), "GC-PRV-2")).toEqual([
      ["aws_region", "aws_region ${var.region} is not resolved before deployment"],
    ]);
  });
  const lookup = webServiceAction({});
  test("GC-PRV-3 Noncompliance: literal gateway and proxy passwords, each by its block's index", () => {
    const provider = {
      aws_region: "eu-west-1",
      access_token: "tok-123",
      gateway: [
        { host: "gw.example.eu", auth: [{ username: "u", password: "${var.p}" }] },
        { host: "gw2.example.eu", auth: [{ username: "u", password: "pw-2" }] },
      ],
      proxy: [{ host: "p.example.eu", auth: [{ username: "u", password: "pw-3" }] }],
    };
    expect(shown(terraformJson(lookup, provider), "GC-PRV-3")).toEqual([
      ["access_token", "access_token is a literal value in the configuration"],
      ["gateway[1].auth.password", "the gateway's password is a literal value in the configuration"],
      ["proxy[0].auth.password", "the proxy's password is a literal value in the configuration"],
    ]);
  });
  test("GC-PRV-3 Compliance: a gateway without auth, a password partly from a variable", () => {
    expect(
      findingsOf(
        terraformJson(lookup, {
          aws_region: "eu-west-1",
          gateway: [{ host: "gw.example.eu" }],
          proxy: [{ host: "p.example.eu", auth: [{ username: "u", password: "pre-${var.p}" }] }],
        }),
        "GC-PRV-3",
      ),
    ).toEqual([]);
  });
  const approved = {
    version: 1,
    destinations: [{ host: "gw.example.eu", vendor: "Example Ltd", country: "IE", purposes: ["egress proxy"] }],
  } as never;
  test("GC-PRV-4 Noncompliance: the second gateway is judged by its own host", () => {
    const provider = {
      aws_region: "eu-west-1",
      gateway: [
        { host: "gw.example.eu", protocol: "https" },
        { host: "other.example.eu", protocol: "HTTP" },
      ],
    };
    expect(
      findingsOf(terraformJson(lookup, provider), "GC-PRV-4", approved).map((finding) => [
        finding.attribute,
        finding.message,
      ]),
    ).toEqual([
      [
        "gateway[1].host",
        "every API call of the provider passes through gateway other.example.eu, which is not on the allow-list",
      ],
      [
        "gateway[1].protocol",
        "the gateway is reached over plain http, so API traffic with personal data and tokens is unencrypted",
      ],
    ]);
  });
  test("GC-PRV-4 Noncompliance: a gateway that names no host", () => {
    expect(
      findingsOf(
        terraformJson(lookup, { aws_region: "eu-west-1", gateway: [{ port: "443", protocol: "https" }] }),
        "GC-PRV-4",
        approved,
      ).map((finding) => [finding.attribute, finding.message]),
    ).toEqual([
      [
        "gateway[0].host",
        "the gateway's host is not resolved before deployment, so every API call may pass through any host",
      ],
    ]);
  });
});

describe("GC-RTE-2 TranscriptReachReviewed: who else reads transcripts", () => {
  const settings = (transcription: Record<string, unknown>) =>
    terraformJson({ genesyscloud_routing_settings: { org: { transcription: [transcription] } } });
  test("Noncompliance: content search and real-time streaming, each named; a setting not resolved counts as on", () => {
    expect(
      shown(
        settings({
          transcription: "EnabledGlobally",
          content_search_enabled: true,
          low_latency_transcription_enabled: "${var.ll}",
        }),
        "GC-RTE-2",
      ),
    ).toEqual([
      ["transcription.content_search_enabled", "transcripts are searchable by content across the org"],
      [
        "transcription.low_latency_transcription_enabled",
        "transcripts stream in real time to Notification API subscribers",
      ],
    ]);
  });
  test("Compliance: transcription disabled, or both off", () => {
    expect(findingsOf(settings({ transcription: "Disabled", content_search_enabled: true }), "GC-RTE-2")).toEqual([]);
    expect(
      findingsOf(
        settings({
          transcription: "EnabledGlobally",
          content_search_enabled: false,
          low_latency_transcription_enabled: false,
        }),
        "GC-RTE-2",
      ),
    ).toEqual([]);
  });
  test("Noncompliance: a queue whose live calls supervisors can hear; Compliance: one where they cannot", () => {
    const queue = (monitoring: unknown) =>
      terraformJson({ genesyscloud_routing_queue: { q: { name: "Q", enable_audio_monitoring: monitoring } } });
    expect(shown(queue(true), "GC-RTE-2")).toEqual([
      ["enable_audio_monitoring", "supervisors can listen to the queue's live calls"],
    ]);
    expect(findingsOf(queue(false), "GC-RTE-2")).toEqual([]);
  });
});

describe("GC-RTE-1 TranscriptionRedactsPersonalData: each state of a redaction setting, and queues under the org's setting", () => {
  const settings = (transcription: Record<string, unknown>) => ({
    genesyscloud_routing_settings: { org: { transcription: [transcription] } },
  });
  const queue = (body: Record<string, unknown>) => ({
    genesyscloud_routing_queue: { support: { name: "Support", ...body } },
  });
  const PCI = "PCI DSS redaction (card numbers spoken or keyed)";
  test("Noncompliance: a setting left out is 'not enabled', one from a variable 'not resolved', each on its own attribute", () => {
    expect(
      shown(
        terraformJson(settings({ transcription: "EnabledGlobally", pii_redaction_enabled: "${var.pii}" })),
        "GC-RTE-1",
      ).sort(),
    ).toEqual([
      ["transcription.pci_dss_redaction_enabled", `transcripts are made and ${PCI} is not enabled`],
      [
        "transcription.pii_redaction_enabled",
        "transcripts are made and PII redaction is not resolved before deployment",
      ],
    ]);
  });
  test("Noncompliance: a transcribing queue takes the org's gaps, on its own enable_transcription", () => {
    const findings = findingsOf(
      terraformJson({
        ...settings({ transcription: "EnabledGlobally", pii_redaction_enabled: true }),
        ...queue({ enable_transcription: true }),
      }),
      "GC-RTE-1",
    );
    expect(findings.map((finding) => [finding.resource, finding.attribute, finding.message]).sort()).toEqual([
      ["genesyscloud_routing_queue.support", "enable_transcription", `transcripts are made and ${PCI} is not enabled`],
      [
        "genesyscloud_routing_settings.org",
        "transcription.pci_dss_redaction_enabled",
        `transcripts are made and ${PCI} is not enabled`,
      ],
    ]);
  });
  test("Compliance: a queue whose transcription is not set does not transcribe", () => {
    expect(findingsOf(terraformJson(queue({})), "GC-RTE-1")).toEqual([]);
  });
  test("Noncompliance: a queue transcribing from a variable names the missing org setting", () => {
    expect(shown(terraformJson(queue({ enable_transcription: "${var.transcribe}" })), "GC-RTE-1").sort()).toEqual([
      [
        "enable_transcription",
        `transcripts are made and ${PCI} is not set in this configuration (genesyscloud_routing_settings)`,
      ],
      [
        "enable_transcription",
        "transcripts are made and PII redaction is not set in this configuration (genesyscloud_routing_settings)",
      ],
    ]);
  });
});

describe("GC-RTE-2 TranscriptReachReviewed: the transcript settings matter only while transcription is on", () => {
  const settings = (transcription: Record<string, unknown>) => ({
    genesyscloud_routing_settings: { org: { transcription: [transcription] } },
  });
  test("Compliance: content search and streaming switched on with transcription off make no transcripts to reach", () => {
    expect(
      findingsOf(
        terraformJson(
          settings({
            transcription: "Disabled",
            content_search_enabled: true,
            low_latency_transcription_enabled: true,
          }),
        ),
        "GC-RTE-2",
      ),
    ).toEqual([]);
  });
  test("Noncompliance: settings from variables are read as on", () => {
    const config = terraformJson({
      ...settings({ transcription: "EnabledGlobally", content_search_enabled: "${var.search}" }),
      genesyscloud_routing_queue: { q: { name: "Q", enable_audio_monitoring: "${var.listen}" } },
    });
    expect(
      findingsOf(config, "GC-RTE-2")
        .map((finding) => [finding.resource, finding.attribute])
        .sort(),
    ).toEqual([
      ["genesyscloud_routing_queue.q", "enable_audio_monitoring"],
      ["genesyscloud_routing_settings.org", "transcription.content_search_enabled"],
    ]);
  });
});

describe("GC-DTR-1, GC-TSK-2, GC-SCR-1, GC-JRN-1: where the finding points and what it names", () => {
  const rows = (body: Record<string, unknown>) =>
    terraformJson({
      genesyscloud_architect_datatable: {
        vip: { name: "VIP customers", properties: [{ name: "key", type: "string" }] },
      },
      genesyscloud_architect_datatable_row: {
        r: { datatable_id: ref("genesyscloud_architect_datatable.vip"), ...body },
      },
    });
  test("a data-table row names the key or the properties it found the data in, never the value", () => {
    expect(
      shown(rows({ key_value: "jane.doe@example.com", properties_json: JSON.stringify({ tier: "gold" }) }), "GC-DTR-1"),
    ).toEqual([["key_value", "the row holds customer contact details (key_value)"]]);
    const [finding] = shown(
      rows({
        key_value: "c-1",
        properties_json: JSON.stringify({ customerName: "Jane Doe", mobile: "+44 7700 900123" }),
      }),
      "GC-DTR-1",
    );
    expect(finding![0]).toBe("properties_json");
    expect(finding![1]).toMatch(
      /^the row holds customer contact details \(properties_json\.\w+, properties_json\.\w+\)$/,
    );
    expect(finding![1]).not.toContain("Jane Doe");
  });
  test("a work-item schema names each card or special-category field with the element it is", () => {
    const text = (title: string) => ({ allOf: [{ $ref: "#/definitions/text" }], title });
    const config = terraformJson({
      genesyscloud_task_management_workitem_schema: {
        claims: {
          name: "Claims",
          enabled: true,
          properties: JSON.stringify({ diagnosis_text: text("Diagnosis"), email_text: text("Email") }),
        },
      },
    });
    expect(shown(config, "GC-TSK-2")).toEqual([
      [
        "properties",
        "the schema declares health data (properties.diagnosis_text (Diagnosis), properties.diagnosis_text (diagnosis_text))",
      ],
    ]);
  });
  test("a script file from a variable is named on filepath with the reason", () => {
    expect(
      shown(
        terraformJson({ genesyscloud_script: { care: { script_name: "Care", filepath: "${var.script}" } } }),
        "GC-SCR-1",
      ),
    ).toEqual([["filepath", "the script file is not resolved before deployment, so the script file cannot be read"]]);
  });
  test("a guide calling an action the configuration does not define names the path and the label", () => {
    const config = terraformJson({
      ...webServiceAction({}),
      genesyscloud_guide_version: {
        v1: {
          guide_id: "g",
          instruction: "x",
          resources: [{ data_action: [{ data_action_id: "abc", label: "Lookup" }] }],
        },
      },
    });
    expect(shown(config, "GC-JRN-1")).toEqual([
      [
        "resources[0].data_action[0].data_action_id",
        "resources[0].data_action[0].data_action_id names Lookup, which this configuration does not define",
      ],
    ]);
  });
});
