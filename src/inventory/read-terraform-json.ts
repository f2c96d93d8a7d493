import { InventorySchema, type GenesysResource, type Inventory, type ProviderConfig, type WrittenFile } from "./model";
import { evaluateBody, expandDynamicBlocks } from "./hcl/evaluate-body";
import type { Scope } from "./hcl/expression";
import { BudgetExceeded, EvaluationBudget } from "./hcl/budget";
import { TemplateSyntaxError } from "./hcl/template-syntax";
import { instanceSuffix, resourceInstances } from "./hcl/instances";
import { blockShapeProblems } from "./block-shapes";
import { InputError } from "../validation/input-error";
import { normalizeAttributes } from "./normalize";
import { providerSchema, resourceSchema } from "./provider-schema";
import { genesysVersionConstraints } from "./provider-version";
import { genesysReference, providerReference, rootProviderScope, type ProviderScope } from "./hcl/provider-scope";
import { bodies, terraformJsonDocument, type Body } from "./terraform-json-blocks";
import { FILE_WRITER_TYPES, writerArguments, writtenFile } from "./written-files";
import { assertConformsToSchema, documentProblems } from "./schema-check/assert-schema";
import { compareText } from "../text-order";
import { hasOwnValues, jsonDocumentScope } from "./json-document-scope";

function constructPathOf(body: Body): string | undefined {
  const meta = (body["//"] as { metadata?: { path?: unknown } } | undefined)?.metadata;
  return typeof meta?.path === "string" ? meta.path : undefined;
}

/** `depends_on` as HCL (`"${local_file.x}"`), Terraform JSON or a plan (`"local_file.x"`) write it, made absolute. */
function dependsOnOf(value: unknown, modulePath: string): string[] {
  if (!Array.isArray(value)) return [];
  return (
    value
      .filter((entry): entry is string => typeof entry === "string")
      .map((entry) => entry.replace(/^\$\{\s*(.*?)\s*\}$/s, "$1"))
      // The HCL reader has made a module's references absolute already; a plan's are the module's own.
      .map((entry) => (entry.startsWith(modulePath) ? entry : `${modulePath}${entry}`))
  );
}

/** One Genesys resource from its type, name and body, normalised the way every reader must. */
export function genesysResource(
  mode: "managed" | "data",
  type: string,
  name: string,
  body: Body,
  location: GenesysResource["location"],
  modulePath = "",
  instanceKey?: number | string,
): GenesysResource {
  const address = `${modulePath}${mode === "data" ? "data." : ""}${type}.${name}${instanceSuffix(instanceKey)}`;
  const schema = resourceSchema(type, mode);
  const problems = blockShapeProblems(body, schema);
  if (problems.length > 0) {
    const file = location.file ?? location.constructPath ?? "configuration";
    throw new InputError(
      problems.map((problem) => ({ file, location: `${address}.${problem.at}`, expected: problem.expected })),
    );
  }
  const dependsOn = dependsOnOf(body.depends_on, modulePath);
  return {
    mode,
    type,
    name,
    address,
    attributes: normalizeAttributes(body, schema),
    ...(dependsOn.length > 0 ? { dependsOn } : {}),
    // HCL gives `provider = genesyscloud.eu` as the expression "${genesyscloud.eu}".
    provider: typeof body.provider === "string" ? body.provider.replace(/^\$\{(.*)\}$/s, "$1").trim() : undefined,
    location,
  };
}

export function genesysProvider(body: Body, location: GenesysResource["location"]): ProviderConfig {
  return {
    alias: typeof body.alias === "string" ? body.alias : undefined,
    attributes: normalizeAttributes(
      Object.fromEntries(Object.entries(body).filter(([key]) => key !== "alias")),
      providerSchema(),
    ),
    location,
  };
}

/** For what is read without the document's variables (file writers' instances); one budget for the document. */
function nothingKnown(): Scope {
  return { variable: () => undefined, local: () => undefined, budget: new EvaluationBudget() };
}

