import * as fs from "node:fs";
import type { Command } from "commander";
import { approvedDestinations, loadPolicy, type ApprovedDestination } from "../../policy/load-policy";
import type { AllowedDestination } from "../../policy/schema";
import { withRegister, type DpiaRegister } from "../../register/register";
import { trustRootsIn } from "../../register/trust-roots";
import { RiskLevelSchema } from "../../catalog/schema";
import { keyFingerprint, rootHash, signRoot } from "../../trust/root-signatures";
import { TrustRootSchema, type TrustRoot, type TrustRootContent } from "../../trust/schema";
import { verifyFoundingRoot, verifyRotation } from "../../trust/verify-root";
import { InputError } from "../../validation/input-error";
import { validateAgainst } from "../../validation/schema-validator";
import { readUserJson } from "../../validation/user-json";
import { guarded, UsageError } from "../exit";
import { printOut, printWarning } from "../print";
import { readPrivateKey } from "../private-key";
import { REGISTER_OPTION } from "../register-option";

const DEFAULT_FILE = "dpia.trust-root.json";

function readRoot(file: string): TrustRoot {
  return readUserJson({ file, what: "a trust root" }, TrustRootSchema);
}

const writeRoot = (file: string, root: TrustRoot) => fs.writeFileSync(file, `${JSON.stringify(root, null, 2)}\n`);

interface InitOptions {
  policy?: string;
  threshold: string;
  days: string;
  blockAt?: string;
  maxExceptionHours?: string;
  destinations?: boolean;
  out: string;
  register?: string;
}

function initCommand(parent: Command): void {
  parent
    .command("init")
    .description(
      "draft the next trust root from the approvers requested in dpia.policy.json (version 1, or the next version of the root in force)",
    )
    .option("--policy <file>", "policy file whose approvers are the request (default: dpia.policy.json)")
    .option("--threshold <n>", "how many approvers must sign this root and the next", "2")
    .option("--days <n>", "how long the root is valid", "365")
    .option("--block-at <level>", "floor: block at this risk or lower, whatever the policy says")
    .option("--max-exception-hours <n>", "floor: the longest exception window")
    .option(
      "--destinations",
      "sign the policy's destinations into the root: its allow-list then decides, and the repository's is only a request",
    )
    .option("--out <file>", "where to write the draft", DEFAULT_FILE)
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: InitOptions) =>
        withRegister({ url: options.register, write: true }, (register) => draftNextRoot(register, options)),
      ),
    );
}

/** Writes the draft of the next root (the policy's approvers, the options' terms) and says who must sign it. */
async function draftNextRoot(register: DpiaRegister, options: InitOptions): Promise<number> {
  const policy = loadPolicy({ file: options.policy });
  if (policy.approvers.length < 2)
    throw new UsageError(
      `the policy ${policy.source ?? "(none)"} requests ${policy.approvers.length} approver(s); list at least two under "approvers" (dpia keygen prints each entry)`,
    );
  const { recorded, inForce: current } = await trustRootsIn(register, new Date(0));
  if (!current.ok && recorded.length > 0)
    throw new UsageError(`the register holds trust roots but none is in force (${current.reason})`);
  const version = current.ok ? current.root.signed.version + 1 : 1;
  const content = {
    ...draftContent(version, policy.approvers, options),
    ...(options.destinations ? { destinations: policy.destinations.map(withoutParsedHost) } : {}),
  };
  const problems = validateAgainst(TrustRootSchema, { signed: content, signatures: [] }, options.out);
  if (problems.length > 0) throw new InputError(problems);
  writeRoot(options.out, { signed: content, signatures: [] });
  const signers = current.ok
    ? `${current.root.signed.threshold} approvers of version ${current.root.signed.version} and ${content.threshold} of version ${version}`
    : `${content.threshold} of its approvers`;
  if (current.ok && current.root.signed.destinations && !options.destinations)
    printWarning(
      `the root in force decides the destinations; this draft carries no allow-list, so the repository's policy would decide them again (--destinations keeps one)`,
    );
  const allowList = content.destinations
    ? `, ${content.destinations.length} destination${content.destinations.length === 1 ? "" : "s"} on its allow-list`
    : "";
  printOut(
    `Draft trust root version ${version} written to ${options.out} (${content.approvers.length} approvers, threshold ${content.threshold}${allowList}).\nIt needs the signatures of ${signers}:\n  npx dpia trust sign ${options.out} --key <approver>.key\nthen: npx dpia trust rotate ${options.out}\n`,
  );
  return 0;
}

/** An allow-list entry as the policy wrote it (the loader adds the parsed host pattern). */
const withoutParsedHost = ({ hostPattern: _pattern, ...entry }: ApprovedDestination): AllowedDestination => entry;

/** What the draft root says: its version, how long it is valid, its threshold, approvers and floors. */
function draftContent(
  version: number,
  approvers: TrustRootContent["approvers"],
  options: InitOptions,
): TrustRootContent {
  const days = Number(options.days);
  if (!(days > 0 && days <= 3660)) throw new UsageError(`--days: a number of days up to 3660, got "${options.days}"`);
  const floors = policyFloors(options);
  return {
    type: "dpia-trust-root",
    version,
    expires: new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    threshold: Number(options.threshold),
    approvers,
    ...(Object.keys(floors).length > 0 ? { policy_floors: floors } : {}),
  };
}

