// Issue 26: the vendor cache moved out of the repository. An answer cached in the repository would
// be authority from the repository, so a cache file there is never read (the old default) or is
// refused (named by the policy); the default is the repository's own file in the per-user cache.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";

/** Up to eight CLI processes a test, each up to a minute on a loaded two-core machine. */
const SEVERAL_RUNS = 4 * CLI;
import { run } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";
import {
  exampleWith,
  expectApproved,
  expectBlockedByRetention,
  gate,
  HOST,
  json,
  record365,
  record60,
  serve,
} from "../faults/vendor-source-fixture";

function gitInit(dir: string): void {
  const init = run("git", ["init", "-q", dir]);
  expect(init.status, init.output).toBe(0);
}

describe("where vendor answers are cached", () => {
  test(
    "a cache planted at the old default (.dpia/vendor-cache.json) is not read: the source is asked and blocks",
    async () => {
      let vendors = [record60()];
      const server = await serve((_request, response) => json(response, 200, { vendors }));
      const api = { url: `${server.url}/v1`, retries: 0, timeout_ms: 5_000 };
      // A real cache of the 60-day answer, made by a run whose cache is outside any repository.
      const forged = path.join(tempDir("vendor-cache-forged-"), "vendor-cache.json");
      expectApproved(await gate(exampleWith({ api, cache: { file: forged } })));
      expect(JSON.stringify(JSON.parse(fs.readFileSync(forged, "utf8")))).toContain(HOST);

      const repo = exampleWith({ api });
      gitInit(repo);
      fs.mkdirSync(path.join(repo, ".dpia"));
      fs.copyFileSync(forged, path.join(repo, ".dpia", "vendor-cache.json"));
      vendors = [record365()];
      const asked = server.requests.length;
      expectBlockedByRetention(await gate(repo));
      expect(server.requests.length).toBe(asked + 1);
      // The answer is cached in the per-user cache folder, never in the repository.
      const caches = path.join(process.env.XDG_CACHE_HOME!, "genesys-dpia-gate", "vendors");
      const mine = fs.readdirSync(caches).filter((name) => name.startsWith(`${path.basename(repo)}-`));
      expect(mine).toHaveLength(1);
      expect(fs.readFileSync(path.join(caches, mine[0]!, "vendor-cache.json"), "utf8")).toContain("P365D");
      expect(fs.readdirSync(path.join(repo, ".dpia"))).toEqual(["vendor-cache.json"]);
    },
    SEVERAL_RUNS,
  );

  test(
    "a policy naming a cache inside the git work tree: exit 2 naming vendors.cache.file, the source never asked",
    async () => {
      const server = await serve((_request, response) => json(response, 200, { vendors: [record60()] }));
      const repo = exampleWith({ api: { url: `${server.url}/v1`, retries: 0 }, cache: { file: "cache/vendors.json" } });
      gitInit(repo);
      const result = await gate(repo);
      expect(result.status, result.output).toBe(2);
      expect(result.output).not.toContain("internal error");
      expect(result.stdout).not.toContain("APPROVED");
      expect(result.stderr).toContain("dpia.policy.json: vendors.cache.file: a vendor cache outside the git work tree");
      expect(result.stderr).toContain(path.join(fs.realpathSync(repo), "cache", "vendors.json"));
      expect(server.requests).toEqual([]);
      expect(fs.existsSync(path.join(repo, "cache"))).toBe(false);
    },
    SEVERAL_RUNS,
  );
});
