import { firstBlock, type Attributes } from "../lookup";

/** Every actions block of a retention policy: the top-level one and each media policy's. */
export function retentionActions(attributes: Attributes): Array<{ path: string; media: string; actions: Attributes }> {
  const found: Array<{ path: string; media: string; actions: Attributes }> = [];
  const top = firstBlock(attributes, "actions");
  if (top) found.push({ path: "actions", media: "call", actions: top });
  const media = firstBlock(attributes, "media_policies");
  for (const key of ["call_policy", "chat_policy", "email_policy", "message_policy"]) {
    const actions = firstBlock(firstBlock(media, key), "actions");
    if (actions) found.push({ path: `media_policies.${key}.actions`, media: key.replace("_policy", ""), actions });
  }
  return found;
}
