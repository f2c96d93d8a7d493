import { oracleSuite } from "./oracle/oracle-suite";

// The kinds about readers and edges; the authority kinds run in oracle-authority.fuzz.test.ts beside it.
oracleSuite(
  [
    ["modules.json", 80],
    ["state JSON", 60],
    ["vendor records", 60],
    ["register URLs", 80],
  ],
  20261206,
);
