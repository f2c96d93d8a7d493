import type { Command } from "commander";
import { ALL_RULES } from "../../rules/registry";
import { ARTIFACT_RULES } from "../../report/gate-report";
import { guarded, UsageError } from "../exit";

export function registerExplain(program: Command): void {
  program
    .command("explain <rule-id>")
    .description("what a rule checks, why it matters (GDPR or PCI DSS reference) and how to fix it")
    .action(
      guarded((ruleId: string) => {
        const id = ruleId.toUpperCase();
        const rule = ALL_RULES.find((candidate) => candidate.id === id) ?? ARTIFACT_RULES.find((candidate) => candidate.id === id);
        if (!rule) throw new UsageError(`unknown rule "${ruleId}"; rules are listed in RULES.md (e.g. GC-FLW-1)`);
        const severity = "severity" in rule ? rule.severity : "Critical";
        process.stdout.write(`${rule.id} ${rule.name} (${severity})\n\nChecks:  ${rule.description}\n\nWhy:     ${rule.rationale}\n\nFix:     ${rule.remediation}\n`);
        return 0;
      }),
    );
}
