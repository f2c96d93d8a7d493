// A throwaway working folder that looks like the repository to a command: every top-level entry linked,
// the paths a sample writes to copied, node_modules/.bin with `dpia` as an installed package has it, and
// its own home and per-user state folder, so that a sample writes only into the sandbox (what it writes in the
// repository's folders must be named by `copy:`: a link writes through).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** What a run leaves behind in a checkout and a sample must not see. */
const LEFT_OUT = new Set([".git", "node_modules", "cdktf.out", ".dpia", "reports", "dist", "coverage"]);

export interface Sandbox {
  root: string;
  /** Its $XDG_STATE_HOME, where the per-user register and keys go. */
  state: string;
  /** Its $HOME, where approvers' keys go. */
  home: string;
  remove(): void;
}

export function makeSandbox(repo: string, copies: string[]): Sandbox {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "dpia-doc-sample-")));
  overlay(
    repo,
    root,
    copies.map((copy) => path.normalize(copy)),
  );
  linkNodeModules(repo, root);
  const state = path.join(root, ".state");
  const home = path.join(root, ".home");
  fs.mkdirSync(state);
  fs.mkdirSync(home);
  return { root, state, home, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

function overlay(from: string, to: string, copies: string[]): void {
  for (const name of fs.readdirSync(from)) {
    if (LEFT_OUT.has(name)) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    if (copies.includes(name))
      fs.cpSync(source, target, { recursive: true, filter: (file) => !LEFT_OUT.has(path.basename(file)) });
    else if (copies.some((copy) => copy.startsWith(`${name}${path.sep}`))) {
      fs.mkdirSync(target);
      const inner = copies.filter((copy) => copy.startsWith(`${name}${path.sep}`));
      overlay(
        source,
        target,
        inner.map((copy) => copy.slice(name.length + 1)),
      );
    } else fs.symlinkSync(source, target);
  }
}

/** node_modules as a consumer of the package has it: every package linked, and `dpia` among the commands. */
function linkNodeModules(repo: string, root: string): void {
  const modules = path.join(repo, "node_modules");
  const target = path.join(root, "node_modules");
  fs.mkdirSync(path.join(target, ".bin"), { recursive: true });
  for (const name of fs.readdirSync(modules))
    if (name !== ".bin") fs.symlinkSync(path.join(modules, name), path.join(target, name));
  for (const name of fs.readdirSync(path.join(modules, ".bin")))
    fs.symlinkSync(fs.readlinkSync(path.join(modules, ".bin", name)), path.join(target, ".bin", name));
  fs.symlinkSync(path.join(repo, "bin", "dpia.cjs"), path.join(target, ".bin", "dpia"));
  fs.symlinkSync(repo, path.join(target, "genesys-dpia-gate"));
}
