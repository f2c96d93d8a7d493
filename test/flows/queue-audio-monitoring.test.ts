import { describe, expect, test } from "vitest";
import { dpiaFor, findingsOf, terraformJson } from "../helpers/assess-config";

// A queue's enable_audio_monitoring turns on AudioHook Monitor for its calls: their live audio streams to the
// third-party endpoint of the org's AudioHook Monitor integration (Genesys help, "Audio Monitoring action": "If the
// queue enables Audiohook Monitor, it will be enabled"; "Set channel behavior and thresholds": "To use audio monitoring
// for the queue, an administrator must enable the AudioHook integration"). The gate had read it as supervisors
// listening, inside the org (h86). The integration is installed outside the configuration: the DPIA names the
// stream and asks for its recipient (GC-FLW-4, High), as for any recipient defined elsewhere.
const queue = (monitoring: unknown) =>
  terraformJson({ genesyscloud_routing_queue: { q: { name: "Sales", enable_audio_monitoring: monitoring } } });

describe("a queue's audio monitoring streams live call audio through AudioHook Monitor", () => {
  test("the DPIA lists the stream to the AudioHook Monitor endpoint, not a flow inside the org", () => {
    const dpia = dpiaFor(queue(true), "genesyscloud_routing_queue.q");
    const stream = dpia.data_flows.find((flow) => flow.destination.startsWith("AudioHook Monitor"));
    expect(stream?.data_elements).toEqual(["call_recording_audio"]);
    expect(stream?.destination_kind).toBe("unknown");
    expect(stream?.frequency).toBe("Real-time");
    const inOrg = dpia.data_flows.filter((flow) => flow.destination_kind === "genesys_org");
    expect(inOrg.flatMap((flow) => flow.data_elements)).not.toContain("call_recording_audio");
  });
  test("its recipient is asked for (GC-FLW-4, High), not presumed hostile (no GC-REC-3)", () => {
    const findings = findingsOf(queue(true), "GC-FLW-4");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("AudioHook Monitor integration");
    expect(findingsOf(queue(true), "GC-REC-3")).toEqual([]);
    expect(dpiaFor(queue(true), "genesyscloud_routing_queue.q").compliance_status).not.toBe("BLOCKED_FOR_DEPLOYMENT");
  });
  test("a setting not resolved before deployment counts as on; off streams nothing", () => {
    expect(findingsOf(queue("${var.monitor}"), "GC-FLW-4")).toHaveLength(1);
    expect(findingsOf(queue(false), "GC-FLW-4")).toEqual([]);
    const off = dpiaFor(queue(false), "genesyscloud_routing_queue.q");
    expect(off.data_flows.some((flow) => flow.destination.startsWith("AudioHook Monitor"))).toBe(false);
  });
});
