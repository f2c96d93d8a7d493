import { findResource, resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { entryFor, hasType, type ResourceType } from "../../inventory/resource-type";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

const HOLDER: Partial<Record<ResourceType, { attribute: string; type: ResourceType; noun: string }>> = {
  genesyscloud_user_roles: { attribute: "user_id", type: "genesyscloud_user", noun: "user" },
  genesyscloud_group_roles: { attribute: "group_id", type: "genesyscloud_group", noun: "group" },
};

/** Who receives the roles: the user or group resource when it is in the configuration, else its id. */
function holderOf(
  resource: GenesysResource,
  inventory: Parameters<SubjectBuilder["build"]>[1]["inventory"],
): { name: string; resource?: GenesysResource } {
  const holder = entryFor(HOLDER, resource.type)!;
  const target = resolveReference(inventory, resource.attributes[holder.attribute]);
  const found = hasType(target.resource, holder.type) ? target.resource : undefined;
  // A person's name is personal data: a user is named in the DPIA by the Terraform label, a group by its name.
  const named = found
    ? hasType(found, "genesyscloud_user")
      ? found.name
      : literalName(stringAt(found.attributes, "name"), found.name)
    : undefined;
  return { name: `${holder.noun} ${named ?? target.address ?? resource.name}`, resource: found };
}

/** A DPIA per role assignment to people: what the roles let them read, in which divisions. */
export const peopleRolesSubject: SubjectBuilder = {
  pass: "owner",
  build(resource, context) {
    const holder = holderOf(resource, context.inventory);
    const roles = (context.classifications.get(resource.address)?.grants ?? [])
      .flatMap((grant) => [grant.roleAddress, ...(grant.mayBe ?? [])])
      .map((address) => (address ? findResource(context.inventory, address) : undefined))
      .filter((role): role is GenesysResource => !!role);
    return {
      kind: "resource",
      primary: resource,
      members: [resource, ...new Map(roles.map((role) => [role.address, role])).values()],
      name: `Roles of ${holder.name}`,
      provider: providerFor(resource, context.inventory),
      flows: [
        {
          source: sourceOf(resource, context),
          destination: {
            name: `People in the org holding the roles (${holder.name})`,
            kind: "genesys_org",
            attribute: "roles",
            vendor: "Genesys",
          },
          data_elements: elementsOf(context, resource.address),
          processing_nature: "Access by employees through the roles granted to them",
          frequency: "On demand",
          via: resource.address,
        },
      ],
    };
  },
};
