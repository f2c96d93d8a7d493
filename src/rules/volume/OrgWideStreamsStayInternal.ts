import { declareRule } from "../rule";
import { elementNames } from "../helpers";

export const OrgWideStreamsStayInternal = declareRule({
  id: "GC-VOL-1",
  name: "OrgWideStreamsStayInternal",
  target: "flow",
  severity: "High",
  description:
    "No real-time stream of conversation events covering the whole org goes to a destination outside Genesys.",
  rationale:
    "Streaming every conversation's events as they happen is systematic monitoring on a large scale (WP248 criteria 3 and 5; GDPR Art. 35(3)): one recipient then holds a live copy of the whole contact centre's activity.",
  remediation:
    "Narrow the topics (specific queues instead of {id} wildcards, match criteria on triggers), or keep the stream inside Genesys; declare the expected volume in the policy.",
  check(flow, context) {
    if (
      flow.frequency !== "Real-time" ||
      flow.scale?.population !== "org_wide" ||
      flow.destination.kind === "genesys_org" ||
      flow.data_elements.length === 0
    )
      return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `${elementNames(context, flow.data_elements)} of every conversation stream in real time to ${flow.destination.name} (${flow.scale.evidence.join("; ")})`,
      },
    ];
  },
});