/** The floors the options set, which no policy can lower. */
function policyFloors(options: InitOptions): NonNullable<TrustRootContent["policy_floors"]> {
  const floors: NonNullable<TrustRootContent["policy_floors"]> = {};
  if (options.blockAt) {
    const level = RiskLevelSchema.safeParse(options.blockAt);
    if (!level.success)
      throw new UsageError(`--block-at: one of Low, Medium, High, Critical, got "${options.blockAt}"`);
    floors.block_at = level.data;
  }
  if (options.maxExceptionHours) floors.max_exception_hours = Number(options.maxExceptionHours);
  return floors;
}

function signCommand(parent: Command): void {
  parent
    .command("sign <file>")
    .description(
      "sign a draft trust root with an approver's private key (an approver of this root or of the root in force)",
    )
    .requiredOption("--key <file>", "the approver's private key from dpia keygen")
    .option(...REGISTER_OPTION)
    .action(
      guarded((file: string, options: { key: string; register?: string }) =>
        withRegister({ url: options.register, write: true }, async (register) => {
          const root = readRoot(file);
          const { privateKey, publicKey } = readPrivateKey(options.key);
          const { inForce: current } = await trustRootsIn(register, new Date(0));
          const candidates = [...root.signed.approvers, ...(current.ok ? current.root.signed.approvers : [])];
          const approver = candidates.find((candidate) => candidate.public_key === publicKey);
          if (!approver)
            throw new UsageError(
              `the key ${options.key} is not an approver of this root${current.ok ? ` or of the root in force (version ${current.root.signed.version})` : ""}`,
            );
          if (root.signatures.some((signature) => signature.key_id === keyFingerprint(publicKey)))
            throw new UsageError(`${approver.id} has already signed ${file}`);
          writeRoot(file, { ...root, signatures: [...root.signatures, signRoot(root.signed, approver, privateKey)] });
          printOut(
            `${approver.name} (${approver.role}) signed trust root version ${root.signed.version} (${root.signatures.length + 1} signature(s)).\n`,
          );
          return 0;
        }),
      ),
    );
}

function rotateCommand(parent: Command): void {
  parent
    .command("rotate <file>")
    .description(
      "put a signed trust root in force: the first (self-signed by its threshold) or the next (signed by the threshold of the root in force and of itself)",
    )
    .option(...REGISTER_OPTION)
    .action(
      guarded((file: string, options: { register?: string }) =>
        withRegister({ url: options.register, write: true }, async (register) => {
          const root = readRoot(file);
          const { recorded, pin, inForce: current } = await trustRootsIn(register, new Date(0));
          const hash = rootHash(root.signed);
          const pinned = pin
            ? pin.by === "hash"
              ? pin.hash === hash
              : [...new Set(root.signed.approvers.map((a) => keyFingerprint(a.public_key)))].sort().join(",") ===
                pin.fingerprints.join(",")
            : recorded.length === 0;
          if (!current.ok && !pinned) {
            throw new InputError([
              {
                file,
                location: "",
                expected: pin
                  ? `the root DPIA_TRUST_ROOT pins; this root is ${hash}`
                  : `the next version of the root in force, but none is in force (${current.reason})`,
              },
            ]);
          }
          if (root.signed.destinations) approvedDestinations(root.signed.destinations, file, "signed.destinations");
          const check = current.ok ? verifyRotation(current.root, root) : verifyFoundingRoot(root);
          if (!check.ok)
            throw new InputError([
              { file, location: "signatures", expected: `a trust root the register can put in force: ${check.reason}` },
            ]);
          await register.append("trust-root", hash, { root, hash, version: root.signed.version });
          printOut(`Trust root version ${root.signed.version} is in force in ${register.location}.\n  ${hash}\n`);
          if (root.signed.version === 1)
            printOut(
              `Pin it outside the repository, in the pipeline's protected variables:\n  DPIA_TRUST_ROOT=${hash}\n`,
            );
          return 0;
        }),
      ),
    );
}

function showCommand(parent: Command): void {
  parent
    .command("show")
    .description("the trust root in force: version, expiry, approvers, threshold, floors and what pins it")
    .option(...REGISTER_OPTION)
    .action(
      guarded((options: { register?: string }) =>
        withRegister({ url: options.register, write: false }, async (register) => {
          const { inForce: trust } = await trustRootsIn(register);
          for (const note of trust.notes) printWarning(note);
          if (!trust.ok) throw new UsageError(trust.reason);
          const { signed } = trust.root;
          const lines = [
            `Trust root version ${signed.version}, ${trust.hash}`,
            `Pinned by ${trust.pinnedBy}; expires ${signed.expires}; ${signed.threshold} of ${signed.approvers.length} approvers sign the next version`,
            ...signed.approvers.map(
              (approver) =>
                `  ${approver.id.padEnd(16)} ${approver.role.padEnd(15)} ${approver.name}  key ${keyFingerprint(approver.public_key).slice(0, 16)}…`,
            ),
            ...(signed.policy_floors ? [`Floors: ${JSON.stringify(signed.policy_floors)}`] : []),
            ...(signed.destinations
              ? [
                  `Allow-list: ${signed.destinations.length} destination${signed.destinations.length === 1 ? "" : "s"}; the repository's policy only requests more`,
                ]
              : []),
          ];
          printOut(`${lines.join("\n")}\n`);
          return 0;
        }),
      ),
    );
}

export function registerTrust(program: Command): void {
  const trust = program
    .command("trust")
    .description(
      "the trust root: who may approve exceptions, signed by the approvers and pinned outside the repository",
    );
  initCommand(trust);
  signCommand(trust);
  rotateCommand(trust);
  showCommand(trust);
}
