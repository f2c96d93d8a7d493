/**
 * What evaluating one input may cost. Terraform answers every configuration the gate meets in well
 * under a second; an expression that needs more (nested `for` over large lists, locals that double
 * a list, a regular expression over a huge text) is refused rather than waited for: the gate exits
 * 2 naming the expression, never hangs.
 */
export interface BudgetLimits {
  /** Evaluation steps (expressions evaluated, `for` iterations, elements built by functions) per input. */
  steps: number;
  /** Elements of one list, tuple, set, map or object, and characters of one string. */
  collectionSize: number;
  /** Expressions evaluated inside one another (locals referring to locals count too). */
  nestingDepth: number;
  /**
   * Milliseconds of CPU time spent evaluating, summed over the input. CPU time, not the clock: on a
   * machine shared with other work, a configuration must not become "too slow" because others ran.
   */
  milliseconds: number;
}

/**
 * Chosen so that `dpia gate` on the worst shape ends within 10 s on a two-core machine (start-up
 * and parsing included), while real configurations stay far below every limit: the benchmark's
 * 1,000 files (6,000 resources) take 36,001 steps in all.
 */
const DEFAULT_LIMITS: BudgetLimits = {
  steps: 4_000_000,
  collectionSize: 1_000_000,
  nestingDepth: 400,
  milliseconds: 4_000,
};

export type BudgetLimit = keyof BudgetLimits;

const LIMIT_NAMES: Record<BudgetLimit, string> = {
  steps: "evaluation steps",
  collectionSize: "elements in one value",
  nestingDepth: "nesting depth",
  milliseconds: "milliseconds of evaluation (CPU time)",
};

/**
 * An expression went past a limit. Not an EvaluationFailure: `try()` and `can()` do not catch it and
 * it never becomes an unresolved value; the reader turns it into an InputError naming file and line.
 */
export class BudgetExceeded extends Error {
  /** The text of the expression being evaluated where it was written (a local, an argument). */
  expression: string | undefined;

  constructor(
    readonly limit: BudgetLimit,
    readonly allowed: number,
    innermost: string,
  ) {
    super(`more than ${allowed.toLocaleString("en")} ${LIMIT_NAMES[limit]} (at ${clip(innermost)})`);
    this.name = "BudgetExceeded";
  }

  /** The first (innermost) place that knows where the expression was written names it. */
  writtenAs(expression: string): void {
    this.expression ??= expression;
  }
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/** How often the clock is read: every this many steps. */
const CLOCK_EVERY = 1024;

/** CPU time this process has used, in milliseconds. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One input's evaluation budget, shared by every expression of the input (all its modules). */
export class EvaluationBudget {
  private steps = 0;
  private depth = 0;
  private spent = 0;
  private running = false;
  /** The CPU clock when this evaluation last read it; undefined until it has done CLOCK_EVERY steps. */
  private lastReading: number | undefined;

  constructor(private readonly limits: BudgetLimits = DEFAULT_LIMITS) {}

  /**
   * Runs one evaluation; time is counted only while some evaluation runs (never while files are read
   * or parsed by workers). The clock is read every CLOCK_EVERY steps, not on every evaluation: reading
   * it cost more than evaluating the many short expressions of a large folder. An evaluation's first
   * CLOCK_EVERY steps are not timed; the step limit bounds them.
   */
  run<T>(evaluate: () => T): T {
    if (this.running) return evaluate();
    this.running = true;
    this.lastReading = undefined;
    try {
      return evaluate();
    } finally {
      if (this.lastReading !== undefined) this.spent += cpuMilliseconds() - this.lastReading;
      this.running = false;
      this.lastReading = undefined;
    }
  }

  /** Counts `count` steps of work done for `where`. */
  step(where: string, count = 1): void {
    const before = this.steps;
    this.steps += count;
    if (this.steps > this.limits.steps) throw new BudgetExceeded("steps", this.limits.steps, where);
    if (Math.floor(before / CLOCK_EVERY) !== Math.floor(this.steps / CLOCK_EVERY) && this.running) {
      const now = cpuMilliseconds();
      if (this.lastReading !== undefined) this.spent += now - this.lastReading;
      this.lastReading = now;
      if (this.spent > this.limits.milliseconds)
        throw new BudgetExceeded("milliseconds", this.limits.milliseconds, where);
    }
  }

  /** Checks the size of a value just built (elements, keys or characters); building a collection counts as work. */
  built(value: unknown, where: string): void {
    const elements =
      typeof value === "string"
        ? value.length
        : Array.isArray(value)
          ? value.length
          : value && typeof value === "object" && value.constructor === Object
            ? Object.keys(value).length
            : 0;
    if (elements > this.limits.collectionSize)
      throw new BudgetExceeded("collectionSize", this.limits.collectionSize, where);
    if (typeof value !== "string") this.step(where, elements);
  }

  /** Counts a function call's work by the size of its arguments: characters of a string, elements of a collection. */
  arguments(values: readonly unknown[], where: string): void {
    let size = 0;
    for (const value of values) size += typeof value === "string" || Array.isArray(value) ? value.length : 1;
    this.step(where, size);
  }

  /** Evaluates one level deeper. */
  nested<T>(where: string, evaluate: () => T): T {
    if (++this.depth > this.limits.nestingDepth) {
      this.depth--;
      throw new BudgetExceeded("nestingDepth", this.limits.nestingDepth, where);
    }
    try {
      return evaluate();
    } finally {
      this.depth--;
    }
  }
}
