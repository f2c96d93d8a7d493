/** A problem with something the user gave us: which file, where inside it, and what was expected. */
export interface InputProblem {
  file: string;
  /** A JSON path such as `data_elements[3].risk_level`, or '' for the whole file. */
  location: string;
  expected: string;
}

function describeProblem(problem: InputProblem): string {
  const where = problem.location ? `${problem.file}: ${problem.location}` : problem.file;
  return `${where}: ${problem.expected}`;
}

/** Raised at the edges (aspect, CLI) when input cannot be assessed; the engine never approves past it. */
export class InputError extends Error {
  declare readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems.map(describeProblem).join("\n"));
    this.name = "InputError";
    // Non-enumerable: Node's report of an uncaught error then shows the message alone.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
    // The message already says what and where; a stack trace would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
