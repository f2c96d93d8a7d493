import { describe, type BlockShapeProblem } from "./block-shapes";
import { isHidden, KNOWN_AFTER_APPLY } from "./plan-unknowns";
import type { SchemaBlock } from "./provider-schema";

type Json = Record<string, unknown>;

/** Where a plan's configuration and its planned values cannot be read together, and why. */
export type PlanBodyProblem = BlockShapeProblem;

interface Expression {
  constant_value?: unknown;
  references?: string[];
}

const EXPRESSION_KEYS = new Set(["constant_value", "references"]);

/** `{"constant_value": …}`, `{"references": […]}`, both, or `{}` (what Terraform could not evaluate statically). */
function isExpression(value: unknown): value is Expression {
  return (
    !!value &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => EXPRESSION_KEYS.has(key))
  );
}

/** As describe(), naming an object's keys: a misspelt `constent_value` is then visible in the message. */
const described = (value: unknown) =>
  isObject(value)
    ? `an object with ${
        Object.keys(value)
          .map((key) => JSON.stringify(key))
          .join(", ") || "no keys"
      }`
    : describe(value);

/** The first reference that names a resource attribute (`type.name.attr`), not a var or local. */
function resourceReference(references: string[] | undefined): string | undefined {
  return references?.find((ref) => /^(module\.[^.]+\.)*(data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[^.]+\.[^.]+/.test(ref));
}

/**
 * Does a configured constant agree with the planned value? Where the plan does not know a value
 * (null, absent, known only after apply or hidden, at any depth) it agrees; lists and sets agree
 * whatever their order.
 */
function agrees(constant: unknown, planned: unknown): boolean {
  // Unknown to the plan, or left unset in the configuration (the provider's default is planned).
  if (unplanned(planned) || isHidden(planned) || constant === null || constant === undefined) return true;
  if (Array.isArray(constant) && Array.isArray(planned)) {
    if (constant.length !== planned.length) return false;
    const used = new Set<number>();
    return constant.every((item) => {
      const match = planned.findIndex((candidate, index) => !used.has(index) && agrees(item, candidate));
      if (match < 0) return false;
      used.add(match);
      return true;
    });
  }
  if (isObject(constant) && isObject(planned)) {
    return (
      Object.keys(constant).every((key) => agrees(constant[key], planned[key])) &&
      Object.keys(planned).every(
        (key) => Object.hasOwn(constant, key) || planned[key] === null || planned[key] === undefined,
      )
    );
  }
  return constant === planned;
}

/** Nothing planned: absent, null, or (for a block) no blocks. */
const unplanned = (value: unknown) => value === undefined || value === null;

/**
 * The planned value, with what the plan does not show (null members, a value known only after
 * apply or hidden as sensitive) taken from the configured constant: a constant is what Terraform
 * deploys there.
 */
function merged(constant: unknown, planned: unknown): unknown {
  if (unplanned(planned) || isHidden(planned)) return constant;
  if (isObject(constant) && isObject(planned)) {
    const out: Json = { ...planned };
    for (const key of Object.keys(constant)) out[key] = merged(constant[key], planned[key]);
    return out;
  }
  if (Array.isArray(constant) && Array.isArray(planned) && constant.length === planned.length)
    return planned.map((item, index) => (unplanned(item) ? constant[index] : item));
  return planned;
}

/**
 * An attribute as deployed. With planned values, the planned value: known, null, or (where the
 * plan marks it) known only after apply or hidden. Without them (a provider, a data source read
 * while planning), what the configuration says; an expression Terraform alone evaluates (`{}`)
 * is unresolved, never "not set".
 */
/**
 * The one resource an expression refers to, or undefined when it may be another: Terraform lists every
 * reference of `var.admin ? data.x.a.id : y.b.id` or `coalesce(var.role, y.b.id)`, and taking the first
 * would link the attribute to a resource the plan did not choose. Indexing (`y.b[each.key].id`) keeps one.
 */
/** `module.m.data.type_name.label`: the resource a reference names, its instance keys removed. */
const RESOURCE_BASE = /^((?:module\.[^.]+\.)*(?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[^.]+)/;

function soleResourceReference(references: string[] | undefined): string | undefined {
  const reference = resourceReference(references);
  if (!reference || !references) return undefined;
  const resourceOf = (ref: string) => {
    const unkeyed = ref.replace(/\[[^\]]*\]/g, "");
    return RESOURCE_BASE.exec(unkeyed)?.[1] ?? unkeyed;
  };
  const base = resourceOf(reference);
  const other = references.some((ref) => !/^(?:each|count)\./.test(ref) && resourceOf(ref) !== base);
  return other ? undefined : reference;
}

function attributeValue(expression: Expression, planned: unknown, hasPlan: boolean, reading: BodyReading): unknown {
  const { variables } = reading;
  const reference = soleResourceReference(expression.references);
  if (reference) return `\${${reference}}`;
  // Several things it may be: what the plan chose when it knows it, else every candidate, unresolved.
  if (resourceReference(expression.references) && !("constant_value" in expression)) {
    if (hasPlan && !unplanned(planned) && !isHidden(planned)) return planned;
    return `\${one of ${expression.references!.join(", ")}}`;
  }
  if ("constant_value" in expression)
    return reading.kept && !unplanned(planned) ? planned : merged(expression.constant_value, planned);
  if (hasPlan) return planned;
  if (expression.references === undefined) return KNOWN_AFTER_APPLY;
  const variable = expression.references.find((ref) => ref.startsWith("var."));
  if (variable && variables[variable.slice(4)] !== undefined) return variables[variable.slice(4)];
  return `\${${expression.references[0] ?? "unknown"}}`;
}

/** Can this planned block be the one the configuration wrote? Every constant agrees with it (or it does not know the value). */
function compatible(configured: Json, planned: Json, schema: SchemaBlock | undefined): boolean {
  for (const [key, expression] of Object.entries(configured)) {
    const blockType = schema?.block_types?.[key];
    if (blockType) {
      const plannedBlocks = listOf(planned[key]).filter(isObject);
      if (plannedBlocks.length === 0) continue;
      if (
        !listOf(expression)
          .filter(isObject)
          .every((item) => plannedBlocks.some((candidate) => compatible(item, candidate, blockType.block)))
      )
        return false;
    } else if (
      isExpression(expression) &&
      "constant_value" in expression &&
      !agrees(expression.constant_value, planned[key])
    ) {
      return false;
    }
  }
  return true;
}

const isObject = (value: unknown): value is Json => !!value && typeof value === "object" && !Array.isArray(value);
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/** What every level of one body reads with: the plan's variables, and where problems go. */
interface BodyReading {
  variables: Record<string, unknown>;
  problems: PlanBodyProblem[];
  /**
   * The change updates an existing object or leaves it unchanged: Terraform may then plan a value
   * other than the configured one, the prior one kept, where `lifecycle { ignore_changes }` names it
   * (inside a block too, or `all`) or the provider suppresses the difference. The plan's
   * configuration does not carry `lifecycle`, so that is allowed wherever there is a prior value to
   * keep, and the planned value is what is assessed, as for a top-level attribute. A create or a
   * replacement is planned from the configuration with nothing ignored: there, a configured block
   * no planned block can be is a plan that contradicts itself.
   */
  prior: boolean;
  /**
   * This block is paired with its planned block by position alone (no planned block agrees with its
   * constants): the planned values are the prior ones kept, so a constant never stands in for a
   * planned value the plan hides.
   */
  kept?: boolean;
}

/**
 * The body of a resource as it will be deployed, from the plan: planned values for what the plan
 * knows, the configuration's references (so that resources can be linked) and its constants where
 * the value is known only after apply. Blocks are paired with the planned block they became (sets
 * are reordered in the plan, so not by position); a configured block that no planned block can be
 * is a plan that contradicts itself unless `prior` says the change may keep prior values (then it
 * is the planned block at its position in a list, or, in a set or past the planned list's end,
 * not deployed as configured), and planned blocks that no configured block wrote (dynamic
 * blocks) are assessed as planned. Every attribute must be written as an expression, and, where
 * there are planned values (`planned` is not undefined), must be among them: Terraform plans
 * every attribute of the schema, so one the planned values do not have is a corrupted plan.
 */
export function plannedBody(
  expressions: unknown,
  planned: unknown,
  variables: Record<string, unknown>,
  schema: SchemaBlock | undefined,
  problems: PlanBodyProblem[],
  prior = false,
): Json {
  return bodyOf(expressions, planned, { variables, problems, prior }, schema, "");
}

function bodyOf(
  expressions: unknown,
  planned: unknown,
  reading: BodyReading,
  schema: SchemaBlock | undefined,
  at: string,
): Json {
  const where = (key: string) => (at ? `${at}.${key}` : key);
  if (!isObject(expressions)) {
    reading.problems.push({
      at: at || "(expressions)",
      expected: `a block of expressions (an object), got ${described(expressions)}`,
    });
    return {};
  }
  const hasPlan = planned !== undefined;
  const plannedObject = isObject(planned) ? planned : {};
  const result: Json = {};
  for (const [key, expression] of Object.entries(expressions)) {
    // Own members only: `constructor` is no planned value.
    const plannedValue = Object.hasOwn(plannedObject, key) ? plannedObject[key] : undefined;
    if (hasPlan && !Object.hasOwn(plannedObject, key)) {
      reading.problems.push({ at: where(key), expected: notPlanned(key) });
      continue;
    }
    const blockType = schema?.block_types?.[key];
    if (blockType) {
      const blocks = { name: key, schema: blockType.block, nesting: blockType.nesting_mode, at: where(key) };
      result[key] = plannedBlocks(blocks, expression, hasPlan ? plannedValue : undefined, reading);
    } else if (isExpression(expression)) {
      result[key] = attributeValue(expression, plannedValue, hasPlan, reading);
    } else {
      reading.problems.push({
        at: where(key),
        expected: `an expression ({"constant_value": …} or {"references": […]}), got ${described(expression)}`,
      });
    }
  }
  // Blocks of a type the configuration writes only dynamically: the plan has them, the expressions do not.
  for (const [key, blockType] of Object.entries(schema?.block_types ?? {})) {
    if (Object.hasOwn(expressions, key) || listOf(plannedObject[key]).length === 0) continue;
    // A dynamic block whose for_each is known only after apply: the plan hides the whole list.
    const blocks = { name: key, schema: blockType.block, nesting: blockType.nesting_mode, at: where(key) };
    if (!hiddenBlocks(plannedObject[key], blocks, reading)) result[key] = plannedObject[key];
  }
  return result;
}

/** Why a configured attribute or block that the planned values do not have is refused. */
const notPlanned = (key: string) =>
  `an attribute or block that planned_values has too: the configuration sets ${JSON.stringify(key)}, but the planned values neither have it nor mark it known only after apply (the plan contradicts itself, or was edited)`;

/** One block type of a body: its name, its schema, where it is. */
interface Blocks {
  name: string;
  schema: SchemaBlock;
  /** `list`, `set` or `single`: whether a block's position says which configured block it is. */
  nesting: string;
  at: string;
}

/** A block written as an attribute expression (`roles = "str"`, `permission_policies = null`): Terraform refuses it, so do we. */
function attributeForBlock(name: string, expression: Expression): string {
  const value = "constant_value" in expression ? expression.constant_value : undefined;
  if (value === null) return `a list of ${name} blocks, got null`;
  return "constant_value" in expression
    ? `a ${name} block (an object), got ${described(value)}`
    : `${name} blocks, got an expression (${described(expression)})`;
}

/** Blocks the plan does not show (the whole list, or one of them, known only after apply): which are deployed is unknown. */
function hiddenBlocks(planned: unknown, blocks: Blocks, reading: BodyReading): boolean {
  if (!isHidden(planned) && !listOf(planned).some(isHidden)) return false;
  reading.problems.push({
    at: blocks.at,
    expected: `${blocks.name} blocks the plan shows: after_unknown (or after_sensitive) hides them, so which ${blocks.name} blocks are deployed is known only after apply`,
  });
  return true;
}

function plannedBlocks(blocks: Blocks, expression: unknown, planned: unknown, reading: BodyReading): unknown {
  const { name, at } = blocks;
  if (isExpression(expression) && Object.keys(expression).length > 0) {
    reading.problems.push({ at, expected: attributeForBlock(name, expression) });
    return undefined;
  }
  if (hiddenBlocks(planned, blocks, reading)) return undefined;
  const hasPlan = planned !== undefined;
  const configured = Array.isArray(expression) ? expression : [expression];
  const plannedList = listOf(planned);
  const used = new Set<number>();
  const bodies: unknown[] = [];
  configured.forEach((item, index) => {
    const itemAt = Array.isArray(expression) ? `${at}[${index}]` : at;
    if (!isObject(item)) {
      reading.problems.push({ at: itemAt, expected: `a ${name} block (an object), got ${described(item)}` });
      return;
    }
    let match = matchingBlock(item, plannedList, used, blocks.schema);
    let itemReading = reading;
    if (match < 0 && hasPlan && reading.prior) {
      // The prior object's values kept (ignore_changes inside the block, or all): the planned block is
      // the configured one at the same position of a list (Terraform keeps list order); in a set,
      // position says nothing, so the configured block is not paired and the planned blocks, left
      // unpaired below, are assessed as planned.
      const kept = index < plannedList.length && !used.has(index) && isObject(plannedList[index]);
      if (!kept || blocks.nesting === "set") return;
      match = index;
      itemReading = { ...reading, kept: true };
    }
    if (match < 0 && hasPlan) {
      reading.problems.push({
        at: itemAt,
        expected:
          "a block that planned_values holds too: no planned block has the values this configured block sets (the plan contradicts itself, or was edited)",
      });
      return;
    }
    if (match >= 0) used.add(match);
    bodies.push(bodyOf(item, match >= 0 ? plannedList[match] : undefined, itemReading, blocks.schema, itemAt));
  });
  // Planned blocks no configured block became (dynamic blocks mixed with static ones): never dropped.
  plannedList.forEach((candidate, j) => {
    if (!used.has(j)) bodies.push(candidate);
  });
  return Array.isArray(expression) || bodies.length !== 1 ? bodies : bodies[0];
}

/** The planned block a configured block became: one not yet paired, else (two identical blocks of a set are one) any. */
function matchingBlock(item: Json, plannedList: unknown[], used: Set<number>, schema: SchemaBlock): number {
  const match = plannedList.findIndex(
    (candidate, j) => !used.has(j) && isObject(candidate) && compatible(item, candidate, schema),
  );
  return match >= 0
    ? match
    : plannedList.findIndex((candidate) => isObject(candidate) && compatible(item, candidate, schema));
}
