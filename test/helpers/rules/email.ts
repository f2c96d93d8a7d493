import { ref, terraformJson } from "../assess-config";

export const ROUTE = "genesyscloud_routing_email_route.support";

export const route = (
  body: Record<string, unknown>,
  extra: Record<string, Record<string, Record<string, unknown>>> = {},
) =>
  terraformJson({
    genesyscloud_routing_email_domain: { shop: { domain_id: "shop.example.eu", subdomain: false } },
    genesyscloud_routing_email_route: {
      support: {
        domain_id: ref("genesyscloud_routing_email_domain.shop"),
        pattern: "support",
        from_name: "Support",
        from_email: "support@shop.example.eu",
        ...body,
      },
    },
    ...extra,
  });
