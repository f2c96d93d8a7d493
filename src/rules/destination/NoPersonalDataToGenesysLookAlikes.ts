import { imitatesGenesysHost } from "../../flows/genesys-host";
import { elementNames } from "../helpers";
import { declareRule } from "../rule";

export const NoPersonalDataToGenesysLookAlikes = declareRule({
  id: "GC-DST-5",
  name: "NoPersonalDataToGenesysLookAlikes",
  target: "flow",
  severity: "Critical",
  description:
    "No personal data goes to a host made to look like Genesys Cloud's own (apps.mypurecloud.ie.evil.example, evil-mypurecloud.com, mypurеcloud.ie with a Cyrillic е, apps.mypurecloud.ie@evil.example).",
  rationale:
    "Genesys's own hosts are trusted as the processor; a host that imitates them is not Genesys, and a reviewer reading the configuration would take it for Genesys. Personal data sent there leaves the org unreviewed under a false name, the pattern of exfiltration and phishing (GDPR Art. 5(1)(f), Art. 32).",
  remediation:
    "Use the org's real Genesys Cloud host (api., apps., login. of its region's domain), or name the real recipient plainly and add it to the allow-list after review.",
  check(flow, context) {
    const url = flow.destination.url;
    if (!url || flow.data_elements.length === 0 || !imitatesGenesysHost(url, context.catalog)) return [];
    return [
      {
        attribute: flow.destination.attribute,
        message: `${elementNames(context, flow.data_elements)} go to ${url.unicodeHost ?? url.host} through a URL made to look like a Genesys Cloud host`,
      },
    ];
  },
});
