import { parseTemplate, visitStrings } from "../../inventory/expressions";
import { stringAt } from "../../inventory/lookup";
import type { DataFlow } from "../model";
import { isGenesysHost } from "../genesys-host";
import { looksLikeUrl } from "../endpoint";
import { urlDestination } from "../url-destination";
import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, literalName, providerFor, sourceOf } from "./subject-context";

/** An agent script: every URL its file names (open-URL actions, web pages with customer data in the query) is a destination. */
export const scriptSubject: SubjectBuilder = {
  pass: "standalone",
  build(script, context) {
    const name = literalName(stringAt(script.attributes, "script_name"), script.name);
    const elements = elementsOf(context, script.address);
    const base = {
      source: sourceOf(script, context),
      data_elements: elements,
      processing_nature: `Agent script ${name}`,
      frequency: "Per interaction" as const,
      via: script.address,
    };
    const flows: DataFlow[] = [];
    const file = context.inventory.referencedFiles?.[script.address];
    const urls = new Set<string>();
    // Every text that may be deployed under the file (read-referenced-files.ts).
    for (const source of file ? [file.text, ...(file.alsoDeployed ?? [])] : []) {
      let document: unknown;
      try {
        document = JSON.parse(source);
      } catch {
        document = undefined;
      }
      visitStrings(document, (text) => {
        const first = parseTemplate(text)[0];
        if (looksLikeUrl(text) || (first?.kind === "literal" && /^https?:\/\//i.test(first.text)))
          urls.add(text.trim());
      });
    }
    for (const url of [...urls].sort()) {
      const destination = urlDestination(url, "filepath", {}, `Web page opened by script ${name}`);
      if (destination.url && isGenesysHost(destination.url.host, context.catalog)) continue;
      flows.push({ ...base, destination });
    }
    if (!file || file.alsoUnknown)
      flows.push({
        ...base,
        destination: {
          name: "Unknown destination",
          kind: "unknown",
          attribute: "filepath",
          unresolved: "the script file could not be read, so the URLs and actions it uses are unknown",
          unknownBecause: "unnamed",
        },
      });
    flows.push({
      ...base,
      destination: { name: "Agents handling the interaction (same org)", kind: "genesys_org", vendor: "Genesys" },
    });
    return {
      kind: "resource",
      primary: script,
      members: [script],
      name: `Agent script ${name}`,
      provider: providerFor(script, context.inventory),
      flows,
    };
  },
};
