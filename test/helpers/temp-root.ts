// Vitest runs this once per run and project, in its main process, before any test file (globalSetup).
// Every test makes its folders with os.tmpdir(), and many cannot remove what a child left behind (a
// register's WAL, a cdktf.out, a PostgreSQL cluster): a full run used to leave thousands of folders in
// /tmp. The whole run's temporary files go under one folder instead, which TMPDIR names for the test
// workers and every process they start (os.tmpdir() reads it), and which is removed when the run ends.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Set while a run's folder is in use: the second project of the same run shares it. */
const IN_USE = "DPIA_TESTS_TEMPORARY_ROOT";

export default function temporaryRoot(): (() => void) | undefined {
  if (process.env[IN_USE]) return undefined;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "dpia-tests-"));
  // As /tmp is: the PostgreSQL tests run the server as its own user, who must reach its folder in here.
  fs.chmodSync(root, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env[IN_USE] = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[IN_USE];
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
