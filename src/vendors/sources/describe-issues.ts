import type { z } from "zod";

/** The first problems of a failed parse, as `path: message`, for a reason line in a DPIA. */
export function describeIssues(error: z.ZodError, prefix: string): string {
  const shown = error.issues
    .slice(0, 3)
    .map((issue) => `${[prefix, ...issue.path.map(String)].filter(Boolean).join(".")}: ${issue.message}`);
  return `${shown.join("; ")}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ""}`;
}
