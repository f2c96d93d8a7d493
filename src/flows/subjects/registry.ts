import type { SubjectBuilder } from "./subject-builder";

/** Subject builders by Terraform resource type: one line per type, the logic in the type's own file. */
export const SUBJECT_BUILDERS: Readonly<Record<string, SubjectBuilder>> = {
};
