import * as fs from "node:fs";
import type { Catalog } from "../catalog/schema";
import { GenesysApiClient } from "../drift/live/genesys-api-client";
import { liveLimitsFrom } from "../drift/live/live-limits";
import { readLiveOrg } from "../drift/live/read-live-org";
import type { Inventory } from "../inventory/model";
import { readStateJson } from "../inventory/read-state";
import { InputError } from "../validation/input-error";
import { parseUserJson } from "../validation/user-json";
import { readGateInput } from "./read-input";
import { UsageError } from "./exit";

export interface DriftSourceOptions {
  region?: string;
  apiUrl?: string;
  loginUrl?: string;
  varFile?: string[];
}

/** The org's region: --region, else GENESYSCLOUD_REGION (as the provider reads it). */
function regionOf(options: DriftSourceOptions, env: NodeJS.ProcessEnv): string | undefined {
  return options.region ?? env.GENESYSCLOUD_REGION;
}

/** The file's JSON when it holds a state (not a plan, not a configuration); undefined otherwise. */
function stateIn(file: string): unknown {
  let raw: unknown;
  try {
    raw = parseUserJson({ file, what: "a Terraform state" });
  } catch {
    return undefined;
  }
  const isState =
    !!raw &&
    typeof raw === "object" &&
    "format_version" in raw &&
    !("planned_values" in raw) &&
    !("configuration" in raw);
  return isState ? raw : undefined;
}

/**
 * What is deployed now: `live` (the org through the Platform API, credentials from
 * GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET), a state JSON, or anything the
 * gate reads (cdktf.out, a .tf folder such as genesyscloud_tf_export's output, a plan JSON).
 */
export async function readDriftSource(
  source: string,
  options: DriftSourceOptions,
  catalog: Catalog,
  onWarning: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Inventory[]> {
  const awsRegion = regionOf(options, env);
  if (source === "live") {
    if (!awsRegion) throw new UsageError("live: the org's region is needed (--region or GENESYSCLOUD_REGION)");
    const region = catalog.regions.find((entry) => entry.aws_region === awsRegion);
    if (!region) throw new UsageError(`--region: a Genesys Cloud region such as eu-west-1, got "${awsRegion}"`);
    const clientId = env.GENESYSCLOUD_OAUTHCLIENT_ID;
    const clientSecret = env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
    if (!clientId || !clientSecret)
      throw new UsageError(
        "live: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (a client-credentials client with read permissions); secrets are read only from the environment",
      );
    const client = new GenesysApiClient({
      apiBase: options.apiUrl ?? `https://api.${region.domain}`,
      loginBase: options.loginUrl ?? `https://login.${region.domain}`,
      clientId,
      clientSecret,
      limits: liveLimitsFrom(env),
    });
    return [await readLiveOrg(client, { awsRegion, domain: region.domain })];
  }
  const state = fs.existsSync(source) && fs.statSync(source).isFile() ? stateIn(source) : undefined;
  if (state !== undefined) {
    const inventory = readStateJson(state, source);
    if (!awsRegion)
      onWarning(
        `${source} is a state, which does not hold the provider's region: give --region or GENESYSCLOUD_REGION`,
      );
    return [
      {
        ...inventory,
        providers: awsRegion ? [{ attributes: { aws_region: awsRegion }, location: { file: source } }] : [],
      },
    ];
  }
  if (!fs.existsSync(source))
    throw new InputError([
      {
        file: source,
        location: "",
        expected:
          "live, a state or plan JSON, a cdktf.out folder, or a folder of .tf files (such as genesyscloud_tf_export's output)",
      },
    ]);
  const variableArguments = (options.varFile ?? []).map((file) => ({ option: "-var-file" as const, file }));
  const inputs = await readGateInput(source, { variableArguments, onWarning });
  return inputs.flatMap((input) => (input.inventory ? [input.inventory] : []));
}
