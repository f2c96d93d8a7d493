import type { ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

/** A Messenger deployment: the sites allowed to embed it collect visitors' messages and identifiers. */
export const classifyWebDeploymentOnSites: ResourceClassifier = (resource) => {
  const evidence = [
    resource.attributes.allow_all_domains === true ? "allow_all_domains (any website)" : "allowed_domains",
  ];
  const elements: ClassifiedElement[] = ["message_content", "online_identifiers"].map((element) => ({
    element,
    rule: "CLS-WEB-DEPLOYMENT",
    evidence,
  }));
  return { address: resource.address, elements, unknowns: [] };
};
