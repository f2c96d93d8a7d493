import type { Command } from "commander";
import { registeredId } from "../../report/registered-ids";
import { guarded, UsageError } from "../exit";
import { printOut } from "../print";

const KIND_LABELS = {
  rule: "",
  classification: "classification rule",
  exception: "exception check",
  artifact: "artifact check",
} as const;

export function registerExplain(program: Command): void {
  program
    .command("explain <rule-id>")
    .description("what a rule checks, why it matters (GDPR or PCI DSS reference) and how to fix it")
    .action(
      guarded((ruleId: string) => {
        const rule = registeredId(ruleId);
        if (!rule)
          throw new UsageError(
            `unknown rule "${ruleId}"; rules, classification rules (CLS-*), exception checks (EXC-*) and artifact checks (GC-ART-*) are listed in RULES.md (e.g. GC-FLW-1)`,
          );
        const kind = KIND_LABELS[rule.kind];
        printOut(
          `${rule.id} ${rule.name} (${rule.severity}${kind ? `, ${kind}` : ""})\n\nChecks:  ${rule.description}\n\nWhy:     ${rule.rationale}\n\nFix:     ${rule.remediation}\n`,
        );
        return 0;
      }),
    );
}
