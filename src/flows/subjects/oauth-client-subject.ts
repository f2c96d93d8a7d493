import { allBlocks, findResource, resolveReference, stringAt, stringListAt } from "../../inventory/lookup";
import { readEndpoint } from "../endpoint";
import type { GenesysResource, Inventory } from "../../inventory/model";
import { ofType } from "../../inventory/resource-type";
import { relationsOf } from "../inventory-relations";
import type { Destination } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceName } from "./subject-context";

/** A client whose id and secret feed a Genesys data-actions credential is used by Genesys itself. */
function usedByGenesysDataActions(client: GenesysResource, inventory: Inventory): GenesysResource | undefined {
  const relations = relationsOf(inventory);
  return relations.credentialsOfClient
    .get(client.address)
    ?.find((credential) => relations.usedByGenesysDataActions.has(credential.address));
}

function buildOAuthClientSubject(client: GenesysResource, context: SubjectContext): SubjectDraft {
  const { inventory, catalog } = context;
  const provider = providerFor(client, inventory);
  // The roles it may hold are members too, those an unresolved role_id may be among them: a change to any of
  // them changes the DPIA's fingerprint, so an exception granted before does not outlive it.
  const mayBe = (context.classifications.get(client.address)?.access?.grants ?? []).flatMap((grant) =>
    (grant.mayBe ?? []).map((address) => findResource(inventory, address)),
  );
  const roles = [
    ...allBlocks(client.attributes, "roles").map((grant) =>
      ofType(resolveReference(inventory, grant.role_id).resource, "genesyscloud_auth_role"),
    ),
    ...mayBe,
  ].filter((role, index, all): role is GenesysResource => role?.mode === "managed" && all.indexOf(role) === index);
  const name = literalName(stringAt(client.attributes, "name"), client.name);
  const grant = stringAt(client.attributes, "authorized_grant_type");
  const internalUse = usedByGenesysDataActions(client, inventory);
  // registered_redirect_uris are where the users' browsers return with a code or token after signing
  // in, not where personal data goes: what the client reaches is its grant's scopes or roles, and it
  // reaches them wherever the application runs.
  const destination: Destination = internalUse
    ? {
        name: `Genesys Cloud Data Actions of this org (credential ${internalUse.address})`,
        kind: "genesys_org",
        attribute: "client_id",
        vendor: "Genesys",
      }
    : {
        name: `API client "${name}"`,
        kind: "api_client",
        attribute: grant?.toUpperCase() === "CLIENT-CREDENTIALS" ? "roles" : "scopes",
        appHosts: stringListAt(client.attributes, "registered_redirect_uris").flatMap((uri) => {
          const endpoint = readEndpoint(uri);
          return endpoint.kind === "absolute" && endpoint.url?.host ? [endpoint.url.host] : [];
        }),
      };
  return {
    kind: "oauth_client",
    primary: client,
    members: [client, ...new Map(roles.map((role) => [role.address, role])).values()],
    name,
    provider,
    flows: [
      {
        source: sourceName(provider, catalog),
        destination,
        data_elements: elementsOf(context, client.address),
        processing_nature: `API access by an OAuth client (${grant ? `${grant} grant` : "grant type not set"})`,
        frequency: "On demand",
        via: client.address,
      },
    ],
  };
}

/** An OAuth client with the roles it is granted. */
export const oauthClientSubject: SubjectBuilder = { pass: "owner", build: buildOAuthClientSubject };
