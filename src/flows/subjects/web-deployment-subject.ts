import { resolveReference, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { DataFlow } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import type { SubjectContext } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

function sitesFlow(deployment: GenesysResource, context: SubjectContext): DataFlow {
  return {
    source: sourceOf(deployment, context),
    destination: {
      name: "Websites allowed to embed the Messenger (visitors' browsers)",
      kind: "genesys_org",
      attribute: "allowed_domains",
      vendor: "Genesys",
    },
    data_elements: elementsOf(context, deployment.address),
    processing_nature: `Web messaging deployment ${literalName(stringAt(deployment.attributes, "name"), deployment.name)}`,
    frequency: "Per session",
    via: deployment.address,
  };
}

/** A deployment joins the DPIA of the Messenger configuration it publishes, else has its own. */
export const webDeploymentSubject: SubjectBuilder = {
  pass: "standalone",
  build: (deployment, context) => ({
    kind: "resource",
    primary: deployment,
    members: [deployment],
    name: literalName(stringAt(deployment.attributes, "name"), deployment.name),
    provider: providerFor(deployment, context.inventory),
    flows: [sitesFlow(deployment, context)],
  }),
  join(deployment, context, drafts) {
    const configuration = resolveReference(
      context.inventory,
      (deployment.attributes.configuration as Array<Record<string, unknown>> | undefined)?.[0]?.id,
    ).address;
    const draft = configuration ? drafts.find((candidate) => candidate.primary.address === configuration) : undefined;
    return draft ? [{ draft, flows: [sitesFlow(deployment, context)] }] : [];
  },
};
