import { assessInventory } from "../dpia/assess-inventory";
import type { Dpia } from "../dpia/schema";
import { enforceTrusted } from "../exceptions/enforce-trusted";
import type { ExceptionUse } from "../exceptions/apply-exceptions";
import { hostsNamedIn } from "../flows/hosts-in-inventory";
import type { OrgRegionSources } from "../flows/org-region";
import type { Inventory } from "../inventory/model";
import type { EffectivePolicy } from "../policy/load-policy";
import type { GateAuthority } from "../register/gate-authority";
import { checkArtifacts, rederiveArtifacts, unverifiableStack } from "../report/artifact-checks";
import type { ArtifactFinding } from "../report/gate-report";
import { unmatchedAcknowledgements } from "../report/unmatched-acknowledgements";
import { rootName, withTrustRoot } from "../trust/apply-root";
import { destinationsOnlyRequested } from "../trust/requested-destinations";
import type { VendorKnowledge } from "../vendors/model";
import type { GateInput } from "./gate-input";
import { assertReadableUnknownTypes } from "./readable-unknown-types";
import { ask, type GateSteps } from "./requests";

/** One run of the gate: what a door read, and how it wants to hear about it. */
export interface GateRun {
  readonly inputs: readonly GateInput[];
  /** The repository's policy; the trust root in force is applied to it here, once. */
  readonly policy: EffectivePolicy;
  readonly now: Date;
  /** Where the org's region comes from when the provider block does not name it. */
  readonly orgRegion: Omit<OrgRegionSources, "policy">;
  /** The input as the register records it and warnings name it: the CLI's path, or the aspect's stack. */
  readonly source: string;
  /**
   * True when the run is given the whole deployment (the CLI). The aspect gates one stack of an App
   * at a time: a stack without integrations is no news there, and the policy's acknowledgements may
   * be for another stack, so it warns only about the acknowledgements made in code in that stack.
   */
  readonly wholeDeployment: boolean;
  readonly onWarning: (message: string) => void;
  /** For people at a terminal. */
  readonly onProgress?: (message: string) => void;
}

export interface GateOutcome {
  dpias: Dpia[];
  /** Approved DPIAs still worth a warning: at or above the warn threshold, or approved on an exception. */
  warned: Dpia[];
  artifactFindings: ArtifactFinding[];
  /** A DPIA is blocked or an artifact check failed: the deployment must not go ahead. */
  blocked: boolean;
}

type InputOutcome = Omit<GateOutcome, "blocked">;

/** What every input of a run is judged with. */
interface Judgement {
  run: GateRun;
  vendors: VendorKnowledge;
  authority: GateAuthority;
  /** The policy with the trust root's approvers and floors. */
  trusted: EffectivePolicy;
}

/**
 * The gate, for both doors: vendor knowledge and authority (trust root and exceptions) once per run;
 * then each input assessed (or, for a stack blocked at synthesis, its DPIAs re-derived), exceptions
 * enforced, the outcome recorded in the register and the aspect's artifacts checked. Its I/O are
 * requests its driver answers (requests.ts); it writes no file and throws nothing for a block.
 */
