/**
 * Atlassian Document Format, the body of Jira Cloud REST v3 descriptions and comments: the little
 * the gate writes (paragraphs, a code block) and the text of what people write back.
 */
type AdfNode = { type: string; text?: string; content?: AdfNode[]; attrs?: Record<string, unknown> };

export function adfDocument(paragraphs: string[], code?: string): AdfNode {
  const content: AdfNode[] = paragraphs.map((line) => ({ type: "paragraph", content: [{ type: "text", text: line }] }));
  if (code !== undefined) content.push({ type: "codeBlock", content: [{ type: "text", text: code }] });
  return { type: "doc", version: 1, content } as AdfNode;
}

const BLOCK_TYPES = new Set(["paragraph", "codeBlock", "heading", "blockquote", "listItem", "panel", "tableCell"]);
/** Deep enough for any comment a person writes; a deeper body is not read further. */
const MAX_DEPTH = 32;

function collect(node: unknown, out: string[], depth: number): void {
  if (!node || typeof node !== "object" || depth > MAX_DEPTH) return;
  const { type, text, content } = node as AdfNode;
  if (type === "text" && typeof text === "string") out.push(text);
  else if (type === "hardBreak") out.push("\n");
  if (Array.isArray(content)) for (const child of content) collect(child, out, depth + 1);
  if (typeof type === "string" && BLOCK_TYPES.has(type)) out.push("\n");
}

/** The plain text of an ADF document, a line per paragraph and per hard break; "" for anything else. */
export function adfText(document: unknown): string {
  if (typeof document === "string") return document;
  const out: string[] = [];
  collect(document, out, 0);
  return out.join("");
}
