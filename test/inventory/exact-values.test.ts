import { describe, expect, test } from "vitest";
import { evaluateTemplate } from "../../src/inventory/hcl/expression";
import { TemplateSyntaxError } from "../../src/inventory/hcl/template-syntax";
import { goJson } from "../../src/inventory/hcl/functions/json";
import { formatNumber } from "../../src/inventory/hcl/numbers";
import { isWhollyKnown, toJson, type HclValue } from "../../src/inventory/hcl/values";
import vectorFile from "./exact-values.vectors.json";

/**
 * What `terraform console` 1.11.4 answered for edge expressions of every function, operator,
 * conversion and template the evaluator supports. The evaluator must give exactly that value, or
 * leave the expression unresolved; where Terraform fails or leaves the value unknown, it must not
 * give a value at all (try() would otherwise pick another argument than Terraform does).
 */
type TerraformAnswer =
  | { value: string | boolean | null }
  | { number: string }
  | { json: string }
  | { console: string }
  | { error: true }
  | { unknown: true };

interface Vector {
  expression: string;
  terraform: TerraformAnswer;
  evaluator: "exact" | "unresolved";
}

const vectors = vectorFile.vectors as Vector[];
const scope = { variable: () => undefined, local: () => undefined };

function sameAsTerraform(value: HclValue, answer: TerraformAnswer): boolean {
  if ("value" in answer) return value === answer.value;
  if ("number" in answer) return typeof value === "number" && formatNumber(value) === answer.number;
  if ("json" in answer) return typeof value === "object" && value !== null && goJson(value) === answer.json;
  return false;
}

/** What the engine reads as a value: nothing pending, and no "${...}" left for what is not known (as templates leave it). */
function resolved(value: HclValue): boolean {
  return isWhollyKnown(value) && !JSON.stringify(toJson(value)).includes("${");
}

describe("the evaluator against terraform console: exactly its value, or unresolved", () => {
  test("the vectors cover every kind of answer", () => {
    expect(vectors.length).toBeGreaterThan(550);
    expect(vectors.filter((vector) => vector.evaluator === "exact").length).toBeGreaterThan(400);
    expect(vectors.some((vector) => "error" in vector.terraform)).toBe(true);
  });

  test.each(vectors.map((vector) => [vector.expression, vector] as const))("%s", (_expression, vector) => {
    let value: HclValue;
    try {
      value = evaluateTemplate(`\${${vector.expression}}`, scope);
    } catch (error) {
      // Terraform's parser rejects the text: the gate exits 2 on it, which is right only where Terraform errors too.
      expect(error).toBeInstanceOf(TemplateSyntaxError);
      expect(vector.terraform).toEqual({ error: true });
      return;
    }
    if (vector.evaluator === "exact") {
      expect(isWhollyKnown(value), "a value, as Terraform gives one").toBe(true);
      expect(sameAsTerraform(value, vector.terraform), JSON.stringify(vector.terraform)).toBe(true);
    } else if (resolved(value)) {
      // Unresolved when recorded; a value given now must be Terraform's.
      expect(sameAsTerraform(value, vector.terraform), JSON.stringify(vector.terraform)).toBe(true);
    }
  });
});
