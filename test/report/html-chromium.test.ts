// The DPIA page as a DPO sees it: rendered and printed by headless Chromium (Debian's `chromium`).
import * as fs from "node:fs";
import * as path from "node:path";
import { PDFDocument } from "pdf-lib";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runGate } from "../../src/cli/commands/gate";
import type { Dpia } from "../../src/dpia/schema";
import { renderHtml } from "../../src/report/formats/html";
import { assess, ref, terraformJson } from "../helpers/assess-config";
import { tempDir } from "../helpers/stacks";

const root = path.resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SLOW = 240_000;
let browser: Browser;
const dir = tempDir("dpia-html-");

/** A name and texts with everything Markdown or HTML would mangle. */
function trickyDpia(): Dpia {
  const config = terraformJson({
    genesyscloud_integration: {
      crm: { integration_type: "custom-rest-actions", config: { name: "Sales & Service <CRM> *Team* _EU_" } },
    },
    genesyscloud_integration_action: {
      lookup: {
        name: "Lookup | by phone",
        category: "CRM",
        integration_id: ref("genesyscloud_integration.crm"),
        secure: true,
        contract_input: JSON.stringify({ type: "object", properties: { phone_number: { type: "string" } } }),
        contract_output: JSON.stringify({
          type: "object",
          properties: { first_name: { type: "string" }, email: { type: "string" } },
        }),
        config_request: {
          request_type: "GET",
          request_url_template:
            "https://eu1.crm-sales-and-service.example.eu/api/v2/customers/search?phone=$${input.phone_number}",
        },
      },
    },
  });
  const policy = {
    version: 1 as const,
    controller: { name: "Müller & Söhne GmbH", dpo_contact: "dpo@mueller.example" },
    destinations: [{ host: "*.example.eu", vendor: "CRM & Co", country: "DE", purposes: ["Find <callers>"] }],
  };
  return assess(config, policy).dpias[0]!;
}

async function open(dpia: Dpia, media: "screen" | "print" = "screen"): Promise<Page> {
  const file = path.join(dir, `${dpia.dpia_id}.html`);
  fs.writeFileSync(file, renderHtml(dpia));
  const page = await browser.newPage();
  await page.emulateMediaType(media);
  await page.goto(`file://${file}`, { waitUntil: "load" });
  return page;
}

async function typicalDpias(): Promise<Dpia[]> {
  return (
    await runGate(path.join(root, "test", "fixtures", "three-forms", "plan.json"), {
      format: "json",
      policy: path.join(root, "dpia.policy.json"),
    })
  ).report.dpias;
}

describe("the HTML DPIA page in headless Chromium", () => {
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    "renders names once-escaped and shows none of the Markdown syntax",
    async () => {
      const dpia = trickyDpia();
      const page = await open(dpia);
      const text = await page.evaluate(() => document.body.innerText);
      expect(await page.$eval("h1", (h1) => h1.textContent)).toBe(
        `DPIA ${dpia.dpia_id}: Sales & Service <CRM> *Team* _EU_`,
      );
      expect(text).toContain("Müller & Söhne GmbH, DPO: dpo@mueller.example");
      expect(text).toContain("CRM & Co");
      const withoutName = text.split("Sales & Service <CRM> *Team* _EU_").join("");
      for (const leak of ["&amp;", "&lt;", "&gt;", "**", "`", "<br>", "_None._", "| ---", "\\|"])
        expect(withoutName, leak).not.toContain(leak);
      expect(withoutName.split("\n").filter((line) => /^_|_$/.test(line.trim()))).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  test(
    "a status badge, flows 'on the allow-list', and a sign-off block with name, role, decision, date and signature",
    async () => {
      const [approved, blocked] = await typicalDpias();
      const page = await open(blocked!);
      expect(await page.$eval(".badge.blocked", (badge) => badge.textContent)).toBe("Blocked for deployment");
      const headers = await page.$$eval("table", (tables) =>
        tables.map((table) => [
          table.querySelector("caption")?.textContent,
          Array.from(table.querySelectorAll("th"), (th) => th.textContent),
        ]),
      );
      const flows = headers.find(([caption]) => caption === "Data flows")!;
      expect(flows[1]).toContain("Allow-list");
      expect(flows[1]).not.toContain("Approved");
      expect(await page.evaluate(() => document.body.innerText)).toContain("not on the allow-list");
      const signers = await page.$$eval(".sign-off .signer", (blocks) =>
        blocks.map((block) => [
          block.querySelector("h3")?.textContent,
          Array.from(block.querySelectorAll(".label"), (label) => label.textContent),
        ]),
      );
      expect(signers).toEqual([
        ["Data protection officer", ["Name", "Role", "Decision", "Date", "Signature"]],
        ["Controller", ["Name", "Role", "Decision", "Date", "Signature"]],
      ]);
      // Every field to complete is a line to write on, wide enough for a name and a date.
      const fills = await page.$$eval(".fill", (lines) => lines.map((line) => line.getBoundingClientRect().width));
      expect(fills.length).toBeGreaterThan(20);
      expect(Math.min(...fills)).toBeGreaterThan(100);
      expect(await page.evaluate(() => document.body.innerText)).not.toContain("to complete…");
      await page.close();
      const other = await open(approved!);
      expect(await other.$eval(".badge.approved", (badge) => badge.textContent)).toBe("Approved for deployment");
      expect(await other.evaluate(() => document.body.innerText)).toContain("on the allow-list");
      await other.close();
    },
    SLOW,
  );

  test(
    "on A4 paper no table is wider than the page: hosts and addresses wrap",
    async () => {
      const page = await open(trickyDpia(), "print");
      await page.setViewport({ width: 794, height: 1123 });
      const overflowing = await page.$$eval("table", (tables) =>
        tables
          .filter((table) => table.scrollWidth > document.body.clientWidth + 1)
          .map((table) => table.querySelector("caption")?.textContent),
      );
      expect(overflowing).toEqual([]);
      const breakInside = await page.$eval(".sign-off", (block) => getComputedStyle(block).breakInside);
      expect(breakInside).toBe("avoid");
      await page.close();
    },
    SLOW,
  );

  test(
    "a typical DPIA prints to PDF on three to five A4 pages, and the page takes a screenshot",
    async () => {
      for (const dpia of await typicalDpias()) {
        const page = await open(dpia, "print");
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const document = await PDFDocument.load(pdf);
        const pages = document.getPageCount();
        // Two or three pages of assessment, and since issue 26 (item 10) the DPO's worksheet: the
        // fields to complete per recipient, rights, ICO steps 6 and 7, consultation and sign-off.
        expect(pages, dpia.dpia_id).toBeGreaterThanOrEqual(3);
        expect(pages, dpia.dpia_id).toBeLessThanOrEqual(5);
        const { width, height } = document.getPage(0).getSize();
        expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
        const shot = await page.screenshot({ fullPage: true });
        expect(shot.subarray(1, 4).toString()).toBe("PNG");
        fs.writeFileSync(path.join(dir, `${dpia.dpia_id}.png`), shot);
        await page.close();
      }
    },
    SLOW,
  );
});
