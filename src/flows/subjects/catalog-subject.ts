import { resourceTypeInfo } from "../../catalog/lookup";
import { hasUnresolved, parseTemplate, visitStrings } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import type { GenesysResource } from "../../inventory/model";
import { valuesAtPath } from "../../inventory/attributes/attribute-paths";
import { looksLikeUrl } from "../endpoint";
import type { DataFlow, Destination } from "../model";
import { isFormatIdentifier } from "../not-a-destination";
import { urlDestination } from "../url-destination";
import type { SubjectContext, SubjectDraft } from "./subject-context";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

const EMAIL = /^[^\s@]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;
const ARN = /^arn:aws[a-z-]*:([a-z0-9-]+):([a-z0-9-]*):(\d{12}):/;

/** What one destination-bearing value names: a URL, an email domain, an AWS ARN, an unresolved expression; undefined for ids of other resources. */
function destinationOf(value: string, attribute: string, recipient: string): Destination | undefined {
  const text = value.trim();
  const parts = parseTemplate(text);
  if (parts.length > 0 && parts.every((part) => part.kind === "reference")) return undefined;
  if (hasUnresolved(text) && !looksLikeUrl(text) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return {
      name: "Unknown destination",
      kind: "unknown",
      attribute,
      unresolved: `${attribute} is not resolved before deployment`,
      unknownBecause: "expression",
    };
  }
  const arn = ARN.exec(text);
  if (arn)
    return {
      name: `AWS ${arn[1]} in account ${arn[3]}${arn[2] ? ` (${arn[2]})` : ""}`,
      kind: "customer_cloud",
      attribute,
      awsAccount: arn[3],
      ...(arn[2] ? { awsRegion: arn[2] } : {}),
      vendor: "Amazon Web Services",
    };
  const email = EMAIL.exec(text);
  const url =
    looksLikeUrl(text) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : email ? `https://${email[1]}/` : undefined;
  if (!url) return undefined;
  // A Genesys Cloud host is placed by its region later (locate-destination.ts), like every other destination.
  return urlDestination(url, attribute, {}, email ? `Email recipients of ${recipient}` : recipient);
}

function flowTo(
  resource: GenesysResource,
  destination: Destination,
  elements: string[],
  nature: string,
  context: SubjectContext,
): DataFlow {
  return {
    source: sourceOf(resource, context),
    destination,
    data_elements: elements,
    processing_nature: nature,
    frequency: "Continuous",
    via: resource.address,
  };
}

/** A host with a path but no scheme (`collector.example.com/hook`, `//host/x`): a URL to an unknown type. */
const SCHEMELESS_URL = /^(?:\/\/)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63})(?::\d{1,5})?\/\S*$/;

/**
 * Every URL-looking value anywhere in a resource, with its attribute path: URLs with or without a
 * scheme, email addresses and ARNs, also inside JSON documents held in strings.
 */
function urlsAnywhere(resource: GenesysResource): Array<{ path: string; value: string }> {
  const found: Array<{ path: string; value: string }> = [];
  const scan = (value: unknown, prefix: string, depth: number) =>
    visitStrings(value, (text, pathOf) => {
      const path = pathOf();
      const at = prefix && path ? `${prefix}.${path}` : prefix || path;
      if (isFormatIdentifier(at)) return;
      const trimmed = text.trim();
      const first = parseTemplate(trimmed)[0];
      if (
        looksLikeUrl(trimmed) ||
        (first?.kind === "literal" && /^[a-z][a-z0-9+.-]*:\/\//i.test(first.text)) ||
        ARN.test(trimmed) ||
        EMAIL.test(trimmed)
      )
        found.push({ path: at, value: trimmed });
      else if (SCHEMELESS_URL.test(trimmed)) found.push({ path: at, value: `https://${trimmed.replace(/^\/\//, "")}` });
      if (depth < 4 && /^[[{]/.test(trimmed) && trimmed.length <= 1_000_000) {
        try {
          scan(JSON.parse(trimmed), at, depth + 1);
        } catch {
          // Not JSON: already scanned as text.
        }
      }
    });
  scan(resource.attributes, "", 0);
  return found;
}

/**
 * A DPIA for a resource no dedicated builder covers, from the catalog: its destination attributes
 * become flows (through the allow-list and transfer rules like any other), carrying what the type
 * can reach. A Genesys type the catalog does not know has every URL in it assessed as a
 * destination of unknown data. Types the catalog rates `none` get no DPIA.
 */
export function catalogSubject(resource: GenesysResource, context: SubjectContext): SubjectDraft | undefined {
  const info = resourceTypeInfo(context.catalog, resource.type);
  if (info?.relevance === "none") return undefined;
  const label = resource.type.replace(/^genesyscloud_/, "").replace(/_/g, " ");
  // A name the catalog calls personal data (a person's, a customer's) is never printed: the label is.
  const personalName = info?.personal_data_attributes.some((attribute) => attribute.path === "name");
  const name = personalName ? resource.name : literalName(stringAt(resource.attributes, "name"), resource.name);
  const elements = elementsOf(context, resource.address);
  const flows: DataFlow[] = [];
  if (!info) {
    for (const { path, value } of urlsAnywhere(resource)) {
      const destination = destinationOf(value, path, `Unknown resource type ${resource.type}`);
      if (destination)
        flows.push(flowTo(resource, destination, ["unknown_data"], `Unknown resource type ${resource.type}`, context));
    }
  } else {
    for (const path of info.destination_attributes) {
      for (const value of valuesAtPath(resource.attributes, path)) {
        const texts: string[] = [];
        visitStrings(value, (text) => texts.push(text));
        for (const text of texts) {
          const destination = destinationOf(text, path, `${label} ${name}`);
          if (destination) flows.push(flowTo(resource, destination, elements, `${label} (${path})`, context));
        }
      }
    }
  }
  if (flows.length === 0) {
    const inCode = context.classifications
      .get(resource.address)
      ?.elements.some((item) => item.evidence.some((text) => text.includes("a literal value in the configuration")));
    const destination: Destination = inCode
      ? {
          name: "Terraform configuration and state (personal data written into infrastructure code)",
          kind: "configuration",
        }
      : { name: "Genesys Cloud CX org", kind: "genesys_org", vendor: "Genesys" };
    flows.push(
      flowTo(
        resource,
        destination,
        info ? elements : ["unknown_data"],
        info ? label : `Unknown resource type ${resource.type}`,
        context,
      ),
    );
  }
  return {
    kind: "resource",
    primary: resource,
    members: [resource],
    name: info ? `${label} ${name}` : `Unknown resource type ${resource.type} (${resource.name})`,
    provider: providerFor(resource, context.inventory),
    flows,
    assessedFrom: info ? "catalog" : "unknown_type",
  };
}
