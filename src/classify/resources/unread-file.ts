import { hasUnresolved } from "../../inventory/expressions";

/**
 * Why the file a resource's `filepath` names was not read (so what it holds is unknown): no path,
 * a path not resolved before deployment, a remote file, or a file the readers did not reach.
 */
export function unreadFileReason(filepath: string, file: string, unknown: string): string {
  if (!filepath) return "is not set";
  if (hasUnresolved(filepath)) return `is not resolved before deployment, so the ${file} cannot be read`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(filepath)) return "names a remote file the gate does not fetch";
  return `was not read, so ${unknown} are unknown`;
}