export function* gateInventories(run: GateRun): GateSteps<GateOutcome> {
  const inventories = run.inputs.flatMap((input) => (input.inventory ? [input.inventory] : []));
  // Before any I/O: what cannot be read is refused alike through both doors.
  for (const inventory of inventories) assertReadableUnknownTypes(inventory, run.policy.catalog);
  const vendors = yield* ask({
    kind: "vendors",
    hosts: () => inventories.flatMap((inventory) => hostsNamedIn(inventory, run.policy.catalog)),
  });
  const { warnings, ...authority } = yield* ask({ kind: "authority" });
  for (const warning of warnings) run.onWarning(warning);
  const root = authority.trust.ok ? authority.trust.root : undefined;
  const trusted = withTrustRoot(run.policy, root);
  const requested = destinationsOnlyRequested(run.policy, root);
  if (root && requested.length > 0)
    run.onWarning(
      `${run.policy.source ?? "the policy"}: ${requested.join(", ")} ${requested.length === 1 ? "is" : "are"} not on the allow-list of ${rootName(root)}, which decides the destinations: a request that approves nothing until its approvers sign it into the next root (dpia trust init --destinations)`,
    );
  const judgement: Judgement = { run, vendors, authority, trusted };
  const outcome: InputOutcome = { dpias: [], warned: [], artifactFindings: [] };
  for (const input of run.inputs) {
    const gated = input.inventory
      ? yield* gateConfiguration(input, input.inventory, judgement)
      : yield* gateBlockedStack(input, judgement);
    outcome.dpias.push(...gated.dpias);
    outcome.warned.push(...gated.warned);
    outcome.artifactFindings.push(...gated.artifactFindings);
  }
  for (const warning of closingWarnings(run, outcome.dpias)) run.onWarning(warning);
  const blocked =
    outcome.dpias.some((dpia) => dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT") ||
    outcome.artifactFindings.length > 0;
  return { ...outcome, blocked };
}

/** A configuration: assessed afresh, whatever the aspect wrote next to it, which is then checked against it. */
function* gateConfiguration(
  input: GateInput,
  inventory: Inventory,
  { run, vendors, authority, trusted }: Judgement,
): GateSteps<InputOutcome> {
  run.onProgress?.(`assessing ${inventory.resources.length} resources in ${inventory.scope}…`);
  const assessed = assessInventory(inventory, {
    policy: trusted,
    now: run.now,
    samples: input.samples,
    orgRegion: run.orgRegion,
    vendors,
    acknowledgements: input.acknowledgements,
  });
  for (const warning of assessed.warnings ?? []) run.onWarning(warning);
  const { result, uses } = enforceTrusted(assessed, authority.exceptions, trusted, authority.trust, run.now);
  warnUnpinned(run, authority, uses);
  yield* ask({ kind: "record", assessed: { dpias: result.dpias, inventory }, uses });
  return {
    dpias: result.dpias,
    warned: result.warned,
    artifactFindings: checkArtifacts(result.dpias, input.aspectDpias),
  };
}

/**
 * A stack the aspect blocked at synthesis: there is no configuration to re-assess, so nothing in its
 * DPIAs is trusted but their risk, re-derived against the block threshold in force (the trust root's floor where it is stricter than the repository's policy).
 */
function* gateBlockedStack(input: GateInput, { run, authority, trusted }: Judgement): GateSteps<InputOutcome> {
  const rederived = rederiveArtifacts(input.aspectDpias ?? [], trusted.thresholds.block_at);
  const scope = `stack "${input.stackName ?? "unknown"}"`;
  const { result, uses } = enforceTrusted(
    { scope, dpias: rederived.dpias, blocked: [], warned: [] },
    authority.exceptions,
    trusted,
    authority.trust,
    run.now,
  );
  warnUnpinned(run, authority, uses);
  yield* ask({ kind: "record", uses });
  return {
    dpias: result.dpias,
    warned: result.warned,
    artifactFindings: [...rederived.findings, ...unverifiableStack(scope, result.dpias)],
  };
}

/**
 * An exception lifts a block on the word of the trust root's approvers. Without DPIA_TRUST_ROOT those are
 * whoever made the register's first root: fine on a laptop, a bypass in a pipeline, so it is said each time.
 */
function warnUnpinned(run: GateRun, authority: GateAuthority, uses: ExceptionUse[]): void {
  if (!authority.trust.ok || authority.trust.pinned) return;
  for (const use of uses.filter((candidate) => candidate.event === "applied"))
    run.onWarning(
      `exception ${use.exception_id} lifts the block of ${use.dpia_id} under a trust root nothing outside the register pins (DPIA_TRUST_ROOT is not set): its approvers are whoever made this register's first root; set DPIA_TRUST_ROOT in the pipeline's protected variables`,
    );
}

/** What is worth saying about the run as a whole. */
function closingWarnings(run: GateRun, dpias: Dpia[]): string[] {
  if (!run.wholeDeployment)
    return unmatchedAcknowledgements(
      run.inputs.flatMap((input) => input.acknowledgements ?? []),
      dpias,
    );
  const nothingFound =
    run.inputs.length === 0 || dpias.length === 0
      ? [`no Genesys Cloud integration or OAuth client found in ${run.source}`]
      : [];
  return [...nothingFound, ...unmatchedAcknowledgements(run.policy.acknowledgements, dpias)];
}
