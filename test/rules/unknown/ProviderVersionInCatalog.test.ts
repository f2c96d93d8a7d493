import { describe, expect, test } from "vitest";
import { assess, findingsOf, shown, terraformJson } from "../../helpers/assess-config";
import { lowestAdmitted } from "../../../src/inventory/provider-version";

describe("GC-UNK-3 ProviderVersionInCatalog: the required provider is not newer than the catalog", () => {
  const withVersion = (
    version: string,
    resources = { genesyscloud_routing_wrapupcode: { w: { name: "Resolved" } } },
  ) => ({
    terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version } } },
    ...terraformJson(resources),
  });
  test("Noncompliance: a pinned newer version, even in a folder of none-rated types", () => {
    const result = assess(withVersion("1.90.0"));
    expect(result.dpias).toHaveLength(1);
    const findings = result.dpias[0]!.findings.filter((finding) => finding.rule_id === "GC-UNK-3");
    expect(findings.map((finding) => finding.message)).toEqual([
      "the configuration requires provider 1.90.0, newer than the 1.84.1 the catalog was made for",
    ]);
  });
  test("Noncompliance: a lower bound above the catalog, and a constraint that cannot be read", () => {
    expect(findingsOf(withVersion(">= 1.85.0, < 2.0.0"), "GC-UNK-3")).toHaveLength(1);
    expect(findingsOf(withVersion("> 1.84.1"), "GC-UNK-3")).toHaveLength(1);
    expect(findingsOf(withVersion("latest please"), "GC-UNK-3")[0]!.message).toContain("cannot be read");
  });
  test("Compliance: the catalog's version, or a constraint it satisfies", () => {
    expect(findingsOf(withVersion("1.84.1"), "GC-UNK-3")).toEqual([]);
    expect(findingsOf(withVersion("~> 1.80"), "GC-UNK-3")).toEqual([]);
    expect(findingsOf(withVersion(">= 1.60.0"), "GC-UNK-3")).toEqual([]);
  });
});

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
