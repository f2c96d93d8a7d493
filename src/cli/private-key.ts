import { publicKeyOf } from "../exceptions/signing";
import { readRegularFile } from "../validation/regular-file";
import { UsageError } from "./exit";

/** An approver's private key file from dpia keygen, with its public key; a pipe or a folder is refused, never waited on. */
export function readPrivateKey(keyFile: string): { privateKey: string; publicKey: string } {
  try {
    const privateKey = readRegularFile(keyFile);
    return { privateKey, publicKey: publicKeyOf(privateKey) };
  } catch {
    throw new UsageError(`--key: ${keyFile} is not a readable Ed25519 private key`);
  }
}
