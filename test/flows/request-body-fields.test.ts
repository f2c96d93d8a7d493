import { describe, expect, test } from "vitest";
import { bodyFields } from "../../src/flows/request-body-fields";

/** The fields when the configuration fixes them all; undefined otherwise (a raw reference included). */
const fixedTopLevelFields = (template: string, scalars: ReadonlySet<string> = new Set()) => {
  const read = bodyFields(template, scalars);
  return read instanceof Map ? read : undefined;
};

const fields = (template: string, scalars: string[] = []) => {
  const read = fixedTopLevelFields(template, new Set(scalars));
  return read && Object.fromEntries(read);
};
const escaped = (name: string) => `$esc.jsonString(\${input.${name}})`;

describe("the top-level fields a request body writes, when the configuration fixes them", () => {
  test("literal values are read; escaped and scalar values filled at run time, numbers and objects are unknown", () => {
    expect(
      fields(
        `{"direction": "INBOUND", "subject": "Re: ${escaped("subject")}", "priority": \${input.p}, "attributes": {"k": "v"}}`,
        ["p"],
      ),
    ).toEqual({ direction: "INBOUND", subject: undefined, priority: undefined, attributes: undefined });
  });

  test("escaped quotes and a reference after them keep the reading of which text is a string", () => {
    expect(fields(`{"note": "say \\"${escaped("x")}\\"", "to": "desk"}`)).toEqual({ note: undefined, to: "desk" });
  });

  test("nesting thousands of levels deep is read without recursion", () => {
    const deep = "[".repeat(20_000) + "]".repeat(20_000);
    expect(fields(`{"a": ${deep}, "b": "c"}`)).toEqual({ a: undefined, b: "c" });
  });

  test("a key followed by much white space before its colon is still a key", () => {
    expect(fields(`{"a": "b", "toAddress"${" ".repeat(200)}: "x"}`)).toEqual({ a: "b", toAddress: "x" });
  });

  test("a raw reference is named, so the DPIA can say why the body is not fixed", () => {
    expect(bodyFields('{"a": "b", "s": "$!{input.subject}"}', new Set())).toEqual({ raw: "${input.subject}" });
  });

  test.each([
    ['{"a": "b", ${input.more}}', "a reference in place of a field"],
    ['{"$esc.jsonString($input.name)": "v"}', "a key from the input"],
    ['{"a": "b" #if($input.x), "c": "d"#end}', "a directive"],
    ['{"a": "INBOUND", "a": "OUTBOUND"}', "a key written twice"],
    ['["a"]', "an array"],
    ["${input.rawRequest}", "the input whole"],
    ['{"a": "b"', "text that is not JSON"],
    ['{"a": "${input.x}"}', "a raw value a quote can break out of"],
    ['{"a": ${input.x}}', "a raw value outside a string"],
    ['{"a": "${credentials.x}"}', "a raw value that is not an input"],
  ])("%s: unknown (%s)", (template) => {
    expect(fixedTopLevelFields(template)).toBeUndefined();
  });
});
