/**
 * Sets whose elements cannot be told apart or ordered before apply stay unknown (helper-81's cases; the answers are
 * terraform 1.11.4 console's). A template over such a set must never come out as a known string in the wrong order.
 */
import { describe, expect, test } from "vitest";
import { readHclFolder } from "../../src/inventory/read-hcl";
import { replayFolder } from "../helpers/conformance-replay";
import { writeFolder } from "../helpers/write-folder";

describe("sets the evaluator cannot order exactly stay unknown", () => {
  test.each([
    [
      "-0 beside 0 in set(number)",
      { "main.tf": 'variable "x" {\n  type    = set(number)\n  default = [1, 0, -0]\n}\n' },
      "var.x",
      'toset([\n  {\n    "n" = 9007199254740993\n  },\n  {\n    "n" = 9007199254740992\n  },\n])',
    ],
    [
      "two integers beyond a double's exact range",
      {
        "main.tf":
          'variable "x" {\n  type    = set(object({ n = number }))\n  default = [{ n = 9007199254740993 }, { n = 9007199254740992 }]\n}\n',
      },
      "var.x",
      'toset([\n  {\n    "n" = 9007199254740993\n  },\n  {\n    "n" = 9007199254740992\n  },\n])',
    ],
    [
      "-0 converted to a string",
      { "main.tf": 'variable "x" {\n  type    = string\n  default = -0\n}\n' },
      "var.x",
      '"-0"',
    ],
  ])("%s", async (_, files, expression, terraform) => {
    const verdict = await replayFolder({
      category: "set-order",
      files,
      expression,
      terraform,
    });
    expect(verdict.outcome).toBe("unresolved");
  });

  test('a template over a set whose element has an unresolved part (Terraform: "b;a;")', async () => {
    const dir = writeFolder("dpia-set-order-", {
      "main.tf": `module "m" {\n  source = "./m"\n  x      = [{ k = "x\${length(range(5))}", name = "a" }, { k = "x3", name = "b" }]\n}\nresource "genesyscloud_routing_wrapupcode" "w" {\n  name = module.m.names\n}\n`,
      "m/main.tf": `variable "x" {\n  type = set(object({ k = string, name = string }))\n}\noutput "names" {\n  value = "%{ for o in var.x }\${o.name};%{ endfor }"\n}\n`,
    });
    const [wrapup] = (await readHclFolder(dir)).resources;
    expect(wrapup!.attributes.name).not.toMatch(/^(a;b;|b;a;)$/);
    expect(String(wrapup!.attributes.name)).toContain("${");
  });
});
