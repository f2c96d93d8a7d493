import { describe, expect, test } from "vitest";
import { findingsOf, terraformJson } from "../../helpers/assess-config";

describe("a transcription block given as an expression is not read as transcription off", () => {
  test("it is refused as Terraform refuses it (a block cannot be an expression), not read as off", () => {
    expect(() =>
      findingsOf(
        terraformJson({ genesyscloud_routing_settings: { org: { transcription: "${var.transcription}" } } }),
        "GC-RTE-1",
      ),
    ).toThrow(/transcription: a transcription block \(an object\), got a string/);
  });
});
