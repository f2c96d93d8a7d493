interface Frame {
  array: boolean;
  index: number;
  key?: string;
  expectKey: boolean;
}

function segment(frame: Frame): string {
  if (frame.array) return `[${frame.index}]`;
  if (frame.key === undefined) return "";
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(frame.key) ? `.${frame.key}` : `[${JSON.stringify(frame.key)}]`;
}

function isNumberChar(char: string): boolean {
  return (char >= "0" && char <= "9") || char === "-" || char === "+" || char === "." || char === "e" || char === "E";
}

/**
 * The JSONPath of the value at each offset of a valid JSON text, in one pass with an explicit
 * stack (no recursion). Used only for the few offsets where a detection was found.
 */
export function jsonPathsAt(text: string, offsets: number[]): Map<number, string> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, string>();
  const stack: Frame[] = [];
  let next = 0;
  const claimUntil = (end: number) => {
    const path = `$${stack.map(segment).join("")}`;
    while (next < wanted.length && wanted[next]! < end) result.set(wanted[next++]!, path);
  };
  let i = 0;
  while (i < text.length && next < wanted.length) {
    const char = text[i]!;
    const top = stack[stack.length - 1];
    if (char === "{" || char === "[") {
      stack.push({ array: char === "[", index: 0, expectKey: char === "{" });
      i++;
    } else if (char === "}" || char === "]") {
      stack.pop();
      i++;
    } else if (char === ",") {
      if (top?.array) top.index++;
      else if (top) {
        top.key = undefined;
        top.expectKey = true;
      }
      i++;
    } else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (top && !top.array && top.expectKey) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectKey = false;
      } else claimUntil(end + 1);
      i = end + 1;
    } else if (isNumberChar(char)) {
      let end = i;
      while (end < text.length && isNumberChar(text[end]!)) end++;
      claimUntil(end);
      i = end;
    } else i++;
  }
  claimUntil(Number.POSITIVE_INFINITY);
  return result;
}
