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
});
