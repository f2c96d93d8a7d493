import * as fs from "node:fs";
import * as path from "node:path";
import type { RiskLevel } from "../src/catalog/schema";
import { assessInventory, type AssessmentResult } from "../src/dpia/assess-inventory";
import { attachReferencedFiles } from "../src/inventory/read-referenced-files";
import { readTerraformJson } from "../src/inventory/read-terraform-json";
import { enforceWithTrustRoot } from "../src/exceptions/enforce-trusted";
import { askRegister } from "../src/register/sync-bridge";
import { withTrustRoot } from "../src/trust/apply-root";
import { applyPolicy, loadPolicy, type EffectivePolicy } from "../src/policy/load-policy";
import type { Policy } from "../src/policy/schema";
import { oneLineJustification, summaryLine } from "../src/report/summary";
import { unmatchedAcknowledgements } from "../src/report/unmatched-acknowledgements";
import { writeDpias } from "../src/report/write-dpias";
import { patchAppSynthesis } from "./app-aspects";
import {
  addSynthesisHook,
  constructsByPath,
  resolveStackOnce,
  stackOf,
  type ConstructLike,
  type StackLike,
  type SynthesisSession,
} from "./construct-tree";
import { acknowledgementsInStack } from "./acknowledgements";
import { DpiaBlockedError } from "./dpia-blocked-error";
import { samplesInStack, toSamples } from "./samples";
import { hostsNamedIn } from "../src/flows/hosts-in-inventory";
import { resolveVendorKnowledgeSync } from "../src/vendors/sources/resolve-sync";

const WARN_METADATA = "@cdktf/warn";
const GATES = Symbol("dpia-gates");

/** The gates that reached a stack; the synthesis hook is added when the first one does. */
function gatesOf(stack: StackLike): DpiaGate[] {
  const holder = stack as unknown as Record<symbol, DpiaGate[] | undefined>;
  let gates = holder[GATES];
  if (!gates) {
    gates = [];
    Object.defineProperty(stack, GATES, { value: gates, enumerable: false });
    addSynthesisHook(stack, (session) => DpiaGate.runAll(stack, session));
  }
  return gates;
}

export interface DpiaGateOptions {
  /** Policy file to read. Default: `dpia.policy.json` in the working folder, if there is one. */
  readonly policyFile?: string;
  /** A policy given in code instead of a file; validated the same way. */
  readonly policy?: Policy;
  /** Block at or above this overall risk; overrides the policy. Default `Critical`. */
  readonly blockAt?: RiskLevel;
  /** Do not print one line per DPIA during synthesis. */
  readonly quiet?: boolean;
  /** The DPIA register (a file, `sqlite:<file>` or `postgres://…`). Default: DPIA_REGISTER, else `.dpia/register.db`. */
  readonly register?: string;
}

/**
 * A CDKTF aspect that writes a DPIA for every Genesys Cloud integration and OAuth client in the
 * stack and stops synthesis when one is blocked.
 *
 * ```ts
 * Aspects.of(stack).add(new DpiaGate());   // or Aspects.of(app): every stack of the App
 * ```
 *
 * The assessment runs when cdktf synthesizes the stack, on the configuration exactly as it is
 * written to `cdk.tf.json` (overrides included). DPIAs are written to
 * `<outdir>/stacks/<stack>/dpia/<dpia_id>.json` and `.md`.
 */
export class DpiaGate {
  private readonly options: DpiaGateOptions;
  /** Marks this as an aspect that gates stacks, also when added above them (app-aspects.ts). */
  readonly gatesStacks = true as const;

  constructor(options: DpiaGateOptions = {}) {
    this.options = options;
    patchAppSynthesis();
  }

  visit(node: ConstructLike): void {
    const stack = stackOf(node);
    if (!stack) return;
    const gates = gatesOf(stack);
    if (!gates.includes(this)) gates.push(this);
  }

  /** Gates with the same options decide the same: a stack reached by several is assessed once per distinct set of options. */
  private optionsKey(): string {
    return JSON.stringify(this.options);
  }

  /** @internal Runs the gates that reached the stack, when cdktf synthesizes it. */
  static runAll(stack: StackLike, session: SynthesisSession): void {
    const seen = new Set<string>();
    // The hook is added with the first gate, so there is always one to run: resolve once for all of them.
    const configuration = resolveStackOnce(stack);
    for (const gate of gatesOf(stack)) {
      if (seen.has(gate.optionsKey())) continue;
      seen.add(gate.optionsKey());
      gate.gate(stack, session, configuration);
    }
  }

  private effectivePolicy(): EffectivePolicy {
    const base = this.options.policy
      ? applyPolicy(this.options.policy, "policy given to DpiaGate", process.cwd())
      : loadPolicy({ file: this.options.policyFile });
    return this.options.blockAt
      ? { ...base, thresholds: { ...base.thresholds, block_at: this.options.blockAt } }
      : base;
  }

