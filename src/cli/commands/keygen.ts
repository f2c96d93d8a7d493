import * as fs from "node:fs";
import * as path from "node:path";
import type { Command } from "commander";
import { generateKeyPair } from "../../exceptions/signing";
import { ensureDirectory } from "../../validation/ensure-directory";
import { assertKeyOutsideWorkTree } from "../../validation/private-key-place";
import { guarded, UsageError } from "../exit";
import { printOut } from "../print";

export function registerKeygen(program: Command): void {
  program
    .command("keygen")
    .description("make an Ed25519 key pair for an exception approver; the private key stays with the approver")
    .requiredOption("--id <id>", "approver id, as it will appear in the policy (e.g. dpo.anna)")
    .option("--name <name>", "the approver's name", "")
    .option("--role <role>", "DPO, SECURITY_LEAD, CISO, LEGAL or PLATFORM_OWNER", "DPO")
    .option("--out <dir>", "folder for <id>.key and <id>.pub", ".")
    .action(
      guarded((options: { id: string; name: string; role: string; out: string }) => {
        if (!/^[a-z0-9][a-z0-9._-]*$/.test(options.id))
          throw new UsageError(`--id: a lower-case id such as dpo.anna, got "${options.id}"`);
        const keyFile = path.resolve(options.out, `${options.id}.key`);
        if (fs.existsSync(keyFile)) throw new UsageError(`${keyFile} exists; refusing to overwrite a private key`);
        assertKeyOutsideWorkTree(
          keyFile,
          "an approver's private key",
          "pass --out with a folder outside it (the approver's own, e.g. ~/.dpia-keys); only the .pub goes into the repository",
        );
        const pair = generateKeyPair();
        ensureDirectory(path.dirname(keyFile));
        fs.writeFileSync(keyFile, pair.privateKeyPem, { mode: 0o600 });
        fs.writeFileSync(path.resolve(options.out, `${options.id}.pub`), `${pair.publicKey}\n`);
        const entry = {
          id: options.id,
          name: options.name || options.id,
          role: options.role,
          public_key: pair.publicKey,
        };
        printOut(
          `Private key: ${keyFile} (keep it with the approver; never commit it)\nAdd to "approvers" in dpia.policy.json, as a request for the trust root (dpia trust init reads it):\n${JSON.stringify(entry, null, 2)}\n`,
        );
        return 0;
      }),
    );
}
