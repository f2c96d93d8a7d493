import { describe, expect, test } from "vitest";
import { isFormatIdentifier, namesNoDestination } from "../../src/flows/not-a-destination";

describe("values that name a format or document something, not a recipient", () => {
  test.each([
    "contract_input.$schema",
    "contract_output.properties.a.$id",
    "items[0].$ref",
    "doc.xmlns",
    "doc.xmlns:xsi",
  ])("%s is a format identifier", (path) => {
    expect(isFormatIdentifier(path)).toBe(true);
    expect(namesNoDestination(path)).toBe(true);
  });
  test.each(["description", "contract_input.properties.phone.description", "config[0].notes", "contract_input.title"])(
    "%s is prose: a link there is read, not called",
    (path) => {
      expect(isFormatIdentifier(path)).toBe(false);
      expect(namesNoDestination(path)).toBe(true);
    },
  );
  test.each(["config_request[0].request_url_template", "config.properties.url", "schema_url", "descriptions_endpoint"])(
    "%s may be a destination",
    (path) => {
      expect(namesNoDestination(path)).toBe(false);
    },
  );
});
