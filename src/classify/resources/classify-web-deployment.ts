import { allBlocks, boolAt, firstBlock } from "../../inventory/lookup";
import { elementSeen, type ClassifiedElement } from "../model";
import type { ResourceClassifier } from "./resource-classifier";

const WEB_RULE = "CLS-WEB-DEPLOYMENT";

/** A Messenger deployment: the sites allowed to embed it collect visitors' messages and identifiers. */
export const classifyWebDeploymentOnSites: ResourceClassifier = (resource) => {
  const evidence = [
    resource.attributes.allow_all_domains === true ? "allow_all_domains (any website)" : "allowed_domains",
  ];
  const elements: ClassifiedElement[] = ["message_content", "online_identifiers"].map((element) => ({
    element,
    rule: WEB_RULE,
    evidence,
  }));
  return { address: resource.address, elements, unknowns: [] };
};

/** Web forms whose content journey tracking captures on submit or abandon. */
function capturedForms(journey: Record<string, unknown>): ClassifiedElement[] {
  const elements: ClassifiedElement[] = [];
  allBlocks(journey, "form_track_event").forEach((form, index) => {
    if (
      boolAt(form, "capture_data_on_form_submit") !== false ||
      boolAt(form, "capture_data_on_form_abandon") !== false
    ) {
      elements.push(
        elementSeen(
          "web_form_capture",
          WEB_RULE,
          `journey_events.form_track_event[${index}] (${String(form.form_name ?? "")})`,
        ),
      );
    }
  });
  return elements;
}

/** A deployment's configuration: Messenger, journey tracking of web forms and co-browsing. */
export const classifyWebDeploymentConfiguration: ResourceClassifier = (resource) => {
  const attributes = resource.attributes;
  const elements: ClassifiedElement[] = [];
  const messenger = firstBlock(attributes, "messenger");
  if (messenger && boolAt(messenger, "enabled") !== false)
    elements.push(elementSeen("message_content", WEB_RULE, "messenger.enabled"));
  if (boolAt(firstBlock(messenger, "file_upload"), "enable_attachments") === true) {
    elements.push(elementSeen("message_content", WEB_RULE, "messenger.file_upload.enable_attachments"));
  }
  const journey = firstBlock(attributes, "journey_events");
  if (journey && boolAt(journey, "enabled") !== false) {
    elements.push(elementSeen("online_identifiers", WEB_RULE, "journey_events.enabled"));
    elements.push(...capturedForms(journey));
  }
  const cobrowse = firstBlock(attributes, "cobrowse");
  if (cobrowse && boolAt(cobrowse, "enabled") === true)
    elements.push(elementSeen("web_form_capture", WEB_RULE, "cobrowse.enabled (agents see the customer's page)"));
  return { address: resource.address, elements, unknowns: [] };
};
