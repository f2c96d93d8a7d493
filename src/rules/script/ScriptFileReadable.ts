import { declareRule } from "../rule";
import { unknownsOf } from "../helpers";

export const ScriptFileReadable = declareRule({
  id: "GC-SCR-1",
  name: "ScriptFileReadable",
  target: "resource",
  resourceTypes: ["genesyscloud_script"],
  severity: "High",
  description:
    "The file an agent script is uploaded from is in the configuration, so the URLs and actions it uses can be assessed.",
  rationale:
    "A script shows agents the customer's data and can open web pages or call actions with it; a script file behind a variable or in S3 hides every such destination (GDPR Art. 35(7)(a), Art. 5(2)).",
  remediation: "Keep the script's JSON file next to the configuration and name it with a literal path.",
  check(resource, context) {
    return unknownsOf(context, resource.address, "value")
      .filter((unknown) => unknown.attribute === "filepath")
      .map((unknown) => ({ attribute: "filepath", message: `the script file ${unknown.reason}` }));
  },
});
