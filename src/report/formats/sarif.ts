import * as path from "node:path";
import type { RiskLevel } from "../../catalog/schema";
import { ALL_RULES } from "../../rules/registry";
import { GENERATOR_NAME, GENERATOR_VERSION } from "../../version";
import { ARTIFACT_RULES, type GateReport } from "../gate-report";

const LEVEL: Record<RiskLevel, "error" | "warning" | "note"> = { Critical: "error", High: "error", Medium: "warning", Low: "note" };

function uri(file: string, base: string): string {
  const relative = path.relative(base, file);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? file : relative).split(path.sep).join("/");
}

/** SARIF 2.1.0: one result per finding, located at the .tf file and line, else the construct path or address. */
export function renderSarif(report: GateReport, base = process.cwd()): string {
  const rules = [
    ...ALL_RULES.map((rule) => ({ id: rule.id, name: rule.name, shortDescription: { text: rule.description }, fullDescription: { text: rule.rationale }, help: { text: rule.remediation }, properties: { severity: rule.severity } })),
    ...ARTIFACT_RULES.map((rule) => ({ id: rule.id, name: rule.name, shortDescription: { text: rule.description }, fullDescription: { text: rule.rationale }, help: { text: rule.remediation }, properties: { severity: "Critical" } })),
  ];
  const results = [
    ...report.dpias.flatMap((dpia) =>
      dpia.findings.map((finding) => {
        const resource = dpia.resources.find((r) => r.address === finding.resource);
        const logical = [{ fullyQualifiedName: finding.construct_path ?? finding.resource, kind: "resource" }];
        const location = resource?.file
          ? { physicalLocation: { artifactLocation: { uri: uri(resource.file, base) }, ...(resource.line ? { region: { startLine: resource.line } } : {}) }, logicalLocations: logical }
          : { logicalLocations: logical };
        return {
          ruleId: finding.rule_id,
          level: LEVEL[finding.severity],
          message: { text: `${finding.message} (DPIA ${dpia.dpia_id}, ${dpia.compliance_status})` },
          locations: [location],
          properties: { dpia_id: dpia.dpia_id, severity: finding.severity, attribute: finding.attribute ?? null },
        };
      }),
    ),
    ...report.artifactFindings.map((finding) => ({
      ruleId: finding.rule_id,
      level: "error" as const,
      message: { text: finding.message },
      locations: [finding.file ? { physicalLocation: { artifactLocation: { uri: uri(finding.file, base) } } } : { logicalLocations: [{ fullyQualifiedName: finding.dpia_id }] }],
    })),
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: GENERATOR_NAME, version: GENERATOR_VERSION, informationUri: "https://github.com/genesys-dpia-gate", rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
