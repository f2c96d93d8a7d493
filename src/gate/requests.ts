import type { Dpia } from "../dpia/schema";
import type { ExceptionUse } from "../exceptions/apply-exceptions";
import type { Inventory } from "../inventory/model";
import type { GateAuthority } from "../register/gate-authority";
import type { VendorKnowledge } from "../vendors/model";

/**
 * The I/O the gate's sequence needs. The sequence (gate-inventories.ts) is written once as a
 * generator that yields these requests; the aspect answers them synchronously (cdktf runs aspects
 * synchronously), the CLI asynchronously (PostgreSQL's client is asynchronous).
 */
export type GateRequest =
  /** What the vendor sources say about these hosts (listed only when the policy names a vendor source). */
  | { kind: "vendors"; hosts: () => string[] }
  /** Who may approve (the trust root in force) and which exceptions exist, from the register. */
  | { kind: "authority" }
  /** Record in the register the assessments (absent for a stack blocked at synthesis) and every use of an exception. */
  | { kind: "record"; assessed?: { dpias: Dpia[]; inventory: Inventory }; uses: ExceptionUse[] };

interface Answers {
  vendors: VendorKnowledge;
  authority: GateAuthority & { warnings: string[] };
  record: void;
}

type Kind = GateRequest["kind"];
type Answer = Answers[Kind];

/** A part of the sequence: yields requests, is resumed with their answers, and returns T. */
export type GateSteps<T> = Generator<GateRequest, T, Answer>;

/** How one door answers each request: synchronously, or (Async) with a promise. */
export type GatePorts = { [K in Kind]: (request: Extract<GateRequest, { kind: K }>) => Answers[K] };
export type AsyncGatePorts = { [K in Kind]: (request: Extract<GateRequest, { kind: K }>) => Promise<Answers[K]> };

/** Asks the door: `const vendors = yield* ask({ kind: "vendors", hosts })`. */
export function* ask<R extends GateRequest>(request: R): GateSteps<Answers[R["kind"]]> {
  // A driver answers each request with the port of its kind (answerOf), so the answer is of that kind.
  return (yield request) as Answers[R["kind"]];
}

function answerOf<P extends GatePorts | AsyncGatePorts>(ports: P, request: GateRequest): ReturnType<P[Kind]> {
  return (ports[request.kind] as (request: GateRequest) => ReturnType<P[Kind]>)(request);
}

/** Runs the steps to the end, answering each request as it comes. */
export function driveSync<T>(steps: GateSteps<T>, ports: GatePorts): T {
  let step = steps.next();
  while (!step.done) step = steps.next(answerOf(ports, step.value));
  return step.value;
}

/** The same, awaiting each answer before the sequence goes on. */
export async function driveAsync<T>(steps: GateSteps<T>, ports: AsyncGatePorts): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await answerOf(ports, step.value));
  return step.value;
}
