import { describe, expect, test } from "vitest";
import { fixedTopLevelFields } from "../../src/flows/request-body-fields";

const fields = (template: string) => {
  const read = fixedTopLevelFields(template);
  return read && Object.fromEntries(read);
};

describe("the top-level fields a request body writes, when the configuration fixes them", () => {
  test("literal values are read; values filled at run time, numbers and objects are unknown", () => {
    expect(
      fields(
        '{"direction": "INBOUND", "subject": "Re: ${input.subject}", "priority": ${input.p}, "attributes": {"${input.k}": "v"}}',
      ),
    ).toEqual({ direction: "INBOUND", subject: undefined, priority: undefined, attributes: undefined });
  });

  test("escaped quotes and a reference after them keep the reading of which text is a string", () => {
    expect(fields('{"note": "say \\"${input.x}\\"", "to": "desk"}')).toEqual({ note: undefined, to: "desk" });
  });

  test.each([
    ['{"a": "b", ${input.more}}', "a reference in place of a field"],
    ['{"${input.name}": "v"}', "a key from the input"],
    ['{"a": "b" #if($input.x), "c": "d"#end}', "a directive"],
    ['{"a": "INBOUND", "a": "OUTBOUND"}', "a key written twice"],
    ['["a"]', "an array"],
    ["${input.rawRequest}", "the input whole"],
    ['{"a": "b"', "text that is not JSON"],
  ])("%s: unknown (%s)", (template) => {
    expect(fixedTopLevelFields(template)).toBeUndefined();
  });
});
