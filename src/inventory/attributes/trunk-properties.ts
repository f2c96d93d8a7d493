/** What a trunk's `properties` JSON says about its carrier and encryption, read from the property names Genesys uses. */
export interface TrunkProperties {
  readable: boolean;
  /** SIP servers, proxies and hosts the trunk sends calls to. */
  hosts: Array<{ property: string; host: string }>;
  /** SIP signalling transport(s) named, upper-cased (UDP, TCP, TLS). */
  transports: Array<{ property: string; value: string }>;
  /** SRTP (media encryption) settings found: true when on. */
  srtp: Array<{ property: string; on: boolean | "unknown" }>;
}

const HOST_PROPERTY = /(proxy|server|host|address|uri|realm|domain)/i;
const SIP_HOST =
  /^(?:sips?:)?(?:[^@\s]+@)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:;.*)?$/;

function instances(value: unknown): unknown[] {
  const instance =
    value && typeof value === "object"
      ? ((value as Record<string, unknown>).value as Record<string, unknown> | undefined)?.instance
      : value;
  return Array.isArray(instance) ? instance : [instance];
}

export function trunkProperties(raw: unknown): TrunkProperties {
  let properties: unknown = raw;
  if (typeof raw === "string") {
    try {
      properties = JSON.parse(raw);
    } catch {
      return { readable: false, hosts: [], transports: [], srtp: [] };
    }
  }
  const result: TrunkProperties = {
    readable: !!properties && typeof properties === "object",
    hosts: [],
    transports: [],
    srtp: [],
  };
  if (!result.readable) return result;
  for (const [property, value] of Object.entries(properties as Record<string, unknown>)) {
    for (const item of instances(value)) {
      if (/srtp|media.*(encrypt|crypto)/i.test(property)) {
        result.srtp.push({
          property,
          on:
            item === true || (typeof item === "string" && /^(true|enabled|required|on|mandatory)$/i.test(item))
              ? true
              : item === false || (typeof item === "string" && /^(false|disabled|off|none)$/i.test(item))
                ? false
                : "unknown",
        });
      } else if (/transport/i.test(property) && typeof item === "string" && /^(udp|tcp|tls)$/i.test(item.trim())) {
        result.transports.push({ property, value: item.trim().toUpperCase() });
      } else if (HOST_PROPERTY.test(property) && typeof item === "string") {
        const host = SIP_HOST.exec(item.trim())?.[1];
        if (host) result.hosts.push({ property, host: host.toLowerCase() });
      }
    }
  }
  return result;
}
