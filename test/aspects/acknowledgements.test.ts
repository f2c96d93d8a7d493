import { Aspects, TerraformStack } from "cdktf";
import { describe, expect, test } from "vitest";
import { acknowledgeFinding, DpiaGate, type FindingAcknowledgement, type Policy } from "../../src";
import { AuthRole } from "../../.gen/providers/genesyscloud/auth-role";
import { Integration } from "../../.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "../../.gen/providers/genesyscloud/integration-action";
import { OauthClient } from "../../.gen/providers/genesyscloud/oauth-client";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import { newApp, readDpias, tempDir } from "../helpers/stacks";

const REASON = "The wallboard vendor reads contact names under our DPA of 2026-03; reviewed by the DPO.";
const POLICY: Policy = {
  version: 1,
  destinations: [{ oauth_client: "Wallboard", vendor: "Wallboards Ltd", country: "IE", purposes: ["Wallboards"] }],
};

/** A client-credentials client reading contacts (one High finding), and a card-data action (Critical). */
function synthesize(
  acknowledge: (parts: { client: OauthClient; action: IntegrationAction; stack: TerraformStack }) => void,
) {
  const outdir = tempDir("dpia-ack-");
  const app = newApp(outdir);
  const stack = new TerraformStack(app, "acknowledged");
  new GenesyscloudProvider(stack, "genesyscloud", { awsRegion: "eu-west-1" });
  const role = new AuthRole(stack, "contacts", {
    name: "Contacts",
    permissionPolicies: [{ domain: "externalContacts", entityName: "contact", actionSet: ["view"] }],
  });
  const client = new OauthClient(stack, "wallboard", {
    name: "Wallboard",
    authorizedGrantType: "CLIENT-CREDENTIALS",
    roles: [{ roleId: role.id, divisionId: "home" }],
  });
  const pay = new Integration(stack, "pay", { integrationType: "custom-rest-actions", config: { name: "Pay" } });
  const action = new IntegrationAction(stack, "take", {
    name: "Take",
    category: "Pay",
    integrationId: pay.id,
    secure: true,
    contractInput: JSON.stringify({ type: "object", properties: { cardNumber: { type: "string" } } }),
    contractOutput: "{}",
    configRequest: { requestType: "POST", requestUrlTemplate: "https://psp.example.com/pay" },
  });
  acknowledge({ client, action, stack });
  Aspects.of(stack).add(new DpiaGate({ quiet: true, policy: POLICY, blockAt: "Critical" }));
  let error: unknown;
  try {
    app.synth();
  } catch (caught) {
    error = caught;
  }
  const warnings = stack.node
    .findAll()
    .flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === "@cdktf/warn")
        .map((entry) => `${construct.node.path}: ${String(entry.data)}`),
    );
  return { error, warnings, outdir };
}

describe("acknowledgeFinding in CDKTF code", () => {
  test("without it, the client's High finding warns on its construct", () => {
    const { warnings } = synthesize(() => undefined);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^acknowledged\/wallboard: DPIA OAC-wallboard-[0-9a-f]{6}: High risk\. GC-OAC-2:/),
    );
  });

  test("an acknowledged High does not warn, and the DPIA keeps the finding with its reason and construct", () => {
    const { warnings, error, outdir } = synthesize(({ client }) =>
      acknowledgeFinding(client, { id: "GC-OAC-2", reason: REASON }),
    );
    expect(String((error as Error | undefined)?.message)).toContain("GC-FLW-1"); // the card action still blocks the stack
    expect(warnings.filter((warning) => warning.includes("wallboard"))).toEqual([]);
    const dpia = readDpias(outdir, "acknowledged").find((candidate) => candidate.integration_name === "Wallboard")!;
    expect(dpia.findings).toEqual([
      expect.objectContaining({
        rule_id: "GC-OAC-2",
        acknowledged: {
          reason: REASON,
          source: 'cdktf construct acknowledged/wallboard acknowledgeFinding("GC-OAC-2")',
        },
      }),
    ]);
  });

  test("acknowledging the Critical finding fails synthesis and names it: only an exception lifts a block", () => {
    const { error } = synthesize(({ action }) => acknowledgeFinding(action, { id: "GC-FLW-1", reason: REASON }));
    expect((error as Error).name).toBe("InputError");
    expect((error as Error).message).toBe(
      'cdktf construct acknowledged/take: acknowledgeFinding("GC-FLW-1"): expected a non-blocking finding: GC-FLW-1 on genesyscloud_integration_action.take is Critical, at or above block_at Critical, and only a dual-signed exception can lift it (npx dpia exception request)',
    );
  });

  test("an expired acknowledgement no longer applies: the warning is back, with a note that it expired", () => {
    const { warnings } = synthesize(({ client }) =>
      acknowledgeFinding(client, { id: "GC-OAC-2", reason: REASON, expires: "2020-01-31" }),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^acknowledged\/wallboard: DPIA OAC-wallboard-[0-9a-f]{6}: High risk\. GC-OAC-2:/),
    );
    expect(warnings).toContainEqual(
      expect.stringContaining(
        'The acknowledgement of GC-OAC-2 on genesyscloud_oauth_client.wallboard (cdktf construct acknowledged/wallboard acknowledgeFinding("GC-OAC-2")) expired at 2020-01-31T23:59:59Z; the finding counts again.',
      ),
    );
  });

  test("a reason that is not a sentence, or an expiry that is not a date, is refused where it is written", () => {
    const attempt = (acknowledgement: FindingAcknowledgement) => () =>
      synthesize(({ client }) => acknowledgeFinding(client, acknowledgement));
    expect(attempt({ id: "GC-OAC-2", reason: "fine" })).toThrow(
      'cdktf construct acknowledged/wallboard: acknowledgeFinding("GC-OAC-2").reason: expected a reason of at least a sentence',
    );
    expect(attempt({ id: "GC-OAC-2", reason: REASON, expires: "soon" })).toThrow(
      /acknowledgeFinding\("GC-OAC-2"\)\.expires: expected an expiry date/,
    );
  });

  test("an acknowledgement that matches no finding on its construct is named in a warning", () => {
    const { warnings } = synthesize(({ client }) => acknowledgeFinding(client, { id: "GC-OAC-3", reason: REASON }));
    expect(warnings).toContain(
      'acknowledged: DPIA gate: cdktf construct acknowledged/wallboard: acknowledgeFinding("GC-OAC-3"): acknowledges GC-OAC-3 on genesyscloud_oauth_client.wallboard, which has no such finding; remove it or correct the address or rule id',
    );
  });

  test("an acknowledgement on a construct that is not a Genesys resource is refused", () => {
    const { error } = synthesize(({ stack }) => acknowledgeFinding(stack, { id: "GC-OAC-2", reason: REASON }));
    expect((error as Error).message).toBe(
      'cdktf construct acknowledged: acknowledgeFinding("GC-OAC-2"): expected a Genesys Cloud resource construct (an integration, action, OAuth client, role…), whose findings it acknowledges',
    );
  });
});
