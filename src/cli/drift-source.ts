import * as fs from "node:fs";
import type { Catalog } from "../catalog/schema";
import { readLiveOrg } from "../drift/live/read-live-org";
import type { Inventory } from "../inventory/model";
import { readStateJson } from "../inventory/read-state";
import { InputError } from "../validation/input-error";
import { parseUserJson } from "../validation/user-json";
import { liveOrgClient } from "./live-client";
import { readGateInput } from "./read-input";

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

/** Top-level keys of what the gate reads from one file: a plan JSON, or a Terraform JSON configuration. */
const GATE_FILE_KEYS = ["planned_values", "resource_changes", "configuration", "resource", "provider", "terraform"];

/**
 * The file's JSON when it is to be read as a state: any JSON object that is neither a plan nor a
 * Terraform JSON configuration, so that a state with a misspelt key is checked as a state and
 * refused, never taken for something else. Undefined for a .tf file, a plan or a configuration.
 */
function stateIn(file: string): unknown {
  if (file.endsWith(".tf")) return undefined;
  const raw = parseUserJson({ file, what: "a Terraform state, plan or JSON configuration" });
  const isGateFile = !!raw && typeof raw === "object" && GATE_FILE_KEYS.some((key) => key in raw);
  return isGateFile ? undefined : raw;
}

/**
 * A source that holds no Genesys Cloud resource would read as "every approved subject gone" (exit
 * 0): the wrong state or folder, or a damaged one. The org itself always holds roles.
 */
function withGenesysResources(inventories: Inventory[], source: string): Inventory[] {
  if (inventories.some((inventory) => inventory.resources.length > 0)) return inventories;
  throw new InputError([
    {
      file: source,
      location: "",
      expected:
        "what is deployed: this holds no genesyscloud resource, so every approved subject would read as gone (give the state, configuration or export of the Genesys Cloud deployment)",
    },
  ]);
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
  return withGenesysResources(await readDeployed(source, options, catalog, onWarning, env), source);
}

async function readDeployed(
  source: string,
  options: DriftSourceOptions,
  catalog: Catalog,
  onWarning: (message: string) => void,
  env: NodeJS.ProcessEnv,
): Promise<Inventory[]> {
  const awsRegion = regionOf(options, env);
  if (source === "live") {
    const live = liveOrgClient(options, catalog, env);
    return [await readLiveOrg(live.client, { awsRegion: live.awsRegion, domain: live.domain })];
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
