import { fuzzSuite } from "./fuzz-suite";

// The file kinds; the folder kinds run in gate-folders.fuzz.test.ts, so the two run side by side.
fuzzSuite(["plan JSON", "policy", "exceptions"], 20261201);
