/**
 * A source URL as messages, DPIAs and the cache name it: no user name or password, every query
 * value hidden (an API key is often passed as one), no fragment. The policy refuses credentials in
 * the URL; this keeps a secret out of the output whatever reaches it.
 */
export function displayedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "(a URL that cannot be parsed)";
  }
  parsed.username = "";
  parsed.password = "";
  parsed.hash = "";
  const query = [...parsed.searchParams.keys()].map((key) => `${encodeURIComponent(key)}=***`).join("&");
  parsed.search = "";
  return `${parsed.toString().replace(/\/+$/, "")}${query ? `?${query}` : ""}`;
}
