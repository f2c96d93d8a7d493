import type { Policy } from "../../../src/policy/schema";

export type Destination = NonNullable<Policy["destinations"]>[number];

export const allow = (...destinations: Destination[]): Policy => ({ version: 1, destinations });

export const crm = (extra: Partial<Destination> = {}): Destination => ({
  host: "crm.example.eu",
  vendor: "Example CRM",
  country: "US",
  purposes: ["caller look-up"],
  ...extra,
});
