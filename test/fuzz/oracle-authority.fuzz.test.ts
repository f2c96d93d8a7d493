import { oracleSuite } from "./oracle/oracle-suite";

// The kinds about authority (what lifts a block); the readers' kinds run in oracle-readers.fuzz.test.ts beside it.
oracleSuite(
  [
    ["exceptions", 80],
    ["policy", 100],
    ["trust roots", 40],
  ],
  20261205,
);
