import { describe, expect, test } from "vitest";
import { callerNamedFields } from "../../src/classify/caller-named-fields";

describe("which inputs name a JSON field of a request template", () => {
  test.each([
    ['{"${input.Object_Field_Name}": "${input.Object_Field_Value}"}', ["Object_Field_Name"]],
    ['{"$input.k": "$input.v"}', ["k"]],
    ['{"$!{input.k}" : 1}', ["k"]],
    ['{"custom_${input.suffix}__c": 1}', ["suffix"]],
    ['{"${credentials.x}": 1, "${input.a}": 2}', ["a"]],
    ['{"name": "${input.name}", "email": "${input.email}"}', []],
    ['{"a": "${input.x}", "b": 1}', []],
    ['{"a": "x\\"${input.y}\\"", "b": 1}', []],
    ["${input.rawRequest}", []],
    ['{"k": $esc.jsonString(${input.v})}', []],
    ["", []],
    ['{"$esc.jsonString($input.f)": "${input.v}"}', ["f"]],
    ['{"$esc.jsonString(${input.f})": "${input.v}"}', ["f"]],
    ['#set($k = $input.f){"$k": "${input.v}"}', ["f"]],
    ['#set($k = "status"){"$k": "${input.v}"}', []],
    ['#set($a = $input.f)#set($b = "x_$a"){"$b": 1}', ["f"]],
    ['{#foreach($f in $input.fields)"$f.name": "$f.value"#end}', ["fields"]],
    ['{"k": "$esc.jsonString($input.v)"}', []],
    ["https://crm.example.eu/records?${input.fieldName}=${input.fieldValue}", ["fieldName"]],
    ["https://crm.example.eu/records?id=${input.id}&${input.fieldName}=${input.fieldValue}", ["fieldName"]],
    ["${input.fieldName}=${input.fieldValue}&note=1", ["fieldName"]],
    ["https://crm.example.eu/records?phone=${input.phone}&name=${input.name}", []],
    ['{"url": "https://x.example/?q=${input.q}"}', []],
  ])("%s", (template, expected) => {
    expect(callerNamedFields(template)).toEqual(expected);
  });
});
