import * as fs from "node:fs";
import type { Command } from "commander";
import { buildProof } from "../../register/proof-file";
import { withRegister, type DpiaRegister } from "../../register/register";
import { registerFingerprint } from "../../register/register-pin";
import { parseVerifierKey } from "../../register/signed-note";
import { identityVerdict, readCheckpoint, verifyLog, type LogVerdict } from "../../register/verify-log";
import { jsonForOutput } from "../../report/safe-text";
import { InputError } from "../../validation/input-error";
import { readRegularFile } from "../../validation/regular-file";
import { savedCheckpointFile } from "../../register/saved-checkpoint";
import { EXIT, guarded, UsageError } from "../exit";
import { printOut } from "../print";
import { REGISTER_OPTION } from "../register-option";
import { registerAuditCommands } from "./register-audit";

/** A key given on the command line, or in a file (as `dpia register key` writes it). */
export function readKeyOption(value: string): string {
  if (parseVerifierKey(value)) return value.trim();
  if (fs.existsSync(value)) return readRegularFile(value, "a register verifier key").trim();
  return value.trim();
}

function verifyCommand(parent: Command): void {
  parent
    .command("verify")
    .description(
      "replay every record, recompute the Merkle tree and check the register's signatures; exit 0 intact, 1 tampered, 2 could not read",
    )
    .option(
      "--checkpoint <file>",
      "a checkpoint saved earlier (dpia register checkpoint): the register must still contain it (default: DPIA_REGISTER_CHECKPOINT)",
    )
    .option("--key <key>", "the register's verifier key you trust (default: the one the register names)")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { checkpoint?: string; key?: string; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const trusted = options.key ? readKeyOption(options.key) : register.verifierKey;
          if (options.key && !parseVerifierKey(trusted))
            throw new UsageError(`--key: a register verifier key <name>+<hash>+<key>, got "${trusted.slice(0, 80)}"`);
          const { rows, meta, heads } = await register.snapshot();
          // A replaced or re-keyed register is tampering, whatever checkpoint was saved from the real one.
          const replaced = identityVerdict(meta, trusted, register.pin);
          if (replaced) return reportVerdict(replaced, register);
          const verifier = parseVerifierKey(trusted)!;
          const saved = options.checkpoint ?? savedCheckpointFile(process.env);
          const checkpoint = saved
            ? readCheckpoint(readRegularFile(saved, "a saved checkpoint"), saved, register.meta.origin, verifier)
            : undefined;
          return reportVerdict(verifyLog(rows, meta, trusted, checkpoint, { pin: register.pin, heads }), register);
        }),
      ),
    );
}

/** One line: INTACT or TAMPERED, with the register's key fingerprint and whether it is pinned. */
function reportVerdict(verdict: LogVerdict, register: DpiaRegister): number {
  if (!verdict.intact) {
    printOut(`TAMPERED (${verdict.kind}) ${register.location}: ${verdict.message}\n`);
    return EXIT.blocked;
  }
  const fingerprint = registerFingerprint(register.verifierKey);
  const pinned = register.pin
    ? "pinned by DPIA_REGISTER_KEY"
    : `not pinned: set DPIA_REGISTER_KEY=${fingerprint} outside the repository to refuse a replaced register`;
  printOut(
    `INTACT ${register.location}: ${verdict.size} records, root ${verdict.root.toString("base64")}${verdict.checkpoint ? `; consistent with the checkpoint of ${verdict.checkpoint.size} records` : ""}; key ${fingerprint} (${pinned})\n`,
  );
  return EXIT.approved;
}

function checkpointCommand(parent: Command): void {
  parent
    .command("checkpoint")
    .description(
      "print the register's current signed checkpoint, to be kept outside the database (CI artifact, git tag, object-lock bucket)",
    )
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const rows = await register.verifiedRows();
          if (rows.length === 0)
            throw new InputError([
              { file: register.location, location: "", expected: "a register with at least its first record" },
            ]);
          printOut(rows[rows.length - 1]!.checkpoint);
          return 0;
        }),
      ),
    );
}

function keyCommand(parent: Command): void {
  parent
    .command("key")
    .description("print the register's verifier key (public), for dpia verify-proof and dpia register verify --key")
    .option("--fingerprint", "print its fingerprint instead, sha256:<hex>, to pin as DPIA_REGISTER_KEY")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { fingerprint?: boolean; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const key = register.verifierKey;
          printOut(`${options.fingerprint ? registerFingerprint(key) : key}\n`);
          return 0;
        }),
      ),
    );
}

function proofCommand(parent: Command): void {
  parent
    .command("proof <dpia_id>")
    .description("write one file with the DPIA's latest assessment record, its inclusion proof and a signed checkpoint")
    .option("--out <file>", "where to write it (default: <dpia_id>.proof.json)")
    .option(...REGISTER_OPTION)
    .action(
      guarded((dpiaId: string, options: { out?: string; register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const rows = await register.verifiedRows();
          let index = rows.length - 1;
          while (index >= 0 && !(rows[index]!.kind === "assessment" && rows[index]!.subject === dpiaId)) index--;
          if (index < 0) throw new UsageError(`no assessment of ${dpiaId} in the register ${register.location}`);
          const out = options.out ?? `${dpiaId}.proof.json`;
          fs.writeFileSync(out, jsonForOutput(buildProof(rows, index)));
          printOut(
            `Proof of record ${rows[index]!.seq} (${dpiaId}, ${rows[index]!.at}) in a log of ${rows.length} records written to ${out}.\nVerify it anywhere: npx dpia verify-proof ${out} --key ${register.verifierKey}\n`,
          );
          return 0;
        }),
      ),
    );
}

export function registerRegister(program: Command): void {
  const register = program
    .command("register")
    .description("the tamper-evident DPIA register: verify, checkpoints, proofs and the auditor's views");
  verifyCommand(register);
  checkpointCommand(register);
  keyCommand(register);
  proofCommand(register);
  registerAuditCommands(register);
}
