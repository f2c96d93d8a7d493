import { topicDataElements } from "../../catalog/lookup";
import type { Catalog } from "../../catalog/schema";
import { hasUnresolved } from "../../inventory/expressions";
import { retentionActions } from "../../inventory/attributes/retention-actions";
import { allBlocks, boolAt, firstBlock, stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import type { ClassifiedElement, ResourceClassification, UnknownValue } from "../model";
import { classifyByCatalog } from "./classify-by-catalog";

const CONTENT_RULE = "CLS-RESOURCE-CONTENT";

function element(id: string, rule: ClassifiedElement["rule"], evidence: string): ClassifiedElement {
  return { element: id, rule, evidence: [evidence] };
}

function classifyRetentionPolicy(resource: GenesysResource): ClassifiedElement[] {
  const elements: ClassifiedElement[] = [];
  for (const { path, media, actions } of retentionActions(resource.attributes)) {
    if (boolAt(actions, "retain_recording") !== false && boolAt(actions, "always_delete") !== true) {
      elements.push(
        element(
          media === "call" ? "call_recording_audio" : "message_content",
          "CLS-RECORDING-POLICY",
          `${path}.retain_recording (${media})`,
        ),
      );
    }
    if (firstBlock(actions, "initiate_screen_recording"))
      elements.push(element("screen_recording", "CLS-RECORDING-POLICY", `${path}.initiate_screen_recording`));
    if (allBlocks(actions, "assign_surveys").length > 0)
      elements.push(
        element("contact_pii", "CLS-RECORDING-POLICY", `${path}.assign_surveys (survey emails to customers)`),
      );
    if (allBlocks(actions, "assign_evaluations").length + allBlocks(actions, "assign_metered_evaluations").length > 0) {
      elements.push(element("employee_monitoring", "CLS-RECORDING-POLICY", `${path}.assign_evaluations`));
    }
  }
  return elements;
}

function classifyTrigger(resource: GenesysResource, catalog: Catalog, unknowns: UnknownValue[]): ClassifiedElement[] {
  const topic = stringAt(resource.attributes, "topic_name") ?? "";
  const elements = hasUnresolved(topic) ? undefined : topicDataElements(catalog, topic);
  if (!elements) {
    unknowns.push({
      kind: "topic",
      attribute: "topic_name",
      value: topic || "(missing)",
      reason: "is not a notification topic the catalog knows",
    });
    return [element("unknown_data", "CLS-UNKNOWN", `topic_name ${topic} is unknown`)];
  }
  return elements.map((id) => element(id, "CLS-TOPIC", `topic_name: ${topic}`));
}

function classifyWebDeployment(resource: GenesysResource): ClassifiedElement[] {
  const attributes = resource.attributes;
  const elements: ClassifiedElement[] = [];
  const messenger = firstBlock(attributes, "messenger");
  if (messenger && boolAt(messenger, "enabled") !== false)
    elements.push(element("message_content", "CLS-WEB-DEPLOYMENT", "messenger.enabled"));
  if (boolAt(firstBlock(messenger, "file_upload"), "enable_attachments") === true) {
    elements.push(element("message_content", "CLS-WEB-DEPLOYMENT", "messenger.file_upload.enable_attachments"));
  }
  const journey = firstBlock(attributes, "journey_events");
  if (journey && boolAt(journey, "enabled") !== false) {
    elements.push(element("online_identifiers", "CLS-WEB-DEPLOYMENT", "journey_events.enabled"));
    allBlocks(journey, "form_track_event").forEach((form, index) => {
      if (
        boolAt(form, "capture_data_on_form_submit") !== false ||
        boolAt(form, "capture_data_on_form_abandon") !== false
      ) {
        elements.push(
          element(
            "web_form_capture",
            "CLS-WEB-DEPLOYMENT",
            `journey_events.form_track_event[${index}] (${String(form.form_name ?? "")})`,
          ),
        );
      }
    });
  }
  const cobrowse = firstBlock(attributes, "cobrowse");
  if (cobrowse && boolAt(cobrowse, "enabled") === true)
    elements.push(
      element("web_form_capture", "CLS-WEB-DEPLOYMENT", "cobrowse.enabled (agents see the customer's page)"),
    );
  return elements;
}

const CONTACT_BLOCKS: Record<string, string> = {
  work_phone: "contact_pii",
  cell_phone: "contact_pii",
  home_phone: "contact_pii",
  other_phone: "contact_pii",
  address: "contact_pii",
  whatsapp_id: "contact_pii",
  twitter_id: "online_identifiers",
  line_id: "online_identifiers",
  facebook_id: "online_identifiers",
};

function classifyExternalContact(resource: GenesysResource): ClassifiedElement[] {
  const attributes = resource.attributes;
  const elements: ClassifiedElement[] = [];
  for (const key of ["first_name", "middle_name", "last_name", "work_email", "personal_email", "other_email"]) {
    if (attributes[key] !== undefined) elements.push(element("contact_pii", CONTENT_RULE, key));
  }
  for (const [key, id] of Object.entries(CONTACT_BLOCKS))
    if (attributes[key] !== undefined) elements.push(element(id, CONTENT_RULE, key));
  return elements;
}

/** Resources whose configuration itself holds or collects personal data. */
export function classifyOtherResource(resource: GenesysResource, catalog: Catalog): ResourceClassification {
  const unknowns: UnknownValue[] = [];
  let elements: ClassifiedElement[] = [];
  switch (resource.type) {
    case "genesyscloud_recording_media_retention_policy":
      elements = classifyRetentionPolicy(resource);
      break;
    case "genesyscloud_processautomation_trigger":
      elements = classifyTrigger(resource, catalog, unknowns);
      break;
    case "genesyscloud_webdeployments_configuration":
      elements = classifyWebDeployment(resource);
      break;
    case "genesyscloud_externalcontacts_contact":
      elements = classifyExternalContact(resource);
      break;
    default:
      return classifyByCatalog(resource, catalog);
  }
  return { address: resource.address, elements, unknowns };
}
