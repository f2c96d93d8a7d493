import { describe, expect, test } from "vitest";
import { assess, terraformJson, webServiceAction } from "../helpers/assess-config";

describe("the purpose the author stated, repeated in the DPIA", () => {
  test("an integration's notes are repeated with card numbers masked and credentials redacted", () => {
    const notes =
      "Looks up callers. Test cards 4111-1111-1111-1111; token ghp_abcdefghijklmnopqrstuvwxyz0123456789; password=Hunter2Secret";
    const [dpia] = assess(terraformJson(webServiceAction({}, { config: { name: "CRM", notes } }))).dpias;
    const purposes = dpia!.description.purposes;
    expect(purposes).toContain(
      "Looks up callers. Test cards 4111 **** **** 1111; token [redacted]; password=[redacted]",
    );
    for (const secret of ["4111-1111-1111-1111", "ghp_abcdefghij", "Hunter2Secret"])
      expect(purposes).not.toContain(secret);
  });
});
