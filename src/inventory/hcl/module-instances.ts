import { evaluateBody } from "./evaluate-body";
import { evaluateTemplate, type HclValue, type Scope } from "./expression";
import { Unknown } from "./values";
import { InputError } from "../../validation/input-error";
import { instanceSuffix, resourceInstances } from "./instances";
import { EvaluationBudget } from "./budget";
import { moduleScope } from "./module-scope";
import { convertToType } from "./variable-type";
import { declaredVariables, moduleVariableValues, type VariableDeclaration } from "../variable-values";
import {
  isLocalModuleSource,
  MODULE_META_ARGUMENTS,
  type ModuleCallSite,
  type ModuleFolder,
  type ParsedFile,
} from "./module-tree";
import type { HclObject } from "./values";

type Body = Record<string, unknown>;

/** One instance of a module: where it is in the tree, its address prefix, and what it is given. */
export interface ModuleInstance {
  /** `module.a[0].module.b.`: what the addresses of its resources start with; "" for the root. */
  prefix: string;
  folder: ModuleFolder;
  /** The folder given to the gate: Terraform resolves relative file paths against it. */
  rootDir: string;
  /** Values given to the root module's variables (command line, environment, variable files), already evaluated. */
  givenVariables: Record<string, HclValue>;
  /** The arguments of the module call, evaluated in the caller's scope when first used. */
  argument: (name: string) => HclValue | undefined;
  /** How many module instances the whole configuration has made so far, shared by all its instances. */
  made: { instances: number };
  /** What evaluating the whole input (every module) may cost, shared by all its instances. */
  budget: EvaluationBudget;
  /** The folder of the remote package, when this is the instance as that package's author sees it (authorInstance). */
  authorPackage?: string;
}

/**
 * More module instances than any Genesys configuration has: nested calls with count or for_each
 * multiply, and expanding a million of them would hang the gate rather than assess anything.
 */
const MAX_MODULE_INSTANCES = 5000;

/** The instances of a module call, or why they cannot be known statically (one is then read, with its keys unresolved). */
export interface CalledInstances {
  instances: Array<{ key?: number | string; instance: ModuleInstance }>;
  unresolved?: string;
}

const scopes = new WeakMap<ModuleInstance, Scope>();
const called = new WeakMap<ModuleInstance, Map<ModuleCallSite, CalledInstances>>();
const outputs = new WeakMap<ModuleInstance, HclObject>();

export function rootModuleInstance(
  folder: ModuleFolder,
  rootDir: string,
  variables: Record<string, HclValue>,
  budget: EvaluationBudget,
): ModuleInstance {
  return {
    prefix: "",
    folder,
    rootDir,
    givenVariables: variables,
    argument: () => undefined,
    made: { instances: 1 },
    budget,
  };
}

/**
 * What the expressions of a module instance see, built once per instance: its variables (the call's
 * arguments, else the files' defaults), locals, `path.`, and `module.<name>`, the outputs of the
 * modules it calls.
 */
export function scopeOf(instance: ModuleInstance): Scope {
  let scope = scopes.get(instance);
  if (!scope) {
    const declarations = declaredVariables(instance.folder.files);
    scope = moduleScope(
      { dir: instance.folder.dir, rootDir: instance.rootDir },
      moduleVariableValues(declarations, instance.givenVariables),
      localsOf(instance.folder.files),
      instance.budget,
      {
        argument: (name) => convertedArgument(instance.argument(name), declarations.get(name)),
        modules: calledModuleValues(instance),
        prefix: instance.prefix,
        ...(instance.authorPackage ? { authorPackage: instance.authorPackage } : {}),
      },
    );
    scopes.set(instance, scope);
  }
  return scope;
}

/** An argument of a module call as the module's variable gets it: null is the default when not nullable, converted to the type. */
function convertedArgument(
  value: HclValue | undefined,
  declared: VariableDeclaration | undefined,
): HclValue | undefined {
  if (value === undefined || !declared) return value;
  const given = value === null && !declared.nullable ? (declared.default ?? null) : value;
  return convertToType(given, declared.type);
}

/** The source of all the locals blocks of a module. */
function localsOf(parsed: ParsedFile[]): Record<string, unknown> {
  const locals: Record<string, unknown> = {};
  for (const { document } of parsed)
    for (const block of (document.locals ?? []) as Body[]) Object.assign(locals, block);
  return locals;
}

/** The instances of a module call from one instance of its caller, each with its address prefix; built once. */
export function calledInstances(parent: ModuleInstance, site: ModuleCallSite): CalledInstances {
  let bySite = called.get(parent);
  if (!bySite) called.set(parent, (bySite = new Map()));
  let found = bySite.get(site);
  if (!found) {
    const where = { file: site.file, block: `module "${site.name}"` };
    const { instances, unresolved } = resourceInstances(site.block, scopeOf(parent), where);
    parent.made.instances += instances.length;
    if (parent.made.instances > MAX_MODULE_INSTANCES)
      throw new InputError([
        {
          file: site.file,
          location: where.block,
          expected: `a configuration of at most ${MAX_MODULE_INSTANCES} module instances in all (count and for_each of nested module calls multiply)`,
        },
      ]);
    found = {
      unresolved,
      instances: instances.map(({ key, scope }) => ({
        key,
        instance: {
          prefix: `${parent.prefix}module.${site.name}${instanceSuffix(key)}.`,
          folder: site.called,
          rootDir: parent.rootDir,
          givenVariables: {},
          argument: lazyArguments(site.block, scope),
          made: parent.made,
          budget: parent.budget,
          ...(parent.authorPackage ? { authorPackage: parent.authorPackage } : {}),
        },
      })),
    };
    bySite.set(site, found);
  }
  return found;
}

