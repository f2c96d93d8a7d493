import { fuzzSuite } from "./fuzz-suite";

// The plan kind; the folder kinds run in gate-folders.fuzz.test.ts, so the two run side by side.
// The policy and exceptions kinds have oracles of their own (oracle/policy-kind.ts, oracle/exceptions-kind.ts).
fuzzSuite(["plan JSON"], 20261201);
