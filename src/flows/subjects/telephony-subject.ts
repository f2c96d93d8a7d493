import { trunkProperties } from "../../inventory/attributes/trunk-properties";
import { referencedAddresses } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import type { DataFlow } from "../model";
import { urlDestination } from "../url-destination";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

function carrierFlows(trunk: GenesysResource, context: SubjectContext): DataFlow[] {
  const base = {
    source: sourceOf(trunk, context),
    data_elements: elementsOf(context, trunk.address),
    processing_nature: `SIP trunk ${literalName(stringAt(trunk.attributes, "name"), trunk.name)}`,
    frequency: "Per interaction" as const,
    via: trunk.address,
  };
  const type = stringAt(trunk.attributes, "trunk_type");
  if (type === "PHONE" || type === "EDGE")
    return [
      {
        ...base,
        destination: { name: "Genesys Cloud Edge and phones (same org)", kind: "genesys_org", vendor: "Genesys" },
      },
    ];
  const { hosts } = trunkProperties(trunk.attributes.properties);
  if (hosts.length === 0) {
    return [
      {
        ...base,
        destination: {
          name: "External SIP carrier",
          kind: "unknown",
          attribute: "properties",
          unresolved: "the trunk's properties name no SIP server, so the carrier receiving the calls is unknown",
          unknownBecause: "unnamed",
        },
      },
    ];
  }
  return [...new Map(hosts.map((entry) => [entry.host, entry])).values()].map((entry) => ({
    ...base,
    destination: {
      ...urlDestination(`https://${entry.host}/`, `properties.${entry.property}`, {}, "SIP carrier"),
      attribute: `properties.${entry.property}`,
    },
  }));
}

/** An external trunk's settings: a DPIA of the calls handed to its carrier; the trunks and routes that use it join it. */
export const trunkBaseSettingsSubject: SubjectBuilder = {
  pass: "owner",
  build: (trunk, context) => ({
    kind: "resource",
    primary: trunk,
    members: [trunk],
    name: `SIP trunk ${literalName(stringAt(trunk.attributes, "name"), trunk.name)}`,
    provider: providerFor(trunk, context.inventory),
    flows: carrierFlows(trunk, context),
  }),
};

/** Trunks and outbound routes join the DPIA of the trunk settings they use. */
export const trunkUserSubject: SubjectBuilder = {
  pass: "standalone",
  build: (resource, context) => ({
    kind: "resource",
    primary: resource,
    members: [resource],
    name: `${resource.type.replace(/^genesyscloud_telephony_providers_edges_/, "").replace(/_/g, " ")} ${literalName(stringAt(resource.attributes, "name"), resource.name)}`,
    provider: providerFor(resource, context.inventory),
    flows: [
      {
        source: sourceOf(resource, context),
        destination: {
          name: "Trunk settings outside this configuration",
          kind: "unknown",
          unresolved: "the trunk settings (and so the carrier) are not in this configuration",
          unknownBecause: "unnamed",
        },
        data_elements: ["conversation_metadata"],
        processing_nature: "Calls routed to a trunk",
        frequency: "Per interaction",
        via: resource.address,
      },
    ],
  }),
  join(resource, _context, drafts) {
    const targets = referencedAddresses([
      resource.attributes.trunk_base_settings_id,
      resource.attributes.external_trunk_base_ids,
    ]);
    const draft = drafts.find(
      (candidate) =>
        hasType(candidate.primary, "genesyscloud_telephony_providers_edges_trunkbasesettings") &&
        targets.includes(candidate.primary.address),
    );
    return draft ? [{ draft, flows: [] }] : [];
  },
};

/** A site: where its calls' media is processed. */
export const siteSubject: SubjectBuilder = {
  pass: "standalone",
  build: (site, context) => ({
    kind: "resource",
    primary: site,
    members: [site],
    name: `Telephony site ${literalName(stringAt(site.attributes, "name"), site.name)}`,
    provider: providerFor(site, context.inventory),
    flows: [
      {
        source: sourceOf(site, context),
        destination: {
          name: "Genesys Cloud media regions of the site",
          kind: "genesys_org",
          attribute: "media_regions",
          vendor: "Genesys",
        },
        data_elements: elementsOf(context, site.address),
        processing_nature: "Call media processing",
        frequency: "Per interaction",
        via: site.address,
      },
    ],
  }),
};
