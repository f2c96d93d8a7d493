import { terraformJson } from "../assess-config";

export const tfExport = (body: Record<string, unknown>) =>
  terraformJson({ genesyscloud_tf_export: { org: { directory: "./export", ...body } } });
