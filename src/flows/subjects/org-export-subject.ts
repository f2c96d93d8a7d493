import { narrowingFilters } from "../../inventory/attributes/export-filters";
import { stringAt } from "../../inventory/lookup";
import { entryFor, hasType, type ResourceType } from "../../inventory/resource-type";
import type { FlowScale } from "../model";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, providerFor, sourceName } from "./subject-context";

/** Where each exporter writes when no directory is set (the provider's defaults). */
const DEFAULT_DIRECTORY: Partial<Record<ResourceType, string>> = {
  genesyscloud_tf_export: "./genesyscloud",
  genesyscloud_bcp_tf_exporter: "the provider's default directory",
};

/** An org export: the org's configuration, people's data in it, written to files on the machine that runs Terraform. */
export const orgExportSubject: SubjectBuilder = {
  pass: "standalone",
  build(exporter, context) {
    const provider = providerFor(exporter, context.inventory);
    const directory =
      stringAt(exporter.attributes, "directory") ??
      entryFor(DEFAULT_DIRECTORY, exporter.type) ??
      "the default directory";
    const label = hasType(exporter, "genesyscloud_tf_export") ? "Terraform export" : "business-continuity export";
    const filters = narrowingFilters(exporter.attributes);
    const scale: FlowScale =
      filters.length > 0
        ? { population: "subset", evidence: filters.map((key) => `${key}: only the resources it matches`) }
        : { population: "org_wide", evidence: ["no include filter: every exportable resource of the org"] };
    return {
      kind: "resource",
      primary: exporter,
      members: [exporter],
      name: `${label} ${exporter.name}`,
      provider,
      flows: [
        {
          source: sourceName(provider, context.catalog),
          destination: {
            name: `Files in ${directory} on the machine running Terraform`,
            kind: "configuration",
            attribute: "directory",
          },
          data_elements: elementsOf(context, exporter.address),
          processing_nature: `Export of the org's configuration to files (${label})`,
          frequency: "Batch",
          scale,
          via: exporter.address,
        },
      ],
    };
  },
};
