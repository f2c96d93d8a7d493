/** Created at first use: loading ICU's region names costs a process about 25 ms, which a run without a country skips. */
let names: Intl.DisplayNames | undefined;
const regionNames = () => (names ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }));

/** Region codes Intl knows that are not ISO 3166-1 countries. */
const NOT_COUNTRIES = new Set(["ZZ", "EU", "EZ", "UN", "QO", "UK"]);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames().of(code) !== undefined;
}

export function countryName(code: string | undefined): string {
  if (!code) return "unknown country";
  return (isCountryCode(code) && regionNames().of(code)) || code;
}
