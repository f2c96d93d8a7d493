// docs/prerequisites.md names Genesys Cloud permissions and scopes: each must be a real one. Permissions
// come from src/catalog/data/api-permissions.json (the "Requires ANY/ALL permissions" line of each
// operation in the Platform API's generated SDK docs, MyPureCloud/platform-client-sdk-javascript
// build/docs/*Api.md, recorded with its commit) and the permission catalog; scopes from the scope
// catalog (src/catalog/data/scopes.json); operations from the Platform API catalog (platform-api.json).
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";

const repo = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(repo, file), "utf8");
const page = read("docs/prerequisites.md");
const data = <T>(file: string) => JSON.parse(read(`src/catalog/data/${file}`)) as T;

interface Operation {
  operation: string;
  used_by: string;
  requires: "any" | "all" | "no";
  permissions: string[];
}
const operations = data<{ operations: Operation[] }>("api-permissions.json").operations;
const platformApi = data<{ paths: Record<string, Record<string, number>> }>("platform-api.json").paths;
const scopes = new Set(data<Array<{ scopes: string[] }>>("scopes.json").flatMap((entry) => entry.scopes));
const domains =
  data<Array<{ domain: string; personal_data: Array<{ entity: string; actions: string[] }> }>>("permissions.json");
const knownPermissions = new Set([
  ...operations.flatMap((operation) => operation.permissions),
  ...domains.flatMap((domain) =>
    domain.personal_data.flatMap((entry) =>
      entry.actions.map((action) => `${domain.domain}:${entry.entity}:${action}`),
    ),
  ),
]);

/** Every `code` span of the page. */
const spans = [...page.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);
const SEED_SCOPES = ["org.integrations.read", "org.integrations.write", "data_classification.read"];

describe("docs/prerequisites.md names only real Genesys Cloud permissions, scopes and operations", () => {
  test("every permission (domain:entity:action) is one Genesys requires for an operation, in a known domain", () => {
    const named = spans.filter((span) => /^[a-zA-Z]+:[a-zA-Z0-9]+:[a-zA-Z0-9]+$/.test(span));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((permission) => !knownPermissions.has(permission))).toEqual([]);
    const domainNames = new Set(domains.map((domain) => domain.domain));
    expect(named.filter((permission) => !domainNames.has(permission.split(":")[0]!))).toEqual([]);
  });

  test("every scope (name:readonly and the like) is in the scope catalog", () => {
    const named = spans.filter((span) => /^[a-z][a-z-]*:[a-z]+$/.test(span));
    expect(named).toContain("integrations:readonly");
    expect(named.filter((scope) => !scopes.has(scope))).toEqual([]);
  });

  test("the seed's three scopes are named, and none of them exists", () => {
    for (const scope of SEED_SCOPES) {
      expect(spans).toContain(scope);
      expect(scopes.has(scope)).toBe(false);
    }
  });

  test("each operation of the permissions record is a real Platform API operation", () => {
    const unknown = operations.filter((entry) => {
      const [method, template] = entry.operation.split(" ") as [string, string];
      return platformApi[template]?.[method] === undefined;
    });
    expect(unknown).toEqual([]);
  });

  test("each table row's permissions are what Genesys requires for the requests it names", () => {
    const rows = page.split("\n").filter((line) => /^\| `(GET|POST|PUT) \/api\/v2\//.test(line));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const [requests, permissions] = row.split(" | ") as [string, string];
      const named = [...requests.matchAll(/`((?:GET|POST|PUT) \/api\/v2\/[^`]+)`/g)].map((match) => match[1]!);
      const required = new Set(
        named.flatMap((name) => {
          const entry = operations.find((operation) => operation.operation === name);
          expect(entry, `${name} is not in api-permissions.json`).toBeDefined();
          return entry!.permissions;
        }),
      );
      const written = new Set([...permissions.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
      expect([...written].sort(), row).toEqual([...required].sort());
    }
  });

  test("every path the live reader calls is on the page (a new one cannot go undocumented)", () => {
    const liveFolder = path.join(repo, "src", "drift", "live");
    const called = new Set<string>();
    for (const file of fs.readdirSync(liveFolder).filter((name) => name.endsWith(".ts"))) {
      const source = fs.readFileSync(path.join(liveFolder, file), "utf8");
      for (const match of source.matchAll(/["`](\/api\/v2\/[^"`?\s]+)/g)) {
        const template = match[1]!.replace(/\$\{encodeURIComponent\((\w+)\)\}/g, "{$1}");
        if (!template.includes("…")) called.add(template);
      }
    }
    expect(called.size).toBeGreaterThan(10);
    const documented = operations.filter((entry) => entry.used_by === "live").map((entry) => entry.operation);
    const missing = [...called].filter(
      (template) =>
        !documented.some((operation) =>
          operation.replace(/\{\w+\}/g, "{}").endsWith(` ${template.replace(/\{\w+\}/g, "{}")}`),
        ),
    );
    expect(missing).toEqual([]);
    for (const operation of documented) expect(page).toContain(operation);
  });
});
