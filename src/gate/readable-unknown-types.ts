import { resourceTypeInfo } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import { visitStrings } from "../inventory/expressions";
import type { Inventory } from "../inventory/model";
import { InputError } from "../validation/input-error";

/** Control characters other than tab and line breaks, and U+FFFD (what invalid UTF-8 decodes to). */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

/**
 * A resource of a type the catalog does not know is assessed from its values alone (every URL in
 * it is a destination); binary data there cannot be read for URLs, so it cannot be assessed.
 */
export function assertReadableUnknownTypes(inventory: Inventory, catalog: Catalog): void {
  for (const resource of inventory.resources) {
    if (!resource.type.startsWith("genesyscloud_") || resourceTypeInfo(catalog, resource.type)) continue;
    visitStrings(resource.attributes, (text, pathOf) => {
      if (BINARY.test(text)) {
        throw new InputError([
          {
            file: resource.location.file ?? inventory.origin,
            location: `${resource.address}.${pathOf()}`,
            expected: `text (the value holds binary data, so the unknown type ${resource.type} cannot be assessed)`,
          },
        ]);
      }
    });
  }
}
