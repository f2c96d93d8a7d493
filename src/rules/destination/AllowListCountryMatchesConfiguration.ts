import { countryName } from "../../hosts/country";
import { declareRule } from "../rule";

export const AllowListCountryMatchesConfiguration = declareRule({
  id: "GC-DST-4",
  name: "AllowListCountryMatchesConfiguration",
  target: "flow",
  severity: "High",
  description:
    "The allow-list entry approving a recipient names the country its configured region is in (an EventBridge bus's or a Lambda's AWS region, a Genesys Cloud region's domain).",
  rationale:
    "The configuration decides where the data goes: a bus in us-east-1 is in the United States whatever the allow-list says. An entry naming another country records the wrong recipient country (GDPR Art. 30(1)(e)) and was approved on a false premise; the transfer is judged by the configured region, never by the entry.",
  remediation:
    "Correct the entry's country to the configured region's (and declare the transfer mechanism that country needs), or move the recipient to the region the entry names.",
  check(flow) {
    const { approval, location } = flow.destination;
    if (!approval || !location || approval.country === location.country) return [];
    const entry = approval.aws_account
      ? `AWS account ${approval.aws_account}`
      : approval.host
        ? `host ${approval.host}`
        : `recipient ${approval.vendor}`;
    const configured = location.country
      ? `${location.by} places it in ${countryName(location.country)} (${location.country})`
      : `${location.by} is in no country this tool knows`;
    return [
      {
        attribute: flow.destination.attribute,
        message: `the allow-list places ${entry} in ${countryName(approval.country)} (${approval.country}), but ${configured}; the transfer is judged by the configuration`,
      },
    ];
  },
});
