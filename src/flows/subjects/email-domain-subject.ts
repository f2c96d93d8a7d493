import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow, Destination } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceName, type SubjectContext } from "./subject-context";

function relayFlow(
  domain: GenesysResource,
  destination: Destination,
  source: string,
  context: SubjectContext,
): DataFlow {
  return {
    source,
    destination,
    data_elements: elementsOf(context, domain.address),
    processing_nature: `Outbound email of ${literalName(stringAt(domain.attributes, "domain_id"), domain.name)} relayed through a custom SMTP server`,
    frequency: "Per interaction",
    via: domain.address,
  };
}

/**
 * An email domain sending through a custom SMTP server joins the DPIA of that server's
 * integration; when the integration is outside the configuration its recipient cannot be named.
 * A domain Genesys sends for itself is a DPIA of mail that stays with Genesys.
 */
export const emailDomainSubject: SubjectBuilder = {
  pass: "standalone",
  join(domain, context, drafts) {
    if (domain.attributes.custom_smtp_server_id === undefined) return [];
    const server = resolveReference(context.inventory, domain.attributes.custom_smtp_server_id).address;
    const draft = server ? drafts.find((candidate) => candidate.primary.address === server) : undefined;
    const relay = draft?.flows.find((flow) => flow.via === server);
    return draft && relay ? [{ draft, flows: [relayFlow(domain, relay.destination, relay.source, context)] }] : [];
  },
  build(domain, context) {
    const provider = providerFor(domain, context.inventory);
    const source = sourceName(provider, context.catalog);
    const name = literalName(stringAt(domain.attributes, "domain_id"), domain.name);
    if (domain.attributes.custom_smtp_server_id === undefined) {
      const genesys: DataFlow = {
        source,
        destination: {
          name: "Genesys Cloud email (this org)",
          kind: "genesys_org",
          vendor: "Genesys",
          attribute: "domain_id",
        },
        data_elements: elementsOf(context, domain.address),
        processing_nature: `Customer email of ${name} sent and received by Genesys Cloud`,
        frequency: "Per interaction",
        via: domain.address,
      };
      return { kind: "resource", primary: domain, members: [domain], name, provider, flows: [genesys] };
    }
    const destination: Destination = {
      name: "Custom SMTP server outside this configuration",
      kind: "unknown",
      attribute: "custom_smtp_server_id",
      unresolved: "the SMTP server's integration is not defined in this configuration, so its host cannot be read",
      unknownBecause: "unnamed",
    };
    return {
      kind: "resource",
      primary: domain,
      members: [domain],
      name,
      provider,
      flows: [relayFlow(domain, destination, source, context)],
    };
  },
};
