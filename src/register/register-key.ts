import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureDirectory } from "../validation/ensure-directory";
import { InputError } from "../validation/input-error";
import { assertKeyOutsideWorkTree } from "../validation/private-key-place";
import { rawPublicKey } from "./signed-note";

/** The register's Ed25519 signing key: PKCS#8 PEM in a file only the pipeline can read. */
export interface RegisterKey {
  file: string;
  privateKeyPem: string;
  publicKey: Buffer;
}

function read(file: string): RegisterKey {
  let pem: string;
  try {
    pem = fs.readFileSync(file, "utf8");
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== "ed25519") throw new Error("not Ed25519");
    return { file, privateKeyPem: pem, publicKey: rawPublicKey(createPublicKey(key)) };
  } catch (error) {
    throw new InputError([
      { file, location: "", expected: `the register's Ed25519 private key in PEM (${(error as Error).message})` },
    ]);
  }
}

export function loadRegisterKey(file: string): RegisterKey {
  if (!fs.existsSync(file))
    throw new InputError([
      {
        file,
        location: "",
        expected: "the register's signing key (set DPIA_REGISTER_SIGNING_KEY to where the pipeline keeps it)",
      },
    ]);
  return read(file);
}

/**
 * Loads the key, or makes one when there is none, never inside a git work tree. The new key is written aside and linked into
 * place, so that two first runs at once end with one key, never a half-written file.
 */
export function loadOrCreateRegisterKey(file: string): RegisterKey {
  if (fs.existsSync(file)) return read(file);
  assertKeyOutsideWorkTree(
    file,
    "the register's signing key",
    "set DPIA_REGISTER_SIGNING_KEY to a file outside it, or keep the register outside it (the default, without DPIA_REGISTER or --register)",
  );
  ensureDirectory(path.dirname(path.resolve(file)));
  const { privateKey } = generateKeyPairSync("ed25519");
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(temporary, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return read(file);
}
