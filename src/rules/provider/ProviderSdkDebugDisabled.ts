import { boolAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const ProviderSdkDebugDisabled = declareRule({
  id: "GC-PRV-1",
  name: "ProviderSdkDebugDisabled",
  target: "provider",
  severity: "High",
  description: "The Genesys provider does not write SDK debug logs (sdk_debug).",
  rationale:
    "With sdk_debug the provider writes every request and response body, including external contacts, user records and credential fields, in plain text to a local file: an uncontrolled copy of personal data and secrets (GDPR Art. 5(1)(f), Art. 32).",
  remediation: "Remove sdk_debug or set it to false; use it only in a sandbox org with test data.",
  check(provider) {
    const value = boolAt(provider?.attributes, "sdk_debug");
    if (value === true)
      return [
        {
          attribute: "sdk_debug",
          message: "sdk_debug = true writes request and response bodies with personal data to a local log file",
        },
      ];
    if (value === "unknown")
      return [{ attribute: "sdk_debug", message: "sdk_debug is not resolved before deployment and may be enabled" }];
    return [];
  },
});
