import type { SubjectBuilder } from "./subject-builder";
import { elementsOf, providerFor, sourceName } from "./subject-context";

/** An org-authorization pairing: users of one org act in another; the partner org is not named by the configuration. */
export const orgPairingSubject: SubjectBuilder = {
  pass: "standalone",
  build(pairing, context) {
    const provider = providerFor(pairing, context.inventory);
    return {
      kind: "resource",
      primary: pairing,
      members: [pairing],
      name: `org authorization pairing ${pairing.name}`,
      provider,
      flows: [
        {
          source: sourceName(provider, context.catalog),
          destination: {
            name: "Another Genesys Cloud organisation (partner of the org-authorization trust)",
            kind: "third_party",
            attribute: "user_ids",
            vendor: "Genesys Cloud customer org",
          },
          data_elements: elementsOf(context, pairing.address),
          processing_nature: "Cross-organisation access through an org-authorization trust",
          frequency: "On demand",
          via: pairing.address,
        },
      ],
    };
  },
};
