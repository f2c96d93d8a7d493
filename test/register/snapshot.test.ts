import { describe, expect, test } from "vitest";
import type { Dpia } from "../../src/dpia/schema";
import type { Inventory } from "../../src/inventory/model";
import { snapshotOf } from "../../src/register/assessments";

const inventory: Inventory = {
  origin: "test",
  scope: "test",
  providers: [
    { alias: undefined, attributes: { aws_region: "eu-west-1", oauthclient_secret: "s3cr3t-provider" }, location: {} },
  ],
  resources: [
    {
      mode: "managed",
      type: "genesyscloud_integration_credential",
      name: "crm",
      address: "genesyscloud_integration_credential.crm",
      attributes: { name: "CRM credentials", fields: { clientId: "crm-client", clientSecret: "very-secret-value" } },
      location: {},
    },
    {
      mode: "managed",
      type: "genesyscloud_externalcontacts_contact",
      name: "jane",
      address: "genesyscloud_externalcontacts_contact.jane",
      attributes: { first_name: "Jane", work_email: "jane.doe@example.com", notes: "card 4111 1111 1111 1111 on file" },
      location: {},
    },
    {
      mode: "managed",
      type: "genesyscloud_integration",
      name: "other",
      address: "genesyscloud_integration.other",
      attributes: { name: "Other" },
      location: {},
    },
  ],
};

describe("the configuration snapshot kept with each assessment", () => {
  const snapshot = snapshotOf(
    {
      resources: [
        { address: "genesyscloud_integration_credential.crm", type: "x" },
        { address: "genesyscloud_externalcontacts_contact.jane", type: "x" },
      ],
    } as Dpia,
    inventory,
  );
  const text = JSON.stringify(snapshot);

  test("holds exactly the DPIA's resources and the provider", () => {
    expect((snapshot.resources as Array<{ address: string }>).map((resource) => resource.address)).toEqual([
      "genesyscloud_externalcontacts_contact.jane",
      "genesyscloud_integration_credential.crm",
    ]);
    expect(text).toContain("eu-west-1");
    expect(text).toContain("crm-client");
  });

  test("never holds a secret or personal data in the clear", () => {
    for (const value of ["very-secret-value", "s3cr3t-provider", "jane.doe@example.com", "4111 1111 1111 1111"])
      expect(text).not.toContain(value);
    expect(text).toMatch(/"clientSecret":"sha256:[0-9a-f]{64}"/);
    expect(text).toContain("j***@example.com");
    expect(text).toContain("4111 **** **** 1111");
  });
});

describe("secrets written into values", () => {
  test("a URL's credential parameters, an Authorization header and a token in notes are kept as hashes; references stay", () => {
    const action: Inventory = {
      ...inventory,
      resources: [
        {
          mode: "managed",
          type: "genesyscloud_integration_action",
          name: "push",
          address: "genesyscloud_integration_action.push",
          attributes: {
            config_request: [
              {
                request_url_template: "https://api.example.eu/c?access_token=TokSecret_5522&phone=${input.phone}",
                headers: { Authorization: "Bearer eyJhbGciOi.payload.HdrSecretSig123", "X-Trace": "Bearer ${input.t}" },
              },
            ],
            notes:
              "login https://idp.example.eu/?client_secret=QuerySecret_6644 with ghp_abcdefghijklmnopqrstuvwxyz0123456789",
          },
          location: {},
        },
      ],
    };
    const text = JSON.stringify(
      snapshotOf({ resources: [{ address: "genesyscloud_integration_action.push", type: "x" }] } as Dpia, action),
    );
    for (const secret of ["TokSecret_5522", "HdrSecretSig123", "QuerySecret_6644", "ghp_abcdefghijklmnopqrstuvwxyz"])
      expect(text).not.toContain(secret);
    expect(text).toMatch(/access_token=sha256:[0-9a-f]{64}&phone=\$\{input\.phone\}/);
    expect(text).toContain('"X-Trace":"Bearer ${input.t}"');
  });
});

describe("masking a long value", () => {
  test("every card number in a value with thousands of them is masked, and the text between is kept", () => {
    const notes = Array.from({ length: 3_000 }, (_, i) => `line ${i}: 4111 1111 1111 1111`).join("; ");
    const big: Inventory = { ...inventory, resources: [{ ...inventory.resources[1]!, attributes: { notes } }] };
    const masked = (
      snapshotOf({ resources: [{ address: "genesyscloud_externalcontacts_contact.jane", type: "x" }] } as Dpia, big)
        .resources as Array<{ attributes: { notes: string } }>
    )[0]!.attributes.notes;
    expect(masked).not.toContain("4111 1111 1111 1111");
    expect(masked.split("4111 **** **** 1111").length - 1).toBe(3_000);
    expect(masked).toBe(notes.split("4111 1111 1111 1111").join("4111 **** **** 1111"));
  });
});
