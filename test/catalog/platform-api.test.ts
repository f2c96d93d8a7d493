import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { platformApiCall } from "../../src/catalog/platform-api";

const catalog = builtInCatalog();
const api = catalog.platformApi;
const call = (method: string | undefined, url: string) => platformApiCall(catalog, method, url);

describe("Platform API catalog: every operation of the published SDK by what it does", () => {
  test("names the SDK and version it was generated from, and counts what it holds", () => {
    expect(api.source.package).toBe("purecloud-platform-client-v2");
    expect(api.source.version).toMatch(/^\d+\.\d+\.\d+$/);
    const counted = Object.values(api.paths).flatMap((methods) => Object.values(methods));
    expect(counted).toHaveLength(api.source.operations);
    const byEffect: Record<string, number> = {};
    for (const index of counted) byEffect[api.effects[index]!.effect] = (byEffect[api.effects[index]!.effect] ?? 0) + 1;
    expect(byEffect).toEqual(api.source.operations_by_effect);
  });

  test("the committed catalog follows the hand-classified list (regenerate it after editing the list)", () => {
    const hand = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../scripts/platform-api/hand-classified.json"), "utf8"),
    ) as Record<string, { why: string; operations: string[] }[]>;
    const operations = Object.entries(api.paths).flatMap(([template, methods]) =>
      Object.entries(methods).map(([method, index]) => ({
        operation: `${method} ${template}`,
        entry: api.effects[index]!,
      })),
    );
    for (const effect of ["sends_out", "executes_action", "read"])
      for (const { why, operations: selectors } of hand[effect]!)
        for (const selector of selectors) {
          const hits = operations.filter(({ operation }) =>
            selector.startsWith("^") ? new RegExp(selector).test(operation) : operation === selector,
          );
          expect(hits.length, selector).toBeGreaterThan(0);
          for (const hit of hits) expect(hit.entry, hit.operation).toMatchObject({ effect, why });
        }
  });

  test("every data element's source_api_endpoint is an operation of the catalog", () => {
    const templates = new Set(Object.keys(api.paths).map((path) => path.replace(/\{[^/]*\}/g, "{}")));
    const missing = catalog.data_elements
      .map((element) => element.source_api_endpoint)
      .filter((endpoint): endpoint is string => Boolean(endpoint))
      .filter((endpoint) => !templates.has(endpoint.replace(/\{[^/]*\}/g, "{}")));
    expect(missing).toEqual([]);
  });

  test.each([
    ["POST", "/api/v2/conversations/emails/agentless", "sends_out", "toAddresses"],
    ["POST", "/api/v2/conversations/messages/agentless", "sends_out", "toAddress"],
    ["POST", "/api/v2/conversations/calls", "sends_out", "phoneNumber"],
    [
      "POST",
      "/api/v2/conversations/calls/$${input.conversationId}/participants/$${input.participantId}/replace",
      "sends_out",
      "address",
    ],
    [
      "POST",
      "/api/v2/conversations/$${input.conversationId}/participants/$${input.participantId}/transfer",
      "sends_out",
      "address",
    ],
    ["POST", "/api/v2/recording/jobs", "sends_out", undefined],
    [
      "PUT",
      "/api/v2/conversations/calls/$${input.c}/participants/$${input.p}/communications/$${input.m}/uuidata",
      "sends_out",
      undefined,
    ],
    [
      "POST",
      "/api/v2/integrations/actions/${genesyscloud_integration_action.crm.id}/execute",
      "executes_action",
      undefined,
    ],
    ["POST", "/api/v2/integrations/actions/abc/test", "executes_action", undefined],
  ])("%s %s sends data out or runs another action (%s)", (method, url, effect, recipient) => {
    const found = call(method, url.replace(/\$\$\{/g, "${"));
    expect(found?.effect).toBe(effect);
    expect(found?.recipient).toBe(recipient);
  });

  test.each([
    ["GET", "/api/v2/routing/queues?name=$esc.url(${input.queueName})", "read"],
    ["get", "/api/v2/users/${input.userId}", "read"],
    ["POST", "/api/v2/analytics/conversations/details/query", "read"],
    ["PATCH", "/api/v2/users/${input.userId}", "write"],
    ["POST", "/api/v2/conversations/${input.conversationId}/disconnect", "write"],
    ["POST", "/api/v2/externalcontacts/contacts/$esc.url(${input.contactId})/notes", "write"],
    ["POST", "#set($id = $input.id)\n/api/v2/externalcontacts/contacts", "write"],
    ["POST", "/api/v2/conversations/emails/${input.conversationId}/inboundmessages", "write"],
  ])("%s %s stays in the org (%s)", (method, url, effect) => {
    expect(call(method, url)?.effect).toBe(effect);
  });

  test("a write the catalog does not know is of unknown effect; a GET of the same path is a read", () => {
    expect(call("POST", "/api/v2/externalcontacts/contacts/${input.contactId}/share")).toMatchObject({
      effect: "unknown",
      why: expect.stringMatching(/is not an operation of the Platform API \(purecloud-platform-client-v2@/),
    });
    expect(call("GET", "/api/v2/externalcontacts/contacts/${input.contactId}/share")?.effect).toBe("read");
  });

  test("a method that is not resolved before deployment is of unknown effect (fails closed)", () => {
    expect(call("${var.method}", "/api/v2/routing/queues")?.effect).toBe("unknown");
    expect(call(undefined, "/api/v2/routing/queues")?.effect).toBe("unknown");
  });

  test("an expression that may be an operation's name reaches every operation it could be", () => {
    const mixed = call("POST", "/api/v2/conversations/${input.kind}");
    expect(mixed?.effect).toBe("unknown");
    expect(mixed?.why).toMatch(/\/api\/v2\/conversations\/emails/);
    expect(call("POST", "/api/v2/conversations/${input.kind}/agentless")?.effect).toBe("sends_out");
  });

  test("an expression named as an id fills a parameter; where no operation has one, the write is unknown", () => {
    expect(call("POST", "/api/v2/conversations/${input.conversationId}/agentless")?.effect).toBe("unknown");
  });

  test("another spelling of an operation is the same operation: case, percent-encoding, doubled or trailing slashes", () => {
    for (const url of [
      "/API/V2/Conversations/Emails/Agentless",
      "/api/v2/conversations/emails/%61gentless",
      "/api/v2//conversations/emails/agentless/",
      "  \n/api/v2/conversations/emails/agentless?x=1",
    ])
      expect(call("POST", url)?.effect, url).toBe("sends_out");
    expect(call("post", "/api/v2/conversations/emails/agentless")?.effect).toBe("sends_out");
  });

  test("a relative path outside /api/v2/ still goes to the org's API host: a write there is unknown", () => {
    expect(call("POST", "/api/v1/conversations/emails/agentless")?.effect).toBe("unknown");
    expect(call("POST", "/api/v2/routing/queues/../../conversations/emails/agentless")?.effect).toBe("unknown");
    expect(call("GET", "/platform/anything")?.effect).toBe("read");
  });

  test("only relative URLs are the org's Platform API", () => {
    expect(call("POST", "https://api.mypurecloud.com/api/v2/conversations/emails/agentless")).toBeUndefined();
    expect(call("POST", "//evil.example/api/v2/x")).toBeUndefined();
    expect(call("POST", "${input.url}")).toBeUndefined();
    expect(call("POST", "/${input.host}/api/v2/x")).toBeUndefined();
    expect(call("POST", undefined as unknown as string)).toBeUndefined();
  });
});
