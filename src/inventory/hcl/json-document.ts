import { bodies, labelled, rootObject, type Body } from "../terraform-json-blocks";

/**
 * A `.tf.json` file in the shape @cdktf/hcl2json gives a `.tf` file (every block body a list), so
 * one evaluator reads both. Only the sections the folder reader uses are converted.
 */
export function jsonAsHclDocument(config: unknown, file: string): Record<string, unknown> {
  const root = rootObject(config, file);
  const byLabel = (section: string) =>
    Object.fromEntries(labelled(root[section], section, file).map(([label, value]) => [label, bodies(value, `${section}.${label}`, file)]));
  const byTypeAndName = (section: string) =>
    Object.fromEntries(
      labelled(root[section], section, file).map(([type, byName]) => [
        type,
        Object.fromEntries(labelled(byName, `${section}.${type}`, file).map(([name, value]) => [name, bodies(value, `${section}.${type}.${name}`, file)])),
      ]),
    );
  return {
    resource: byTypeAndName("resource"),
    data: byTypeAndName("data"),
    provider: byLabel("provider"),
    variable: byLabel("variable"),
    module: byLabel("module"),
    locals: root.locals === undefined ? [] : bodies(root.locals, "locals", file),
  } satisfies Record<string, Body[] | Record<string, unknown>>;
}

/** The line where `"name"` is declared under `"type"` in a .tf.json text, for SARIF locations. */
export function jsonLineOf(text: string, type: string, name: string): number | undefined {
  const typeAt = text.indexOf(`"${type}"`);
  if (typeAt < 0) return undefined;
  const nameAt = text.indexOf(`"${name}"`, typeAt + type.length + 2);
  return nameAt < 0 ? undefined : text.slice(0, nameAt).split("\n").length;
}
