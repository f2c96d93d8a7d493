import { firstBlock, resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { hasType, ofType } from "../../inventory/resource-type";
import type { AssessmentSubject, DataFlow, Destination } from "../model";
import { actionDestination, integrationOwnDestination } from "./integration-destination";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, receivedOnly, receivedOnlyOf, sourceName } from "./subject-context";

/** A DPIA for one resource: where its data goes (an action's URL, the code itself, or the org), and the identity provider it signs users in with. */
function standaloneSubject(
  resource: GenesysResource,
  context: SubjectContext,
  kind: AssessmentSubject["kind"],
): SubjectDraft {
  const provider = providerFor(resource, context.inventory);
  const isContact = hasType(resource, "genesyscloud_externalcontacts_contact");
  const destination: Destination = isContact
    ? {
        name: "Terraform configuration and state (personal data written into infrastructure code)",
        kind: "configuration",
      }
    : kind === "data_action"
      ? actionDestination(resource, undefined, {}, context.catalog, context.inventory)
      : { name: "Genesys Cloud CX org", kind: "genesys_org", vendor: "Genesys" };
  const fallbackName = isContact ? `external contact ${resource.name}` : resource.name;
  const extraFlows: DataFlow[] = [];
  const auth = firstBlock(resource.attributes, "authentication_settings");
  const identityProvider = auth
    ? ofType(resolveReference(context.inventory, auth.integration_id).resource, "genesyscloud_integration")
    : undefined;
  if (identityProvider) {
    extraFlows.push({
      source: sourceName(provider, context.catalog),
      destination: integrationOwnDestination(identityProvider, context.catalog),
      data_elements: [],
      processing_nature: `Authentication of messaging users through ${identityProvider.address}`,
      frequency: "Per session",
      via: resource.address,
    });
  }
  return {
    kind,
    primary: resource,
    members: [resource],
    name: isContact ? fallbackName : literalName(stringAt(resource.attributes, "name"), fallbackName),
    provider,
    flows: [
      {
        source: sourceName(provider, context.catalog),
        destination,
        data_elements: elementsOf(context, resource.address),
        ...receivedOnly(receivedOnlyOf(context, resource.address)),
        processing_nature: resource.type.replace(/^genesyscloud_/, "").replace(/_/g, " "),
        frequency: hasType(resource, "genesyscloud_processautomation_trigger") ? "Real-time" : "Continuous",
        via: resource.address,
      },
      ...extraFlows,
    ],
  };
}

/** An action whose integration no DPIA covers (it is outside the configuration) gets a DPIA of its own. */
export const dataActionSubject: SubjectBuilder = {
  pass: "standalone",
  build: (action, context) => standaloneSubject(action, context, "data_action"),
};

/** A resource that processes personal data inside Genesys (or, for an external contact, in the code itself). */
export const standaloneResourceSubject: SubjectBuilder = {
  pass: "standalone",
  build: (resource, context) => standaloneSubject(resource, context, "resource"),
};
