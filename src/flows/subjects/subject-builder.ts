import type { GenesysResource } from "../../inventory/model";
import type { ResourceType } from "../../inventory/resource-type";
import type { DataFlow } from "../model";
import type { SubjectContext, SubjectDraft } from "./subject-context";

/** Where a resource that feeds another DPIA's subject joins it, and the flows it adds there. */
export interface SubjectJoin {
  draft: SubjectDraft;
  flows: DataFlow[];
}

/**
 * How DPIAs are written for one resource type.
 * - `owner`: every resource of the type gets a DPIA, built first, so that the resources it pulls in
 *   as members (settings, credentials) are not assessed a second time on their own;
 * - `standalone`: a resource gets a DPIA only when no owner already covers it; with `join`, it is
 *   added to the DPIAs of the subjects it feeds when they are all in the configuration;
 * - `fallback`: a resource gets a DPIA only when no other DPIA has it as a member, built last.
 * `build` returns nothing for a resource that, as configured, processes no personal data.
 */
export interface SubjectBuilder {
  pass: "owner" | "standalone" | "fallback";
  build(resource: GenesysResource, context: SubjectContext, drafts: readonly SubjectDraft[]): SubjectDraft | undefined;
  join?(resource: GenesysResource, context: SubjectContext, drafts: readonly SubjectDraft[]): SubjectJoin[];
}

/** Subject builders by resource type: a misspelt type does not compile. */
export type SubjectBuilderRegistry = Readonly<Partial<Record<ResourceType, SubjectBuilder>>>;
