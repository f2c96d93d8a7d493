import type { ResourceClassification } from "../classify/model";
import { eventFilterTopics, integrationProperties } from "../inventory/attributes/integration-properties";
import { firstBlock, resolveReference, stringAt, stringListAt } from "../inventory/lookup";
import type { GenesysResource, Inventory } from "../inventory/model";
import { entryFor, type ResourceType } from "../inventory/resource-type";
import type { EffectivePolicy } from "../policy/load-policy";
import type { DataFlow, FlowScale, Frequency } from "./model";

/** A topic whose {id} stands for the conversation: every conversation of the org. */
const ORG_WIDE_TOPIC = /^v2\.(detail\.events\.conversation|conversations|routing\.queues)\.\{id\}/;
const BULK_PERMISSIONS = ["recording:job:add", "externalContacts:export:add", "outbound:contactList:view"];

type Volume = { frequency: Frequency; scale: FlowScale };

interface ScaleContext {
  inventory: Inventory;
  classifications: Map<string, ResourceClassification>;
  policy: EffectivePolicy;
}

function topicScale(topics: string[], where: string, matchCriteria?: string): FlowScale {
  const wide = topics.filter((topic) => ORG_WIDE_TOPIC.test(topic));
  if (wide.length > 0 && !matchCriteria)
    return {
      population: "org_wide",
      evidence: wide.map((topic) => `${where} ${topic}: every conversation of the org`),
    };
  if (wide.length > 0)
    return { population: "subset", evidence: [`${where}: conversation events narrowed by match_criteria`] };
  return topics.length > 0
    ? { population: "subset", evidence: topics.map((topic) => `${where} ${topic}`) }
    : { population: "unknown", evidence: [] };
}

function retentionScale(policy: GenesysResource): FlowScale {
  const media = firstBlock(policy.attributes, "media_policies");
  const perMedia = ["call_policy", "chat_policy", "email_policy", "message_policy"].map((key) =>
    firstBlock(firstBlock(media, key), "conditions"),
  );
  const conditioned = [firstBlock(policy.attributes, "conditions"), ...perMedia]
    .filter(Boolean)
    .some((conditions) =>
      ["for_queue_ids", "for_user_ids", "wrapup_code_ids", "team_ids", "language_ids"].some(
        (key) => stringListAt(conditions, key).length > 0,
      ),
    );
  return conditioned
    ? {
        population: "subset",
        evidence: [`${policy.address}: conditions limit the recordings (queues, users or wrap-up codes)`],
      }
    : {
        population: "org_wide",
        evidence: [`${policy.address}: no conditions, so every matching recording of the org`],
      };
}

function clientVolume(client: GenesysResource, context: ScaleContext): Volume {
  const access = context.classifications.get(client.address)?.access;
  const permissions = access?.grants.flatMap((grant) => grant.permissions.map((p) => p.permission)) ?? [];
  const scopes = access?.scopes.map((scope) => scope.scope) ?? [];
  const bulk = permissions
    .filter((permission) => BULK_PERMISSIONS.includes(permission))
    .concat(scopes.filter((scope) => scope === "recordings"));
  const frequency: Frequency = scopes.includes("notifications") ? "Real-time" : bulk.length > 0 ? "Batch" : "On demand";
  const allDivisions = access?.grants.filter((grant) => grant.division === "all" && grant.permissions.length > 0) ?? [];
  if (allDivisions.length > 0)
    return {
      frequency,
      scale: {
        population: "org_wide",
        evidence: allDivisions
          .map((grant) => `${grant.attribute}: ${grant.roleReference} in all divisions`)
          .concat(bulk.map((b) => `bulk access: ${b}`)),
      },
    };
  if (access?.grantType === "CLIENT-CREDENTIALS")
    return {
      frequency,
      scale: {
        population: "subset",
        evidence: ["roles granted in named or home divisions"].concat(bulk.map((b) => `bulk access: ${b}`)),
      },
    };
  return { frequency, scale: { population: "subset", evidence: ["what the signed-in user may see"] } };
}