/** A template Terraform rejects, or an expression past the budget, is the document's input error. */
function evaluationProblem(error: unknown, origin: string): unknown {
  if (error instanceof TemplateSyntaxError)
    return new InputError([
      { file: origin, location: "", expected: `a template Terraform can parse: ${error.message}` },
    ]);
  if (error instanceof BudgetExceeded)
    return new InputError([
      {
        file: origin,
        location: error.expression ? `"${error.expression.slice(0, 120)}"` : "",
        expected: `an expression the gate can evaluate within its budget: ${error.message}`,
      },
    ]);
  return error;
}

/**
 * The resources a block stands for: one per instance of a literal `count` or `for_each` (as a
 * plan lists them, with `count.index` and `each.*` evaluated), else the block itself. Variables
 * are not known in Terraform JSON, so a count over one is assessed once with the index unresolved.
 */
function instancesOf(
  mode: "managed" | "data",
  type: string,
  name: string,
  body: Body,
  context: { origin: string; onWarning?: (message: string) => void; scope: Scope; evaluates: boolean },
): GenesysResource[] {
  const location = { constructPath: constructPathOf(body) };
  if (body.count === undefined && body.for_each === undefined)
    return [
      genesysResource(
        mode,
        type,
        name,
        context.evaluates ? (evaluateBody(body, context.scope) as Body) : expandDynamicBlocks(body),
        location,
      ),
    ];
  const { instances, unresolved } = resourceInstances(body, context.scope, {
    file: context.origin,
    block: `${mode === "data" ? "data" : "resource"} "${type}" "${name}"`,
  });
  if (unresolved) {
    context.onWarning?.(unresolved);
    return [genesysResource(mode, type, name, expandDynamicBlocks(body), location)];
  }
  return instances.map((instance) =>
    genesysResource(mode, type, name, evaluateBody(body, instance.scope) as Body, location, "", instance.key),
  );
}

/**
 * The files the configuration's own `local_file` blocks write. Variables are not known in Terraform JSON: a template
 * with an expression leaves the text unknown, and a block with `count` or `for_each` writes a file placed nowhere known.
 */
function jsonWrittenFiles(config: unknown, origin: string): WrittenFile[] {
  const resource = (config as { resource?: unknown }).resource;
  const sections = Array.isArray(resource) ? resource : [resource];
  const found: WrittenFile[] = [];
  for (const section of sections) {
    if (!section || typeof section !== "object") continue;
    for (const type of FILE_WRITER_TYPES) {
      const byName = (section as Record<string, unknown>)[type];
      for (const [name, value] of byName && typeof byName === "object" ? Object.entries(byName) : []) {
        for (const body of bodies(value, `resource.${type}.${name}`, origin)) {
          const address = `${type}.${name}`;
          const location = { constructPath: constructPathOf(body) };
          const written = writtenFile(address, evaluateBody(writerArguments(body), nothingKnown()) as Body, location);
          // Its instances are not read here: each may write any file (placed nowhere known).
          const { filename: _placed, ...anywhere } = written;
          found.push(body.count !== undefined || body.for_each !== undefined ? anywhere : written);
        }
      }
    }
  }
  return found;
}

/**
 * A root resource's provider as Terraform resolves it in the root module (`gc.eu` under a local name is
 * `genesyscloud.eu`); a reference Terraform refuses, or to a configuration the root does not declare, is exit 2.
 */
function inRootConfiguration(resource: GenesysResource, scope: ProviderScope, origin: string): GenesysResource {
  if (resource.provider === undefined) return resource;
  const reference = providerReference(resource.provider);
  const local = reference === undefined ? undefined : genesysReference(reference, scope.names);
  const key = local === undefined ? undefined : scope.resolve(local);
  if (key === undefined)
    throw new InputError([
      {
        file: origin,
        location: `${resource.address} provider`,
        expected: `a reference to a Genesys Cloud provider configuration the root module declares, such as genesyscloud.eu, got "${resource.provider}" (Terraform: Provider configuration not present)`,
      },
    ]);
  const { provider: _written, ...rest } = resource;
  return key === "genesyscloud" ? rest : { ...rest, provider: key };
}

