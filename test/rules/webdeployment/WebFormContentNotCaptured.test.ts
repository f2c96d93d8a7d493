import { describe, expect, test } from "vitest";
import { findingsOf } from "../../helpers/assess-config";
import { deployment } from "../../helpers/rules/webdeployment";

describe("GC-WEB-1 WebFormContentNotCaptured: journey tracking does not capture form contents", () => {
  test("Noncompliance: capture on form submit", () => {
    const config = deployment({
      journey_events: {
        enabled: true,
        form_track_event: [
          {
            selector: ".f",
            form_name: "feedback",
            capture_data_on_form_abandon: false,
            capture_data_on_form_submit: true,
          },
        ],
      },
    });
    expect(findingsOf(config, "GC-WEB-1")[0]!.message).toContain("capture_data_on_form_submit");
  });
  test("Compliance: forms tracked without their contents", () => {
    const config = deployment({
      journey_events: {
        enabled: true,
        form_track_event: [
          {
            selector: ".f",
            form_name: "feedback",
            capture_data_on_form_abandon: false,
            capture_data_on_form_submit: false,
          },
        ],
      },
    });
    expect(findingsOf(config, "GC-WEB-1")).toEqual([]);
  });
});
