// Vitest's global setup: every temporary folder of a run (the tests' own, the CLI's, cdktf's, PostgreSQL's)
// goes under one folder of that run, named by TMPDIR before the workers start, and the folder goes when
// the run ends. A run used to leave thousands of folders in the system's temporary folder.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const PREFIX = "dpia-tests-";

export default function useRunTempRoot(): () => void {
  // Vitest calls the global setup once per project, in the same process: the first one makes the folder.
  if (path.basename(os.tmpdir()).startsWith(PREFIX)) return () => undefined;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  // Others may pass through, as through /tmp: the PostgreSQL tests' server runs as the postgres user.
  fs.chmodSync(root, 0o711);
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
