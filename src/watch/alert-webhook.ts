import { InputError } from "../validation/input-error";

/**
 * The DPO's webhook, checked when the watch starts rather than at the first alert (hours later,
 * when it would be too late to notice): an http(s) URL, or an InputError (exit 2). The value itself
 * is never shown: a webhook URL often carries its secret in its path or query.
 */
export function checkedAlertWebhook(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol === "http:" || protocol === "https:") return url;
  throw new InputError([
    {
      file: "--alert-webhook",
      location: "",
      expected: `an http:// or https:// URL${protocol ? `, not ${protocol}` : ""} (the value is not shown: it may hold a secret)`,
    },
  ]);
}
