/**
 * The body of an HTTP answer as UTF-8 text, or undefined when it is larger than `maxBytes`: a declared
 * Content-Length over the limit is not read at all, and a body that grows past it is not read further
 * (a server that sends without end cannot fill memory). The caller says what "too large" means for it.
 */
export async function boundedBodyText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString("utf8");
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}
