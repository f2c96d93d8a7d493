import type { ResourceClassification } from "../classify/model";
import type { GenesysResource, Inventory } from "../inventory/model";
import type { EffectivePolicy } from "../policy/load-policy";
import { approveDestination } from "./approve-destination";
import { sourceJurisdiction } from "./jurisdiction";
import { locateDestination } from "./locate-destination";
import type { AssessmentSubject, Destination } from "./model";
import { referencedHosts } from "./referenced-hosts";
import { withVolume } from "./scale";
import { providerSubjects } from "./subjects/provider-subject";
import { subjectBuilderFor } from "./subjects/registry";
import type { SubjectBuilder } from "./subjects/subject-builder";
import type { SubjectContext, SubjectDraft } from "./subjects/subject-context";
import { evaluateTransfers } from "./transfers";
import { compareText } from "../text-order";

function addOwned(
  resource: GenesysResource,
  builder: SubjectBuilder,
  context: SubjectContext,
  drafts: SubjectDraft[],
): void {
  const draft = builder.build(resource, context, drafts);
  if (draft) drafts.push(draft);
}

/** A resource that feeds other DPIAs' subjects joins them; otherwise it gets a DPIA of its own. */
function addStandalone(
  resource: GenesysResource,
  builder: SubjectBuilder,
  context: SubjectContext,
  drafts: SubjectDraft[],
): void {
  const joins = builder.join?.(resource, context, drafts) ?? [];
  if (joins.length === 0) return addOwned(resource, builder, context, drafts);
  for (const { draft, flows } of joins) {
    draft.members.push(resource);
    draft.flows.push(...flows);
  }
}

function membersOf(drafts: readonly SubjectDraft[]): Set<string> {
  return new Set(drafts.flatMap((draft) => draft.members.map((member) => member.address)));
}

/**
 * The DPIAs before their flows are approved, in the builders' passes: owners first (they pull in
 * what belongs to them), then standalone resources no owner covers, then the resources that join
 * other DPIAs (so that every DPIA they may join exists whatever the order of the resources), then
 * what no DPIA has as a member yet, from the catalog.
 */
function draftSubjects(inventory: Inventory, context: SubjectContext): SubjectDraft[] {
  const drafts: SubjectDraft[] = [];
  const managed = inventory.resources.filter((resource) => resource.mode === "managed");
  const inPass = (resources: GenesysResource[], accepts: (builder: SubjectBuilder) => boolean) =>
    resources.flatMap((resource) => {
      const builder = subjectBuilderFor(resource.type);
      return accepts(builder) ? [{ resource, builder }] : [];
    });
  for (const { resource, builder } of inPass(managed, (builder) => builder.pass === "owner"))
    addOwned(resource, builder, context, drafts);
  const covered = membersOf(drafts);
  const uncovered = managed.filter((resource) => !covered.has(resource.address));
  for (const { resource, builder } of inPass(uncovered, (builder) => builder.pass === "standalone" && !builder.join))
    addOwned(resource, builder, context, drafts);
  for (const { resource, builder } of inPass(uncovered, (builder) => builder.pass === "standalone" && !!builder.join))
    addStandalone(resource, builder, context, drafts);
  const assessed = membersOf(drafts);
  const unassessed = managed.filter((resource) => !assessed.has(resource.address));
  for (const { resource, builder } of inPass(unassessed, (builder) => builder.pass === "fallback"))
    addOwned(resource, builder, context, drafts);
  drafts.push(...providerSubjects(inventory));
  return drafts;
}

/**
 * Once the allow-list names the org's AWS accounts, an account it leaves out, or one not known before deployment, is
 * not presumed the org's own: it may be a partner's or a vendor's, so what goes there goes to a third party
 * (recordings included, GC-REC-3).
 */
function withAccountsListed(destination: Destination, accountsListed: boolean): Destination {
  const account = destination.awsAccount !== undefined || destination.awsAccountUnknown === true;
  if (!accountsListed || destination.kind !== "customer_cloud" || !account || destination.approval) return destination;
  return {
    ...destination,
    name: `${destination.name}: an AWS account the allow-list, which names the org's accounts, does not name, so not presumed the org's own`,
    kind: "third_party",
  };
}

/** A draft's flows through the allow-list, with their volumes, transfers and the hosts its members name. */
function completeSubject(draft: SubjectDraft, context: SubjectContext): AssessmentSubject {
  const { inventory, classifications, catalog, policy } = context;
  const org = sourceJurisdiction(draft.provider, catalog, policy.controller?.country);
  const accountsListed = (policy.destinations ?? []).some((entry) => entry.aws_account !== undefined);
  const approved = draft.flows.map((flow) => ({
    ...flow,
    destination: withAccountsListed(
      approveDestination(
        locateDestination(flow.destination, org, catalog),
        policy.destinations,
        catalog,
        draft.kind === "oauth_client" ? draft.name : undefined,
      ),
      accountsListed,
    ),
  }));
  const flows = withVolume(approved, [draft.name, draft.primary.address], { inventory, classifications, policy });
  const { transfers, notes } = evaluateTransfers(
    flows,
    draft.provider,
    catalog,
    policy.controller?.country,
    accountsListed,
  );
  return {
    ...draft,
    flows,
    transfers,
    transferNotes: notes,
    referencedHosts: referencedHosts(draft.members, draft.provider, policy.destinations, catalog),
  };
}

/**
 * Groups the inventory into what DPIAs are written for and traces where each one's data goes:
 * an integration with its actions, credentials and recording exports; an OAuth client with its
 * roles; an action whose integration is outside the configuration; other personal-data resources.
 * Each destination is checked against the allow-list and each transfer against Chapter V.
 */
export function buildSubjects(
  inventory: Inventory,
  classifications: Map<string, ResourceClassification>,
  policy: EffectivePolicy,
): AssessmentSubject[] {
  const context: SubjectContext = { inventory, classifications, catalog: policy.catalog, policy };
  return draftSubjects(inventory, context)
    .map((draft) => completeSubject(draft, context))
    .sort((a, b) => compareText(a.primary.address, b.primary.address));
}
