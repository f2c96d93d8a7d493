import * as fs from "node:fs";
import * as path from "node:path";

/** One input the golden run gives the real CLI: a path for `dpia gate`, or an app for `cdktf synth`. */
export interface GoldenCase {
  slug: string;
  kind: "gate" | "synth";
  /** A path for the gate (relative to the repository), or the app's folder for synth. */
  target: string;
  policy: string;
  /** Writes the input into the scratch folder and returns the path to give the gate. */
  prepare?: (scratch: string) => string;
}

function foldersWithTerraform(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (entries.some((entry) => entry.isFile() && /\.tf(\.json)?$/.test(entry.name))) found.push(dir);
    for (const entry of entries)
      if (
        entry.isDirectory() &&
        !entry.name.startsWith(".") &&
        entry.name !== "node_modules" &&
        entry.name !== "cdktf.out"
      )
        walk(path.join(dir, entry.name));
  };
  walk(root);
  return found;
}

function slugOf(text: string): string {
  return text.replace(/^\.\.\/shared\//, "").replace(/[^A-Za-z0-9._-]+/g, "_");
}

/** The example of every resource type in the provider's docs, one folder each. */
function providerDocExamples(repo: string): Array<{ type: string; hcl: string }> {
  const docs = path.resolve(repo, "../shared/reference/provider-docs/docs/resources");
  return fs
    .readdirSync(docs)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(docs, file), "utf8");
      const blocks = [...text.matchAll(/```terraform\n([\s\S]*?)```/g)].map((match) => match[1]!);
      return { type: `genesyscloud_${file.replace(/\.md$/, "")}`, hcl: blocks.join("\n") };
    })
    .filter((example) => example.hcl.trim() !== "");
}

function undeclaredVariables(hcl: string): string {
  const names = (pattern: RegExp) => new Set([...hcl.matchAll(pattern)].map((match) => match[1]!));
  const declared = names(/^variable\s+"([^"]+)"/gm);
  const missing = [...names(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)].filter((name) => !declared.has(name)).sort();
  const locals = [...names(/\blocal\.([A-Za-z_][A-Za-z0-9_-]*)/g)]
    .filter((name) => !new RegExp(`^\\s*${name}\\s*=`, "m").test(hcl))
    .sort();
  return [
    ...missing.map((name) => `variable "${name}" {}\n`),
    ...locals.map((name) => `variable "local_${name}" {}\nlocals {\n  ${name} = var.local_${name}\n}\n`),
  ].join("");
}

export function goldenCases(repo: string): GoldenCase[] {
  const relative = (dir: string) => path.relative(repo, dir);
  const repoPolicy = "dpia.policy.json";
  const defaults = "scripts/golden/defaults.policy.json";
  const ownPolicy = (dir: string) =>
    fs.existsSync(path.join(repo, dir, "dpia.policy.json")) ? path.join(dir, "dpia.policy.json") : repoPolicy;
  const cases: GoldenCase[] = [];
  const gateBoth = (target: string) => {
    cases.push({
      slug: `${slugOf(target)}.policy`,
      kind: "gate",
      target,
      policy: ownPolicy(fs.statSync(path.join(repo, target)).isDirectory() ? target : path.dirname(target)),
    });
    cases.push({ slug: `${slugOf(target)}.defaults`, kind: "gate", target, policy: defaults });
  };
  const corpus = path.resolve(repo, "../shared/corpus");
  const folders = [
    ...foldersWithTerraform(path.join(repo, "test", "fixtures")),
    ...foldersWithTerraform(path.join(repo, "examples")),
    ...foldersWithTerraform(corpus),
  ];
  for (const folder of folders) gateBoth(relative(folder));
  // Folders of root folders: the gate assesses each.
  for (const folder of fs.readdirSync(corpus).sort())
    if (fs.statSync(path.join(corpus, folder)).isDirectory()) gateBoth(relative(path.join(corpus, folder)));
  for (const plan of ["test/fixtures/three-forms/plan.json"]) gateBoth(plan);
  for (const example of providerDocExamples(repo)) {
    const prepare = (scratch: string) => {
      const folder = path.join(scratch, example.type);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, "main.tf"), example.hcl);
      // The docs' examples are fragments: a user copying one declares the variables and locals it uses
      // (unknown values), as Terraform requires (an undeclared `var.` is refused: exit 2).
      fs.writeFileSync(path.join(folder, "variables.tf"), undeclaredVariables(example.hcl));
      return folder;
    };
    cases.push({
      slug: `provider-docs.${example.type}.policy`,
      kind: "gate",
      target: example.type,
      policy: repoPolicy,
      prepare,
    });
    cases.push({
      slug: `provider-docs.${example.type}.defaults`,
      kind: "gate",
      target: example.type,
      policy: defaults,
      prepare,
    });
  }
  cases.push({ slug: "synth.main", kind: "synth", target: repo, policy: repoPolicy });
  cases.push({
    slug: "synth.examples_blocked",
    kind: "synth",
    target: path.join(repo, "examples", "blocked"),
    policy: "examples/blocked/dpia.policy.json",
  });
  return cases;
}
