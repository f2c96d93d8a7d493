import { integrationType } from "../../catalog/lookup";
import { firstBlock, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { hasType } from "../../inventory/resource-type";
import { relationsOf } from "../inventory-relations";
import type { DataFlow } from "../model";
import { executedAction } from "../platform-api-destination";
import { actionDestination, credentialsOf, integrationOwnDestination } from "./integration-destination";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, receivedOnly, receivedOnlyOf, sourceName } from "./subject-context";

function buildIntegrationSubject(integration: GenesysResource, context: SubjectContext): SubjectDraft {
  const { inventory, catalog } = context;
  const provider = providerFor(integration, inventory);
  const source = sourceName(provider, catalog);
  const typeId = stringAt(integration.attributes, "integration_type") ?? "";
  const type = integrationType(catalog, typeId);
  const relations = relationsOf(inventory);
  const actions = relations.actionsOf.get(integration.address) ?? [];
  const { fields, credentials } = credentialsOf(integration, inventory);
  const exports = relations.exportsTo.get(integration.address) ?? [];
  const frequency = typeId === "amazon-eventbridge-source" ? "Real-time" : "Per interaction";
  const executedAddresses = (action: GenesysResource) =>
    [executedAction(action, inventory, catalog)?.address].filter((address) => address !== undefined);
  const flows: DataFlow[] = actions.map((action) => ({
    source,
    destination: actionDestination(action, integration, fields, catalog, inventory),
    // What an action runs through the Platform API carries what it is given and what it adds itself.
    data_elements: elementsOf(context, action.address, integration.address, ...executedAddresses(action)),
    ...receivedOnly(receivedOnlyOf(context, action.address, integration.address, ...executedAddresses(action))),
    processing_nature: `${type?.processing_nature ?? "Unknown integration"}: ${literalName(stringAt(action.attributes, "name"), action.name)}`,
    frequency: hasType(action, "genesyscloud_integration_custom_auth_action") ? "On token expiry" : frequency,
    via: action.address,
  }));
  if (actions.length === 0) {
    flows.push({
      source,
      destination: integrationOwnDestination(integration, catalog, inventory),
      data_elements: elementsOf(context, integration.address),
      processing_nature: type?.processing_nature ?? "Unknown integration",
      frequency,
      via: integration.address,
    });
  }
  for (const policy of exports) {
    flows.push({
      source,
      destination: integrationOwnDestination(integration, catalog, inventory),
      data_elements: elementsOf(context, policy.address).filter(
        (id) => id !== "contact_pii" && id !== "employee_monitoring",
      ),
      processing_nature: "Bulk export of recordings (retention policy integration_export)",
      frequency: "Batch",
      via: policy.address,
    });
  }
  return {
    kind: "integration",
    primary: integration,
    members: [integration, ...actions, ...credentials, ...exports],
    name: literalName(stringAt(firstBlock(integration.attributes, "config"), "name"), integration.name),
    provider,
    flows,
  };
}

/** An integration with its actions, credentials and the recording exports that target it. */
export const integrationSubject: SubjectBuilder = { pass: "owner", build: buildIntegrationSubject };
