import { parseExpiry, reasonProblem, type Acknowledgement } from "../src/policy/acknowledgement";
import type { RuleId } from "../src/rules/registry";
import { InputError } from "../src/validation/input-error";
import type { ConstructLike, StackLike } from "./construct-tree";

const ACKNOWLEDGEMENT_METADATA = "genesys-dpia/acknowledgement";

export interface FindingAcknowledgement {
  /** The rule id of the finding on this construct, e.g. `GC-OAC-2` (RULES.md lists them; another does not compile). */
  id: RuleId;
  /** Why it is accepted: at least a sentence, kept in the DPIA for the reviewer. */
  reason: string;
  /** `YYYY-MM-DD` (to the end of that day, UTC) or an ISO date-time; after it the finding counts again. */
  expires?: string;
}

/**
 * Accepts one non-blocking finding on a Genesys resource construct, with the reason (like cdk-nag's
 * `NagSuppressions.addResourceSuppressions`). The finding stays in the DPIA, marked acknowledged,
 * and raises no warning. A blocking finding cannot be acknowledged: synthesis fails and says so;
 * only a dual-signed exception lifts a block.
 */
export function acknowledgeFinding(construct: ConstructLike, acknowledgement: FindingAcknowledgement): void {
  const file = `cdktf construct ${construct.node.path}`;
  const location = `acknowledgeFinding("${acknowledgement.id}")`;
  const problems = [];
  if (!/^[A-Z]+(-[A-Z0-9]+)+$/.test(acknowledgement.id ?? ""))
    problems.push({
      file,
      location: `${location}.id`,
      expected: `expected a rule id such as GC-OAC-2, got "${String(acknowledgement.id)}"`,
    });
  const reason = reasonProblem(String(acknowledgement.reason ?? ""));
  if (reason) problems.push({ file, location: `${location}.reason`, expected: reason });
  const expiry = acknowledgement.expires === undefined ? undefined : parseExpiry(acknowledgement.expires);
  if (expiry && "expected" in expiry)
    problems.push({ file, location: `${location}.expires`, expected: expiry.expected });
  if (problems.length > 0) throw new InputError(problems);
  construct.node.addMetadata(ACKNOWLEDGEMENT_METADATA, {
    id: acknowledgement.id,
    reason: acknowledgement.reason.trim(),
    ...(expiry && "at" in expiry ? { expires_at: expiry.at } : {}),
  });
}

/**
 * The acknowledgements written in the stack, on the Terraform address of their construct. One on a
 * construct that is not a Genesys resource cannot refer to any finding, and is refused.
 */
export function acknowledgementsInStack(
  stack: StackLike,
  addressOf: (constructPath: string) => string | undefined,
): Acknowledgement[] {
  const problems = [];
  const found: Acknowledgement[] = [];
  for (const construct of stack.node.findAll()) {
    const metadata =
      (construct.node as unknown as { metadata?: Array<{ type: string; data: unknown }> }).metadata ?? [];
    for (const entry of metadata.filter((item) => item.type === ACKNOWLEDGEMENT_METADATA)) {
      const data = entry.data as { id: string; reason: string; expires_at?: string };
      const file = `cdktf construct ${construct.node.path}`;
      const location = `acknowledgeFinding("${data.id}")`;
      const address = addressOf(construct.node.path);
      if (!address)
        problems.push({
          file,
          location,
          expected:
            "expected a Genesys Cloud resource construct (an integration, action, OAuth client, role…), whose findings it acknowledges",
        });
      else
        found.push({
          address,
          rule_id: data.id,
          reason: data.reason,
          ...(data.expires_at ? { expires_at: data.expires_at } : {}),
          file,
          location,
        });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return found;
}
