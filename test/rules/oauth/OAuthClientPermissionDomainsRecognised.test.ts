import { describe, expect, test } from "vitest";
import { findingsOf, oauthClient, ref, terraformJson } from "../../helpers/assess-config";
import { clientCredentials, role } from "../../helpers/rules/oauth";

describe("GC-OAC-8 OAuthClientPermissionDomainsRecognised: permission domains are known", () => {
  test("Noncompliance: an unknown domain", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("recordingz", "recording", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-8")[0]!.message).toContain('"recordingz"');
  });
  test("Compliance: known domains", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("architect", "flow", ["view"])),
    );
    expect(findingsOf(config, "GC-OAC-8")).toEqual([]);
  });
  // Read the way that grants most (fail closed): `*` as every domain, another casing of a known domain as that domain.
  test.each([
    ["*", "*", ["*"]],
    ["Recording", "recording", ["view"]],
    ["RECORDING", "*", ["*"]],
  ])("Noncompliance, fail closed: domain %j reaches recordings (GC-REC-3)", (domain, entity, actions) => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role(domain, entity, actions)),
    );
    expect(findingsOf(config, "GC-OAC-8")).toHaveLength(1);
    expect(findingsOf(config, "GC-REC-3")).toHaveLength(1);
  });
  test("Compliance kept: another casing of a domain without personal data stays without it", () => {
    const config = terraformJson(
      oauthClient(clientCredentials(ref("genesyscloud_auth_role.reader")), role("Architect", "flow", ["view"])),
    );
    expect(findingsOf(config, "GC-REC-3")).toEqual([]);
  });
});
