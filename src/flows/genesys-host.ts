import type { Catalog, Region } from "../catalog/schema";

/**
 * Registrable domains under which Genesys Cloud names its newer regions (`usw2.pure.cloud`,
 * `use2.us-gov-pure.cloud`, `edee1.eusc-pure.cloud`): a host below one of them that no region's
 * domain covers is still Genesys's, in a region this tool cannot name.
 */
const REGION_FAMILIES = ["pure.cloud", "us-gov-pure.cloud", "eusc-pure.cloud"];

/** Letters of other scripts that look like Latin ones, as in `mypurеcloud.ie` with a Cyrillic е. */
const LOOK_ALIKES: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ԁ: "d",
  ѕ: "s",
  һ: "h",
  ԛ: "q",
  ԝ: "w",
  ο: "o",
  ρ: "p",
  υ: "u",
  ν: "v",
  κ: "k",
  ι: "i",
  α: "a",
  τ: "t",
};

/** On whole DNS labels: `apps.mypurecloud.ie` is within `mypurecloud.ie`; `mypurecloud.ie.evil.example` and `evil-mypurecloud.ie` are not. */
function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function normalised(host: string): string {
  return host.toLowerCase().replace(/\.+$/, "");
}

/**
 * The Genesys Cloud region whose domain a host is in (`api.`, `login.`, `apps.` and every other
 * host of `mypurecloud.ie` are eu-west-1). The host must be the ASCII host a client connects to
 * (what the URL parser gives), so user information and look-alike Unicode never reach this test.
 */
export function genesysRegionOfHost(host: string, catalog: Catalog): Region | undefined {
  const candidate = normalised(host);
  return catalog.regions
    .filter((region) => within(candidate, region.domain))
    .sort((a, b) => b.domain.length - a.domain.length)[0];
}

/** True when the host belongs to Genesys Cloud itself: a region's domain, or a Genesys region family. */
export function isGenesysHost(host: string, catalog: Catalog): boolean {
  const candidate = normalised(host);
  return !!genesysRegionOfHost(candidate, catalog) || REGION_FAMILIES.some((domain) => within(candidate, domain));
}

/** The host with look-alike letters of other scripts read as the Latin letters they imitate. */
function latinSkeleton(unicodeHost: string): string {
  return [...unicodeHost.normalize("NFKC").toLowerCase()].map((char) => LOOK_ALIKES[char] ?? char).join("");
}

/** A label such as `evil-mypurecloud` or `mypurecloud-login`: the brand inside another name. */
function brandInLabel(name: string): boolean {
  return name.split(".").some((label) => label !== "mypurecloud" && label.includes("mypurecloud"));
}

/** A name that is a Genesys domain followed by more (`mypurecloud.ie.evil.example`), the brand inside another label, or look-alike letters. */
function imitates(name: string, catalog: Catalog): boolean {
  const ascii = normalised(name);
  const skeleton = latinSkeleton(ascii);
  const domains = [...catalog.regions.map((region) => region.domain), ...REGION_FAMILIES];
  return [ascii, skeleton].some(
    (candidate) =>
      brandInLabel(candidate) ||
      domains.some((domain) => candidate.includes(`${domain}.`) || candidate.includes(`${domain}-`)) ||
      (candidate !== ascii && isGenesysHost(candidate, catalog)),
  );
}

/**
 * True when a URL whose host is not Genesys's is made to look like it: a Genesys domain followed
 * by more labels (`apps.mypurecloud.ie.evil.example`), the brand inside another label
 * (`evil-mypurecloud.com`), look-alike letters (`mypurеcloud.ie` with a Cyrillic е), or a
 * Genesys host written as user information before "@" (`https://apps.mypurecloud.ie@evil.example/`).
 */
export function imitatesGenesysHost(
  url: { host: string; unicodeHost?: string; userinfo?: string },
  catalog: Catalog,
): boolean {
  if (isGenesysHost(url.host, catalog)) return false;
  // Whatever the user information says about Genesys, the client connects to another host.
  const userinfo = latinSkeleton(url.userinfo ?? "");
  return (
    imitates(url.unicodeHost ?? url.host, catalog) ||
    (!!userinfo && ["mypurecloud", ...REGION_FAMILIES].some((name) => userinfo.includes(name)))
  );
}
