import { declareRule } from "../rule";

const SUSPICIOUS = new Set(["userinfo", "mixed_script", "obfuscated_ip", "internal_address"]);

export const DestinationUrlUnambiguous = declareRule({
  id: "GC-DST-3",
  name: "DestinationUrlUnambiguous",
  target: "subject",
  severity: "High",
  description:
    'No URL hides its real host: no user information before "@", no look-alike mixed scripts, no IP address in an unusual notation, no private or loopback address.',
  rationale:
    "https://trusted.example@collector.example/ sends the data to collector.example; pаypal.com with a Cyrillic a is not paypal.com; 3232235777 is 192.168.1.1. A reviewer reading the configuration would approve the wrong host (GDPR Art. 32).",
  remediation: "Write the real host name plainly, in one script, without user information.",
  check(context) {
    const fromFlows = context.subject.flows.flatMap((flow) =>
      (flow.destination.url?.warnings ?? [])
        .filter((warning) => SUSPICIOUS.has(warning.kind))
        .map((warning) => ({ resource: flow.via, attribute: flow.destination.attribute, message: warning.message })),
    );
    const fromConfig = context.subject.referencedHosts.flatMap((entry) =>
      entry.warnings
        .filter((warning) => SUSPICIOUS.has(warning.kind))
        .map((warning) => ({ resource: entry.resource, attribute: entry.attribute, message: warning.message })),
    );
    const seen = new Set<string>();
    return [...fromFlows, ...fromConfig].filter((violation) => {
      const key = `${violation.resource}|${violation.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
});
