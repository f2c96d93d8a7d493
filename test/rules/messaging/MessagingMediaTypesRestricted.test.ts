import { describe, expect, test } from "vitest";
import { findingsOf, ref } from "../../helpers/assess-config";
import { open } from "../../helpers/rules/messaging";

describe("GC-MSG-2 MessagingMediaTypesRestricted: a channel names the media types it accepts", () => {
  const withContent = (allow: Record<string, unknown>) =>
    open(
      { supported_content_id: ref("genesyscloud_conversations_messaging_supportedcontent.content") },
      {
        genesyscloud_conversations_messaging_supportedcontent: { content: { name: "Content", media_types: { allow } } },
      },
    );
  test("Noncompliance: inbound accepts every media type", () => {
    const findings = findingsOf(
      withContent({ inbound: [{ type: "*/*" }], outbound: [{ type: "image/png" }] }),
      "GC-MSG-2",
    );
    expect(findings.map((finding) => finding.attribute)).toEqual(["media_types.allow.inbound"]);
  });
  test("Noncompliance: the org default profile accepts anything, and governs an integration that names no profile", () => {
    const config = open(
      {},
      {
        genesyscloud_conversations_messaging_supportedcontent: {
          any: { name: "Any", media_types: { allow: { outbound: [{ type: "*" }] } } },
        },
        genesyscloud_conversations_messaging_supportedcontent_default: {
          default: { content_id: ref("genesyscloud_conversations_messaging_supportedcontent.any") },
        },
      },
    );
    expect(findingsOf(config, "GC-MSG-2").map((finding) => finding.resource)).toEqual([
      "genesyscloud_conversations_messaging_supportedcontent.any",
    ]);
  });
  test("Compliance: images and PDFs only", () => {
    expect(
      findingsOf(withContent({ inbound: [{ type: "image/jpeg" }, { type: "application/pdf" }] }), "GC-MSG-2"),
    ).toEqual([]);
  });
});
