/**
 * What each analytics detail event topic carries, from the Platform API's own event types
 * (purecloud-platform-client-v2@262.0.0 index.d.ts, `*DetailEventTopic*Event`): every event carries ids, ANI/DNIS and
 * addresses; only AttributeUpdateEvent carries the participant attributes flows set, and AfterCallWorkEvent and
 * WrapupEvent the agent's free-text wrap-up notes. A topic the catalog does not name keeps everything (fail closed).
 */
import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { topicDataElements } from "../../src/catalog/lookup";

const catalog = builtInCatalog();
const topic = (suffix: string) => topicDataElements(catalog, `v2.detail.events.conversation.{id}${suffix}`)?.sort();

describe("analytics detail event topics", () => {
  test.each([
    ".customer.start",
    ".customer.end",
    ".acd.start",
    ".acd.end",
    ".user.start",
    ".user.end",
    ".flow.outcome",
  ])("%s carries conversation metadata (ANI, DNIS, addresses), not participant attributes", (suffix) =>
    expect(topic(suffix)).toEqual(["conversation_metadata"]),
  );

  test("attributes carries the participant attributes flows set", () =>
    expect(topic(".attributes")).toEqual(["participant_data"]));

  test.each([".acw", ".wrapup"])("%s carries the agent's wrap-up notes, free text", (suffix) =>
    expect(topic(suffix)).toEqual(["conversation_metadata", "unstructured_free_text"]),
  );

  test.each(["", ".*", ".someday.new"])("a topic the catalog does not name (%s) keeps everything", (suffix) =>
    expect(topic(suffix)).toEqual(["conversation_metadata", "participant_data"]),
  );
});
