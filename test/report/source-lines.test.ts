import { describe, expect, test } from "vitest";
import { addressLines, attributeLine, constructIdLine, scanSource } from "../../src/report/formats/source-lines";

const HCL = `resource "genesyscloud_integration_action" "lookup" {
  name = "Look up"
  contract_input = jsonencode({
    properties = { url = { type = "string" } }
  })
  config_request {
    request_template = <<EOT
{ "request_url_template": "not this one {" }
EOT
    request_url_template = "https://\${local.host}/x?q={\\"}"
  }
  config_request {
    request_type = "GET"
  }
}
resource "genesyscloud_oauth_client" "c" {
  roles {
    role_id = "a"
  }
  roles {
    role_id = "b"
  }
}
`;

const lines = HCL.split("\n");
const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;

describe("source lines for SARIF regions", () => {
  test("an attribute inside a block, past a heredoc and braces in strings", () => {
    const scanned = scanSource(HCL);
    expect(attributeLine(scanned, 1, "config_request[0].request_url_template")).toBe(lineOf("request_url_template = "));
    expect(attributeLine(scanned, 1, "config_request.request_url_template")).toBe(lineOf("request_url_template = "));
    expect(attributeLine(scanned, 1, "config_request[1].request_type")).toBe(lineOf("request_type"));
    expect(attributeLine(scanned, 1, "name")).toBe(2);
  });

  test("the index picks the block; a path into a JSON string gives its nearest written part", () => {
    const scanned = scanSource(HCL);
    const client = lineOf('"genesyscloud_oauth_client" "c"');
    expect(attributeLine(scanned, client, "roles[1].role_id")).toBe(lineOf('role_id = "b"'));
    expect(attributeLine(scanned, client, "roles[0].role_id")).toBe(lineOf('role_id = "a"'));
    expect(attributeLine(scanned, 1, "contract_input.properties.url")).toBe(lineOf("properties = "));
    // Not written in this block (a default, or another resource's attribute): no line to point at.
    expect(attributeLine(scanned, 1, "secure")).toBeUndefined();
    expect(attributeLine(scanned, client, "request_type")).toBeUndefined();
    expect(attributeLine(scanned, 999, "name")).toBeUndefined();
  });

  test("Terraform JSON keys", () => {
    const json = JSON.stringify(
      { resource: { t: { n: { secure: false, config_request: [{ request_url_template: "https://x" }] } } } },
      null,
      2,
    );
    const at = json.split("\n").findIndex((line) => line.includes('"n"')) + 1;
    const expected = json.split("\n").findIndex((line) => line.includes("request_url_template")) + 1;
    expect(attributeLine(scanSource(json), at, "config_request[0].request_url_template")).toBe(expected);
  });

  test("a construct id written once as a literal; twice or never is no line", () => {
    const app = `new Stack(app, "s");\nnew OauthClient(this, 'client', {});\nnew X(this, "twice");\nnew Y(this, "twice");\n`;
    expect(constructIdLine(app, "s/client")).toBe(2);
    expect(constructIdLine(app, "s/twice")).toBeUndefined();
    expect(constructIdLine(app, "s/missing")).toBeUndefined();
    expect(constructIdLine(app, "s/a.b")).toBeUndefined();
  });

  test("plan addresses, pretty or on one line, with quotes and brackets", () => {
    const address = 'genesyscloud_user.u["a \\"b\\""]';
    const plan = { resource_changes: [{ address: "x.y" }, { address: 'genesyscloud_user.u["a \\"b\\""]' }] };
    expect(addressLines(JSON.stringify(plan)).get(address)).toBe(1);
    const pretty = JSON.stringify(plan, null, 2);
    expect(addressLines(pretty).get(address)).toBe(
      pretty.split("\n").findIndex((line) => line.includes('"a \\\\\\"b')) + 1,
    );
    expect(addressLines(pretty).get("x.y")).toBe(4);
  });
});