/** Frequency and reach of one flow, from the resource that moves the data. */
type VolumeOf = (flow: DataFlow, via: GenesysResource, context: ScaleContext) => Volume;

const integrationVolume: VolumeOf = (flow, integration) => {
  const topics = eventFilterTopics(integrationProperties(integration).value);
  if (stringAt(integration.attributes, "integration_type") === "amazon-eventbridge-source")
    return { frequency: "Real-time", scale: topicScale(topics, "eventFilter") };
  return { frequency: flow.frequency, scale: { population: "unknown", evidence: [] } };
};

const actionVolume: VolumeOf = (flow) => ({
  frequency: flow.frequency,
  scale: { population: "single_record", evidence: ["each call moves the record of one interaction"] },
});

const triggerVolume: VolumeOf = (_flow, trigger) => ({
  frequency: "Real-time",
  scale: topicScale(
    [stringAt(trigger.attributes, "topic_name") ?? ""].filter(Boolean),
    "topic_name",
    stringAt(trigger.attributes, "match_criteria"),
  ),
});

const oauthClientVolume: VolumeOf = (flow, client, context) =>
  flow.destination.kind === "genesys_org"
    ? {
        frequency: "Per interaction",
        scale: { population: "single_record", evidence: ["used by this org's data actions"] },
      }
    : clientVolume(client, context);

/** How the types whose reach the configuration shows move data; subject builders of other types state the reach they see. */
const VOLUME_BY_TYPE: Partial<Record<ResourceType, VolumeOf>> = {
  genesyscloud_integration: integrationVolume,
  genesyscloud_integration_action: actionVolume,
  genesyscloud_integration_action_draft: actionVolume,
  genesyscloud_integration_custom_auth_action: actionVolume,
  genesyscloud_processautomation_trigger: triggerVolume,
  genesyscloud_recording_media_retention_policy: (flow, policy) => ({
    frequency: flow.frequency,
    scale: retentionScale(policy),
  }),
  genesyscloud_oauth_client: oauthClientVolume,
  genesyscloud_webdeployments_configuration: (flow) => ({
    frequency: flow.frequency,
    scale: { population: "org_wide", evidence: ["every visitor of the sites the deployment is on"] },
  }),
};

const statedVolume: VolumeOf = (flow) => ({
  frequency: flow.frequency,
  scale: flow.scale ?? { population: "unknown", evidence: [] },
});

function inferred(flow: DataFlow, via: GenesysResource | undefined, context: ScaleContext): Volume {
  if (!via) return { frequency: flow.frequency, scale: { population: "unknown", evidence: [] } };
  return (entryFor(VOLUME_BY_TYPE, via.type) ?? statedVolume)(flow, via, context);
}

function declaredFor(names: string[], context: ScaleContext): FlowScale["declared"] {
  const entry = context.policy.volumes.find((volume) => names.includes(volume.target));
  if (!entry) return undefined;
  return {
    ...(entry.data_subjects_per_month !== undefined ? { data_subjects_per_month: entry.data_subjects_per_month } : {}),
    ...(entry.records_per_month !== undefined ? { records_per_month: entry.records_per_month } : {}),
    large: (entry.data_subjects_per_month ?? entry.records_per_month ?? 0) >= context.policy.largeScaleSubjectsPerMonth,
  };
}

/** Sets each flow's frequency and reach; numbers declared in the policy for the subject or the resource win. */
export function withVolume(flows: DataFlow[], subjectNames: string[], context: ScaleContext): DataFlow[] {
  return flows.map((flow) => {
    const via = resolveReference(context.inventory, `\${${flow.via}.id}`).resource;
    const { frequency, scale } = inferred(flow, via, context);
    const declared = declaredFor(
      [...subjectNames, flow.via, ...(via ? [stringAt(via.attributes, "name") ?? ""] : [])],
      context,
    );
    return { ...flow, frequency, scale: declared ? { ...scale, declared } : scale };
  });
}
