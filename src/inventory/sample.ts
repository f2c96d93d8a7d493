/** A payload sample attached to a data action: a request or response body, JSON or text. */
export interface Sample {
  /** The action it belongs to: a Terraform address, or the action's name. */
  target: string;
  /** Where it came from, as the user would recognise it: a file path or `cdktf:<construct path>`. */
  source: string;
  content: string | Uint8Array;
  /** Set instead of content when the sample could not be read (too large, unreadable). */
  unreadable?: string;
}

export const MAX_SAMPLE_BYTES = 32 * 1024 * 1024;
