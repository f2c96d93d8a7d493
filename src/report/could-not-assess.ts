/**
 * A run that could not assess (exit 2), as the reports a CI step reads show it: the same message
 * stderr carries, so that a JUnit, SARIF or JSON report is never empty and never reads as clean.
 */
export interface CouldNotAssess {
  /** What went wrong, as printed after `dpia: ` (possibly several lines, one per problem). */
  message: string;
  /** The input being assessed, when known. */
  input?: string;
  /** A problem with the input or a source, a usage mistake, or a bug in the gate. */
  cause: "input" | "usage" | "internal";
}
