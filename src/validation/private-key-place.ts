import { gitWorkTreeOf } from "./git-work-tree";
import { InputError } from "./input-error";

/**
 * Refuses (exit 2) to write a private key inside a git work tree: `git add .` would commit it, and
 * a key in the repository is a key anyone with the repository holds. `keepItAt` says where it
 * belongs instead, in the words of the command that writes it.
 */
export function assertKeyOutsideWorkTree(file: string, what: string, keepItAt: string): void {
  const workTree = gitWorkTreeOf(file);
  if (workTree === undefined) return;
  throw new InputError([
    {
      file,
      location: "",
      expected: `a place outside the git work tree ${workTree} for ${what}: a private key is never written inside a repository, where git add . would commit it; ${keepItAt}`,
    },
  ]);
}
