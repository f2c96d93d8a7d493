import type { Command } from "commander";
import { ProofFileSchema, verifyProof } from "../../register/proof-file";
import { readUserJson } from "../../validation/user-json";
import { EXIT, guarded } from "../exit";
import { printOut } from "../print";
import { readKeyOption } from "./register";

export function registerVerifyProof(program: Command): void {
  program
    .command("verify-proof <file>")
    .description(
      "check a proof from dpia register proof offline, with the register's public key only (exit 0 valid, 1 not proven, 2 unreadable)",
    )
    .requiredOption("--key <key>", "the register's verifier key (dpia register key), or a file holding it")
    .option("--dpia <id>", "also require the proof to be about this DPIA")
    .action(
      guarded((file: string, options: { key: string; dpia?: string }) => {
        const proof = readUserJson({ file, what: "a proof" }, ProofFileSchema);
        const verdict = verifyProof(proof, readKeyOption(options.key), options.dpia);
        if (!verdict.valid) {
          printOut(`NOT PROVEN ${file}: ${verdict.reason}\n`);
          return EXIT.blocked;
        }
        const { record } = verdict;
        const status = typeof record.data.compliance_status === "string" ? ` ${record.data.compliance_status}` : "";
        printOut(
          `PROVEN ${file}: record ${record.seq} (${record.kind} of ${record.subject}${status}, ${record.at}) is in the register ${verdict.origin} of ${verdict.treeSize} records\n`,
        );
        return EXIT.approved;
      }),
    );
}