/** The root module's own Genesys resources and data sources, each with the provider configuration it resolves to. */
function rootResources(
  document: ReturnType<typeof terraformJsonDocument>,
  rootScope: ProviderScope,
  context: { origin: string; onWarning?: (message: string) => void; scope: Scope },
): GenesysResource[] {
  // With variables or locals of its own, every body is evaluated as Terraform will (a TerraformLocal's host);
  // without, only instances are, and every other expression stays as written (references to other resources).
  const evaluates = hasOwnValues(document);
  try {
    return (["managed", "data"] as const).flatMap((mode) =>
      Object.entries(document[mode === "data" ? "data" : "resource"]).flatMap(([type, byName]) =>
        Object.entries(byName).flatMap(([name, blocks]) =>
          blocks.flatMap((body) =>
            instancesOf(mode, type, name, body, { ...context, evaluates }).map((resource) =>
              inRootConfiguration(resource, rootScope, context.origin),
            ),
          ),
        ),
      ),
    );
  } catch (error) {
    throw evaluationProblem(error, context.origin);
  }
}

/** A provider block as Terraform evaluates it: with the document's variables and locals when it has any. */
function providerBody(
  body: Body,
  document: ReturnType<typeof terraformJsonDocument>,
  scope: Scope,
  origin: string,
): Body {
  if (!hasOwnValues(document)) return body;
  try {
    return evaluateBody(body, scope) as Body;
  } catch (error) {
    throw evaluationProblem(error, origin);
  }
}

/**
 * Reads Terraform JSON configuration (what `cdktf synth` writes as `cdk.tf.json`, and what a
 * CDKTF stack returns from `toTerraform()`) into an inventory of Genesys resources.
 */
export function readTerraformJson(
  config: unknown,
  context: {
    scope: string;
    origin: string;
    onWarning?: (message: string) => void;
    /** What the modules the configuration calls hold, when the caller read them (readJsonConfigurationModules). */
    modules?: {
      resources: GenesysResource[];
      writtenFiles: WrittenFile[];
      providers: ProviderConfig[];
      versionConstraints: string[];
    };
  },
): Inventory {
  const document = terraformJsonDocument(config, context.origin);
  const versions = [
    ...genesysVersionConstraints((config as Record<string, unknown>).terraform),
    ...(context.modules?.versionConstraints ?? []),
  ];
  assertConformsToSchema(documentProblems(document, { file: context.origin, json: true }), versions);
  for (const [name, [module]] of context.modules ? [] : Object.entries(document.module)) {
    const source = module?.source;
    context.onWarning?.(
      `module "${name}" (${typeof source === "string" ? source : "unknown source"}) is not assessed: its resources are not in the synthesized configuration; assess the plan JSON (terraform show -json) to include them`,
    );
  }
  const rootScope = rootProviderScope({
    key: "",
    dir: "",
    calls: [],
    files: [{ file: context.origin, text: "", document }],
  });
  const scope = jsonDocumentScope(document, context.origin, context.onWarning);
  const providers: ProviderConfig[] = rootScope.own
    .map(({ body }) =>
      genesysProvider(providerBody(body, document, scope, context.origin), { constructPath: constructPathOf(body) }),
    )
    .concat(context.modules?.providers ?? []);
  const resources = rootResources(document, rootScope, { ...context, scope })
    .concat(context.modules?.resources ?? [])
    .sort((a, b) => compareText(a.address, b.address));
  let written: WrittenFile[];
  try {
    written = jsonWrittenFiles(config, context.origin);
  } catch (error) {
    throw evaluationProblem(error, context.origin);
  }
  const writtenFiles = [...written, ...(context.modules?.writtenFiles ?? [])];
  return InventorySchema.parse({
    origin: context.origin,
    scope: context.scope,
    resources,
    providers,
    ...(writtenFiles.length > 0 ? { writtenFiles } : {}),
    ...(versions.length > 0 ? { genesysVersionConstraints: versions } : {}),
  });
}
