import { fuzzSuite } from "./fuzz-suite";

// The folder kinds; the file kinds run in gate-files.fuzz.test.ts, so the two run side by side.
fuzzSuite([".tf folder", "cdktf.out"], 20261202);