  /** Assesses the stack as synthesized, writes the DPIAs, and throws when anything is blocked. */
  private gate(stack: StackLike, session: SynthesisSession, configuration: unknown): AssessmentResult {
    const name = stack.node.id;
    const stackDir = path.join(
      session.outdir,
      session.manifest?.forStack(stack).workingDirectory ?? path.join("stacks", name),
    );
    // Flow and script files are read as Terraform will read them: relative to the stack's folder.
    const inventory = attachReferencedFiles(
      readTerraformJson(configuration, {
        scope: `stack "${name}"`,
        origin: "cdktf construct tree",
        onWarning: (message) => stack.node.addMetadata(WARN_METADATA, `DPIA gate: ${message}`),
      }),
      stackDir,
    );
    const addressByConstructPath = new Map<string, string>();
    for (const resource of inventory.resources) {
      const constructPath = resource.location.constructPath;
      if (constructPath !== undefined && !addressByConstructPath.has(constructPath))
        addressByConstructPath.set(constructPath, resource.address);
    }
    const addressOf = (constructPath: string) => addressByConstructPath.get(constructPath);
    const samples = toSamples(samplesInStack(stack), addressOf);
    const acknowledgements = acknowledgementsInStack(stack, addressOf);
    const policy = this.effectivePolicy();
    const now = new Date();
    const vendors = resolveVendorKnowledgeSync(policy.vendors, hostsNamedIn(inventory, policy.catalog), now);
    // Authority and exceptions come from the register; what cannot be recorded there is not approved.
    const authority = askRegister({
      op: "authority",
      register: this.options.register,
      policyFile: this.options.policyFile,
    });
    for (const warning of authority.warnings) stack.node.addMetadata(WARN_METADATA, `DPIA gate: ${warning}`);
    const trusted = withTrustRoot(policy, authority.trust.ok ? authority.trust.root : undefined);
    const { result, uses } = enforceWithTrustRoot(
      assessInventory(inventory, {
        policy: trusted,
        now,
        samples,
        orgRegion: { environment: process.env.GENESYSCLOUD_REGION },
        vendors,
        acknowledgements,
      }),
      { exceptions: authority.exceptions },
      policy,
      authority.trust,
      now,
    );
    askRegister({
      op: "record",
      register: this.options.register,
      dpias: result.dpias,
      inventory,
      uses,
      input: `cdktf stack "${name}"`,
      at: now.toISOString(),
    });
    const written = writeDpias(path.join(stackDir, "dpia"), result.dpias);
    const relative = (file: string) => path.relative(process.cwd(), file) || file;
    if (!this.options.quiet && written.length > 0) {
      console.log(`DPIA gate: stack "${name}", ${written.length} DPIA${written.length === 1 ? "" : "s"}`);
      for (const entry of written) console.log(`  ${summaryLine(entry.dpia, relative(entry.jsonFile))}`);
    }
    for (const warning of unmatchedAcknowledgements(acknowledgements, result.dpias))
      stack.node.addMetadata(WARN_METADATA, `DPIA gate: ${warning}`);
    let byPath: Map<string, ConstructLike> | undefined;
    const constructOf = (constructPath: string | undefined): ConstructLike =>
      (constructPath === undefined ? undefined : (byPath ??= constructsByPath(stack)).get(constructPath)) ?? stack;
    for (const dpia of result.dpias) {
      for (const note of dpia.acknowledgement_notes ?? [])
        constructOf(dpia.subject.construct_path).node.addMetadata(WARN_METADATA, `DPIA ${dpia.dpia_id}: ${note}`);
    }
    for (const dpia of result.warned) {
      const construct = constructOf(dpia.subject.construct_path);
      const message = dpia.exception
        ? `DPIA ${dpia.dpia_id}: ${dpia.risk_assessment.overall_risk_score} risk, deployed under exception ${dpia.exception.exception_id}, which expires at ${dpia.exception.expires_at}.`
        : `DPIA ${dpia.dpia_id}: ${dpia.risk_assessment.overall_risk_score} risk. ${oneLineJustification(dpia)}`;
      construct.node.addMetadata(WARN_METADATA, message);
    }
    if (result.blocked.length > 0) {
      // Never leave an earlier synthesized configuration (JSON or HCL) behind for a blocked stack.
      for (const file of ["cdk.tf.json", "cdk.tf"]) fs.rmSync(path.join(stackDir, file), { force: true });
      const blocked = written.filter((entry) => entry.dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT");
      const lines = blocked.map(
        (entry) =>
          `  - "${entry.dpia.integration_name}" (${entry.dpia.subject.address}): ${entry.dpia.risk_assessment.overall_risk_score} risk. ${oneLineJustification(entry.dpia)}\n    DPIA: ${relative(entry.jsonFile)}${(entry.dpia.exception_notes ?? []).map((note) => `\n    exception not applied: ${note}`).join("")}`,
      );
      throw new DpiaBlockedError(
        `Deployment blocked by the DPIA gate: ${blocked.length} of ${written.length} DPIA${written.length === 1 ? "" : "s"} in stack "${name}" at or above ${result.blocked[0]!.decision.block_at} risk.\n${lines.join("\n")}\nFix what the DPIA lists and synthesize again, or obtain a dual-signed exception (npx dpia exception request <DPIA>).`,
        blocked.map((entry) => ({ dpia: entry.dpia, file: entry.jsonFile })),
        result.dpias,
      );
    }
    return result;
  }
}
