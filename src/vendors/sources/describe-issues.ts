import type { z } from "zod";
import { jsonPath } from "../../validation/schema-validator";

/** The first problems of a failed parse, as `path: message` (JSON paths under `prefix`), for a reason line. */
export function describeIssues(error: z.ZodError, prefix: string): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = jsonPath([...(prefix ? [prefix] : []), ...issue.path]);
    return `${path || "the top level"}: ${issue.message}`;
  });
  return `${shown.join("; ")}${error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ""}`;
}