/** A value computed on first use; asked for again while it is being computed (a cycle), it is unknown. */
function lazily(what: string, compute: () => HclValue): () => HclValue {
  let state: "new" | "busy" | "done" = "new";
  let value: HclValue = null;
  return () => {
    if (state === "done") return value;
    if (state === "busy") return new Unknown(`${what} (a cycle)`);
    state = "busy";
    try {
      value = compute();
    } catch (error) {
      state = "new";
      throw error;
    }
    state = "done";
    return value;
  };
}

/** An object whose properties are computed on first use, so that a module's outputs are evaluated only as far as used. */
function lazyObject(properties: Array<[string, () => HclValue]>): HclObject {
  const object: HclObject = {};
  for (const [name, get] of properties)
    if (!Object.hasOwn(object, name)) Object.defineProperty(object, name, { get, enumerable: true });
  return object;
}

/** A call's arguments, each evaluated in the caller's scope when the module first uses it. */
function lazyArguments(block: Body, scope: Scope): (name: string) => HclValue | undefined {
  const values = new Map<string, () => HclValue>();
  return (name) => {
    if (!Object.hasOwn(block, name) || MODULE_META_ARGUMENTS.has(name)) return undefined;
    let value = values.get(name);
    if (!value) {
      value = lazily(`var.${name}`, () => evaluated(block[name], scope));
      values.set(name, value);
    }
    return value();
  };
}

function evaluated(value: unknown, scope: Scope): HclValue {
  return typeof value === "string" ? evaluateTemplate(value, scope) : (evaluateBody(value, scope) as HclValue);
}

/** `module.<name>` for every module an instance calls: its outputs, a list of them (count) or a map (for_each). */
function calledModuleValues(parent: ModuleInstance): HclObject {
  return lazyObject(
    parent.folder.calls.map((site) => [site.name, lazily(`module.${site.name}`, () => callValue(parent, site))]),
  );
}

function callValue(parent: ModuleInstance, site: ModuleCallSite): HclValue {
  const { instances, unresolved } = calledInstances(parent, site);
  if (unresolved) return new Unknown(`module.${site.name}`);
  if (site.block.count !== undefined) return instances.map(({ instance }) => outputsOf(instance));
  if (site.block.for_each !== undefined)
    return Object.fromEntries(instances.map(({ key, instance }) => [String(key), outputsOf(instance)]));
  return instances[0] ? outputsOf(instances[0].instance) : new Unknown(`module.${site.name}`);
}

/** A module instance's `output` blocks, each evaluated inside it on first use. */
function outputsOf(instance: ModuleInstance): HclObject {
  let found = outputs.get(instance);
  if (!found) {
    const properties: Array<[string, () => HclValue]> = [];
    for (const { document } of instance.folder.files) {
      for (const [name, blocks] of Object.entries((document.output ?? {}) as Record<string, Body[]>)) {
        const block = blocks[0];
        const what = `${instance.prefix}${name}`;
        properties.push([
          name,
          lazily(what, () =>
            block && "value" in block ? evaluated(block.value, scopeOf(instance)) : new Unknown(what),
          ),
        ]);
      }
    }
    found = lazyObject(properties);
    outputs.set(instance, found);
  }
  return found;
}

/**
 * A module instance as the author of its module package sees it: every input the package's caller sets is unknown,
 * so what still evaluates to a value is fixed by the package's own code (literals, locals, defaults the caller leaves
 * alone). Undefined for the root's own code and its local modules: the caller wrote those.
 */
export function authorInstance(
  parentAuthor: ModuleInstance | undefined,
  site: ModuleCallSite,
  called: { key?: number | string; instance: ModuleInstance },
): ModuleInstance | undefined {
  const source = typeof site.block.source === "string" ? site.block.source : "";
  if (!isLocalModuleSource(source)) {
    const set = new Set(Object.keys(site.block).filter((name) => !MODULE_META_ARGUMENTS.has(name)));
    const { argument } = called.instance;
    return {
      ...called.instance,
      argument: (name) => (set.has(name) ? new Unknown(`var.${name}`) : argument(name)),
      // Its own count and budget: the author's view must not use up what the configuration itself may spend.
      made: { instances: 1 },
      budget: new EvaluationBudget(),
      authorPackage: called.instance.folder.dir,
    };
  }
  if (!parentAuthor) return undefined;
  return calledInstances(parentAuthor, site).instances.find((candidate) => candidate.key === called.key)?.instance;
}
