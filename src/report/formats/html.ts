import type { Dpia } from "../../dpia/schema";
import { renderMarkdown } from "../markdown";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/&lt;br&gt;/g, "<br>");
}

/** The Markdown rendering as a self-contained, printable HTML page (no external assets). */
export function renderHtml(dpia: Dpia): string {
  const body: string[] = [];
  let inTable = false;
  let inList = false;
  const close = () => {
    if (inTable) body.push("</tbody></table>");
    if (inList) body.push("</ul>");
    inTable = false;
    inList = false;
  };
  for (const line of renderMarkdown(dpia).split("\n")) {
    if (line.startsWith("|")) {
      const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
      if (cells.every((cell) => /^-+$/.test(cell))) continue;
      if (!inTable) {
        close();
        body.push(`<table><thead><tr>${cells.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>`);
        inTable = true;
      } else body.push(`<tr>${cells.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`);
      continue;
    }
    if (line.startsWith("- ")) {
      if (!inList) {
        close();
        body.push("<ul>");
        inList = true;
      }
      body.push(`<li>${inline(line.slice(2))}</li>`);
      continue;
    }
    close();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) body.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    else if (line.startsWith("> ")) body.push(`<blockquote>${inline(line.slice(2))}</blockquote>`);
    else if (line.trim()) body.push(`<p>${inline(line.replace(/ {2}$/, ""))}</p>`);
  }
  close();
  const status = dpia.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? "blocked" : "approved";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>DPIA ${escapeHtml(dpia.dpia_id)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{border-bottom:4px solid ${status === "blocked" ? "#b00020" : "#1b7f3b"};padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.85rem;table-layout:auto}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}td code{overflow-wrap:anywhere}
th{background:#f0f0f0}code{font-size:.85em;background:#f5f5f5;padding:0 .2em}blockquote{border-left:4px solid #999;margin:1rem 0;padding:.2rem 1rem;color:#444}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid}}
</style></head><body>
${body.join("\n")}
</body></html>
`;
}
