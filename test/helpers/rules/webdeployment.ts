import { terraformJson } from "../assess-config";

export const deployment = (body: Record<string, unknown>) =>
  terraformJson({
    genesyscloud_webdeployments_configuration: {
      web: { name: "Web", languages: ["en-us"], default_language: "en-us", ...body },
    },
  });
