import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { CLI } from "../helpers/e2e-timeouts";
import { runDpia } from "../helpers/run-cli";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const DPIA_ID = "INT-marketing-platform-9fe70b";

/**
 * The vendor-retention example in a folder of its own, with its own register: the gate run three
 * times (blocked; approved once the vendor keeps the data no longer than needed; then with a changed
 * configuration), and the DPO's page rendered from the register with those three versions.
 */
function threeVersions() {
  const dir = tempDir("dpia-dpo-page-");
  fs.cpSync(path.join(root, "examples", "vendor-retention"), dir, { recursive: true });
  const policy = JSON.parse(fs.readFileSync(path.join(dir, "dpia.policy.json"), "utf8"));
  delete policy.$schema;
  fs.writeFileSync(path.join(dir, "dpia.policy.json"), JSON.stringify(policy));
  const env = { DPIA_REGISTER: path.join(dir, "state", "register.db") };
  const dpia = (...args: string[]) => runDpia(args, { cwd: dir, env });
  const gate = () => dpia("gate", ".", "--policy", "dpia.policy.json");

  const first = gate();
  expect(first.status, first.output).toBe(1);
  const vendorFile = path.join(dir, "vendors", "example-marketing-cloud.json");
  fs.writeFileSync(
    vendorFile,
    fs
      .readFileSync(vendorFile, "utf8")
      .replace('"live": "P365D", "backups": "P30D"', '"live": "P60D", "backups": "P20D"'),
  );
  const second = gate();
  expect(second.status, second.output).toBe(0);
  const mainTf = path.join(dir, "main.tf");
  fs.writeFileSync(
    mainTf,
    fs.readFileSync(mainTf, "utf8").replace('"Share call recording"', '"Share call recordings"'),
  );
  const third = gate();
  expect(third.status, third.output).toBe(0);
  return { dir, dpia };
}

describe("the DPIA page a DPO completes and signs, from the register (issue 26 item 10)", () => {
  test(
    "markdown and html: the fields to complete, fideslang categories, ICO steps 6 and 7, and the version history; faults exit 2 naming what failed; the register stays intact and unchanged",
    () => {
      const { dir, dpia } = threeVersions();
      const before = dpia("register", "list", "--format", "json");
      expect(before.status, before.output).toBe(0);

      const markdown = dpia("register", "page", DPIA_ID, "--format", "markdown");
      expect(markdown.status, markdown.output).toBe(0);
      const page = markdown.stdout;
      for (const heading of [
        "### Purposes, lawful basis and retention at each recipient (to complete)",
        "### Measures for the data subjects' rights (to complete)",
        "### Measures and residual risk per risk (ICO step 6)",
        "## 6. Consultation (Art. 35(2), 35(9))",
        "## 7. Outcomes (ICO step 7)",
        "## 8. Version history",
        "## 9. Sign-off",
      ])
        expect(page).toContain(heading);
      expect(page).toContain("| Call and interaction recordings | communications_content | user.content.private |");
      expect(page).toContain("Data subjects or their representatives (GDPR Art. 35(9))");
      expect(page).toContain("DPO advice accepted or overruled by");
      expect(page).toContain("This DPIA is kept under review by");
      expect(page).toContain("Rectification and erasure | Art. 16, 17, 19 | Example Marketing Cloud GmbH");
      // The retention the vendor's record states is offered for the DPO to confirm, the purpose is left to complete.
      expect(page).toMatch(/60 days \+ 20 in backups \(vendor record [0-9-]+; confirm\)/);
      expect(page).toContain("| _…to complete…_ | Art. 6(1): _…to complete…_ |");
      const history = page.slice(page.indexOf("## 8. Version history"), page.indexOf("## 9. Sign-off"));
      const rows = history.split("\n").filter((line) => /^\| \d /.test(line));
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatch(/\| BLOCKED FOR DEPLOYMENT \| Critical \| sha256:[0-9a-f]{12}… \| first assessment \|$/);
      expect(rows[1]).toContain(
        "| same configuration; BLOCKED FOR DEPLOYMENT to APPROVED FOR DEPLOYMENT; risk Critical to",
      );
      expect(rows[2]).toMatch(/\| configuration changed \|$/);

      const html = dpia("register", "page", DPIA_ID, "--out", "page.html");
      expect(html.status, html.output).toBe(0);
      const document = fs.readFileSync(path.join(dir, "page.html"), "utf8");
      expect(document).toContain("<h2>8. Version history</h2>");
      expect(document).toContain('<span class="fill" title="to complete"></span>');
      expect(document).not.toContain("…to complete…");
      expect(document).toContain("<code>user.content.private</code>");

      // Faults: each one line naming what failed, exit 2, never an internal error.
      const faults: Array<[string[], RegExp]> = [
        [["register", "page", "INT-nope-000000"], /no assessment of INT-nope-000000 in the register .*register\.db/],
        [
          ["register", "page", DPIA_ID, "--out", path.join(dir, "missing", "page.html")],
          /missing\/page\.html: a file that can be written, but its folder does not exist \(ENOENT\)/,
        ],
        [["register", "page", DPIA_ID, "--out", dir], /a file that can be written, but it is a folder \(EISDIR\)/],
        [["register", "page", DPIA_ID, "--format", "pdf"], /--format: one of markdown, html, got "pdf"/],
      ];
      for (const [args, message] of faults) {
        const failed = dpia(...args);
        expect(failed.status, failed.output).toBe(2);
        expect(failed.stderr).toMatch(message);
        expect(failed.stderr).not.toContain("internal error");
      }

      const verify = dpia("register", "verify");
      expect(verify.stdout, verify.output).toMatch(/^INTACT /);
      const after = dpia("register", "list", "--format", "json");
      expect(after.stdout).toBe(before.stdout);
    },
    CLI * 2,
  );
});
