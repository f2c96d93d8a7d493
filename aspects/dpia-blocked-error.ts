import type { Dpia } from "../src/dpia/schema";

export interface BlockedDpia {
  dpia: Dpia;
  file: string;
}

/** Thrown when synthesis is stopped. Carries the blocked DPIAs for programmatic callers. */
export class DpiaBlockedError extends Error {
  declare readonly blocked: BlockedDpia[];
  declare readonly dpias: Dpia[];

  constructor(message: string, blocked: BlockedDpia[], dpias: Dpia[]) {
    super(message);
    this.name = "DpiaBlockedError";
    // Non-enumerable, so Node's report of an uncaught error prints the message, not every DPIA.
    Object.defineProperty(this, "blocked", { value: blocked, enumerable: false });
    Object.defineProperty(this, "dpias", { value: dpias, enumerable: false });
    this.stack = `${this.name}: ${message}`;
  }
}
