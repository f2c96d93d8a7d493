import type { Command } from "commander";
import { ALL_IDS, registeredId, type RegisteredId } from "../../report/registered-ids";
import { guarded, UsageError } from "../exit";
import { printOut } from "../print";

const KIND_LABELS = {
  rule: "",
  classification: "classification rule",
  exception: "exception check",
  artifact: "artifact check",
} as const;

function explained(rule: RegisteredId): string {
  const kind = KIND_LABELS[rule.kind];
  return `${rule.id} ${rule.name} (${rule.severity}${kind ? `, ${kind}` : ""})\n\nChecks:  ${rule.description}\n\nWhy:     ${rule.rationale}\n\nFix:     ${rule.remediation}\n`;
}

/** One line per id the tool can emit, in RULES.md's order: id, severity, what it checks (the kind when not a rule). */
function listed(): string {
  const idWidth = Math.max(...ALL_IDS.map((rule) => rule.id.length));
  return ALL_IDS.map((rule) => {
    const kind = KIND_LABELS[rule.kind];
    return `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(8)}  ${kind ? `${kind}: ` : ""}${rule.description}\n`;
  }).join("");
}

export function registerExplain(program: Command): void {
  program
    .command("explain [rule-id]")
    .description("what a rule checks, why it matters (GDPR or PCI DSS reference) and how to fix it; --list: every id")
    .option("--list", "list every rule and check: id, severity and what it checks")
    .action(
      guarded((ruleId: string | undefined, options: { list?: boolean }) => {
        if (options.list && ruleId !== undefined)
          throw new UsageError(`explain: give a rule id or --list, not both (got "${ruleId}" and --list)`);
        if (options.list) {
          printOut(listed());
          return 0;
        }
        if (ruleId === undefined) throw new UsageError("explain: give a rule id (e.g. GC-FLW-1), or --list for all");
        const rule = registeredId(ruleId);
        if (!rule)
          throw new UsageError(
            `unknown rule "${ruleId}"; dpia explain --list lists every rule, classification rule (CLS-*), exception check (EXC-*) and artifact check (GC-ART-*) (e.g. GC-FLW-1)`,
          );
        printOut(explained(rule));
        return 0;
      }),
    );
}
