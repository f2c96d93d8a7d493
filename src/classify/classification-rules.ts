import type { DocumentedCheck } from "../catalog/documented-check";

/**
 * How the classifier decides which data elements a resource carries; each decision names one of
 * these. Severity: the highest risk of the data elements the rule can decide.
 */
export const CLASSIFICATION_RULES = [
  {
    id: "CLS-API-ENDPOINT",
    name: "GenesysApiPathDecidesData",
    severity: "High",
    description:
      "A relative /api/v2/... URL of a data action is the org's own API; the catalog's source_api_endpoint says which data element that path returns.",
    rationale:
      "An action that reads recordings, transcripts or contacts through the Platform API carries them even when its contracts name no such field.",
    remediation: "Nothing to fix: review what the action does with the data it reads, and where its output goes.",
  },
  {
    id: "CLS-CONTENT",
    name: "PayloadContentDecidesData",
    severity: "Critical",
    description:
      "Values in payload samples named by the policy and example values in contracts (examples, default, enum, const) are scanned for card numbers, IBANs, national ids, emails, phones and dates of birth.",
    rationale:
      "Field names can lie; a Luhn-valid card number in a sample or an example is card data whatever the field is called (PCI DSS v4.0 Req. 3).",
    remediation:
      "Remove real personal data from examples and samples; if the values are real, treat the action as carrying them.",
  },
  {
    id: "CLS-FIELD-COMBINATION",
    name: "FieldNamesDecideData",
    severity: "Critical",
    description:
      "Field names of contracts, templates and translation maps, read in English, German, French, Spanish, Italian, Dutch, Portuguese and Polish, decide data elements by combination: a name alone is an identifier, a name with a way to reach the person is contact data, card, health and biometric fields stand on their own.",
    rationale:
      "The contracts are the best static evidence of which personal data crosses an action (GDPR Art. 35(7)(a) systematic description).",
    remediation:
      "Rename nothing to hide data: remove fields the integration does not need (data minimisation, Art. 5(1)(c)).",
  },
  {
    id: "CLS-POLICY-ELEMENT",
    name: "PolicyElementFieldsDecideData",
    severity: "Critical",
    description:
      "A data element the policy declares is found wherever a field name matches one of its fields (contract fields, template and translation-map names, column names, sample fields), with case, separators, compounds, accents and look-alike letters folded as for the built-in lexicon.",
    rationale:
      "The policy is where an organisation names the personal data particular to it (a loyalty tier, a patient number); a declared element that classifies nothing would leave that data out of every DPIA (GDPR Art. 35(7)(a)).",
    remediation: "Nothing to fix: the DPIA lists the element with the risk the policy gives it.",
  },
  {
    id: "CLS-FREE-TEXT",
    name: "FreeTextMayHoldAnything",
    severity: "Critical",
    description:
      "Notes, comments, descriptions and messages, and Genesys API paths that return free text, hold contact details and communications content; card numbers only where the configuration suggests them (a card field beside the free text, an action named for payments) and no masking control is declared.",
    rationale:
      "Whatever the customer or agent writes ends up in free text, so it is personal data of unknown content (GDPR Art. 5(1)(c)); card numbers are assumed where the action works with cards, since customers then type or say them into it (PCI DSS v4.0 Req. 3.3.1). Card numbers elsewhere are found in samples by the content scanners.",
    remediation:
      "Send only the fields the recipient needs; where the action works with cards, mark it secure or declare the redaction step in the policy's masking list.",
  },
  {
    id: "CLS-INTEGRATION-TYPE",
    name: "IntegrationTypeDecidesData",
    severity: "High",
    description:
      "The catalog says which data an integration type moves on its own (data_elements_without_actions), such as participant data for web-services actions.",
    rationale: "Some integrations move personal data without any action in the configuration.",
    remediation: "Nothing to fix: the DPIA lists what the type moves.",
  },
  {
    id: "CLS-RECORDING-POLICY",
    name: "RecordingPolicyDecidesData",
    severity: "High",
    description:
      "A recording or retention policy that keeps recordings, starts screen recordings, assigns surveys or evaluations creates recordings, survey contacts and monitoring data.",
    rationale: "Recordings are communications content and evaluations monitor employees (WP248 criteria 3, 4 and 7).",
    remediation: "Set retention periods and restrict who can export recordings.",
  },
  {
    id: "CLS-RESOURCE-CONTENT",
    name: "ResourceContentDecidesData",
    severity: "High",
    description:
      "Other Genesys resources (notification topics, web deployments, recording and retention policies) carry the data elements the catalog gives their configuration.",
    rationale: "A resource that is not an integration can still move or create personal data.",
    remediation: "Nothing to fix: the DPIA lists the data.",
  },
  {
    id: "CLS-ROLE-PERMISSION",
    name: "RolePermissionsDecideData",
    severity: "High",
    description: "Permissions of the roles granted to a client-credentials OAuth client decide the data it can read.",
    rationale: "A client-credentials client acts with its roles' permissions, not its scopes.",
    remediation: "Grant the client a role with only the permissions it needs, in named divisions.",
  },
  {
    id: "CLS-SCOPE",
    name: "OAuthScopesDecideData",
    severity: "High",
    description:
      "OAuth scopes of a code, implicit or SAML2 bearer client decide the data it can read on a user's behalf.",
    rationale: "Scopes are what a user grants; each unlocks the catalog's data elements.",
    remediation: "Request only the scopes the application needs, read-only where possible.",
  },
  {
    id: "CLS-TOPIC",
    name: "NotificationTopicsDecideData",
    severity: "High",
    description: "Notification and event-bridge topics decide the data an integration streams out of the org.",
    rationale: "A topic subscription is a real-time feed of conversations, users or analytics.",
    remediation: "Subscribe to the narrowest topics the integration needs.",
  },
  {
    id: "CLS-UNKNOWN",
    name: "UnreadableConfigurationIsUnknownData",
    severity: "High",
    description:
      "What the classifier cannot read (an unresolved or invalid contract, an input contract that declares no property forwarded whole out of Genesys, an unknown scope, role, type or topic, an unreadable sample) is the data element unknown_data; a contract that cannot be evaluated is unknown_contract_data, rated Critical like the card data it may hide.",
    rationale:
      "Fail closed: data the gate cannot see is treated as high risk, and as the most sensitive data an action can carry when it leaves Genesys (GC-FLW-5).",
    remediation: "Make the value literal in the configuration, or teach the catalog through the policy.",
  },
  {
    id: "CLS-WEB-DEPLOYMENT",
    name: "WebDeploymentDecidesData",
    severity: "High",
    description:
      "A web deployment's messenger, attachments, journey tracking, form tracking and co-browse decide the message content, online identifiers and form data it collects.",
    rationale:
      "Tracking web visitors and capturing form fields is monitoring under ePrivacy Art. 5(3) and GDPR Art. 5(1)(c).",
    remediation: "Disable what is not needed and mask form fields in co-browse and form tracking.",
  },
  {
    id: "CLS-RESOURCE-TYPE",
    name: "CatalogDecidesResourceData",
    severity: "High",
    description:
      "A resource type without a classifier of its own is judged from the resource-type catalog: a high-relevance type reaches the data categories the catalog names, and literal values in its personal-data attributes are scanned.",
    rationale:
      "Every provider type is classified as data, so a type no code reads is still assessed (fail closed), never skipped.",
    remediation: "Nothing to fix: review the catalog entry of the type in src/catalog/data/resource-types.json.",
  },
  {
    id: "CLS-CONTACT-RECORD",
    name: "ContactRecordDecidesData",
    severity: "High",
    description:
      "An outbound contact written into the configuration is classified by its column names and by what its values look like (never printing the values).",
    rationale: "A contact in code is personal data in the repository and in Terraform state (GDPR Art. 5(1)(f)).",
    remediation: "Load contacts through the contact list import, not Terraform.",
  },
  {
    id: "CLS-CONTACT-LIST",
    name: "ContactListColumnsDecideData",
    severity: "High",
    description: "An outbound contact list's columns, phone and email columns decide which contact details it holds.",
    rationale:
      "A campaign list is the people it calls or writes to; its columns say which of their data the org keeps.",
    remediation: "Keep only the columns the campaign needs (Art. 5(1)(c)).",
  },
  {
    id: "CLS-RULESET",
    name: "RulesetPassesContactData",
    severity: "High",
    description:
      "A dialer or digital ruleset evaluates the dialed contact's columns and may pass the contact to data actions.",
    rationale: "Rules that call data actions send the contact's data to wherever those actions go.",
    remediation: "Review the data actions a ruleset calls; they carry the contact's data.",
  },
  {
    id: "CLS-GUIDE",
    name: "GuideConversesWithCustomers",
    severity: "High",
    description: "A guide version converses with customers and calls the data actions it lists with what they say.",
    rationale: "What the customer tells a guide reaches every data action it calls.",
    remediation: "Review the guide's data actions and where they go.",
  },
  {
    id: "CLS-JOURNEY",
    name: "JourneyMatchesVisitors",
    severity: "Medium",
    description: "A journey action map matches web visitors' sessions and starts flows with their data.",
    rationale: "Matching visitors' sessions processes their online identifiers (GDPR Recital 30, ePrivacy Art. 5(3)).",
    remediation: "Limit trigger conditions to what the purpose needs.",
  },
  {
    id: "CLS-DNC-LIST",
    name: "DncListHoldsNumbers",
    severity: "Medium",
    description:
      "A do-not-call list holds the phone numbers of people who asked not to be called, some written into the configuration.",
    rationale: "Numbers in code are personal data in the repository and in state.",
    remediation: "Manage DNC numbers in Genesys Cloud or the DNC provider, not in Terraform.",
  },
  {
    id: "CLS-EMAIL-DOMAIN",
    name: "EmailDomainCarriesEmail",
    severity: "High",
    description:
      "A routing email domain carries customers' email; with a custom SMTP server every outbound email is relayed through it.",
    rationale: "Email is communications content (WP248 criterion 4) and a relay is a recipient.",
    remediation: "Review the SMTP relay as a processor; approve its host in the policy.",
  },
  {
    id: "CLS-EMAIL-ROUTE",
    name: "EmailRouteCarriesEmail",
    severity: "High",
    description: "An email route carries customers' emails and the agents' replies; blind copies duplicate them.",
    rationale: "Every blind-copy address receives the conversation (Art. 5(1)(c), 28).",
    remediation: "Remove blind copies to addresses outside Genesys, or review their recipient.",
  },
  {
    id: "CLS-FLOW-LOG",
    name: "FlowLogLevelDecidesData",
    severity: "High",
    description:
      "An Architect flow's log level decides what its execution logs hold: Base the path taken, Notes free text, All every variable's value.",
    rationale:
      "Logging every variable writes what customers say and type into logs (PCI DSS v4.0 Req. 3.3.1, GDPR Art. 5(1)(f)).",
    remediation: "Use the Base level in production.",
  },
  {
    id: "CLS-FLOW-BINDING",
    name: "FlowBindingsDecideData",
    severity: "Critical",
    description:
      "What an Architect flow binds to a data action's inputs decides what the action receives: Architect's built-in values (Call.Ani is the caller's number, Email.Message.body what the customer wrote), a variable by its name or else by what the flow writes into it, keyed digits (in a secure call flow card numbers, or the card's security code or PIN when the step takes fewer than 12 digits), and a common module's or bot flow's inputs what the configuration's flows that run it pass. A binding the gate cannot read is unknown data.",
    rationale:
      "A contract's field names say what an action may receive; the flow says what it is given (GDPR Art. 35(7)(a)).",
    remediation:
      "Pass the action only what it needs (Art. 5(1)(c)); keep card numbers in secure flows and secure actions.",
  },
  {
    id: "CLS-SSO-TRUST",
    name: "IdentityProviderSeesSignIns",
    severity: "High",
    description: "A single sign-on identity provider learns who signs in and when, and asserts who they are.",
    rationale: "Whoever controls the identity provider can sign in as any user and reach what their roles reach.",
    remediation: "Review the identity provider as a processor with the org's security lead.",
  },
  {
    id: "CLS-MESSAGING-CHANNEL",
    name: "MessagingChannelCarriesMessages",
    severity: "High",
    description:
      "Messages, attachments and the customer's channel address (a phone number on WhatsApp, a platform id elsewhere) pass through every messaging integration.",
    rationale: "Messaging content is communications content (WP248 criterion 4); the channel operator is a recipient.",
    remediation: "Review the channel operator and restrict media types.",
  },
  {
    id: "CLS-ORG-EXPORT",
    name: "ExportWritesOrgData",
    severity: "High",
    description:
      "A configuration export (tf_export, bcp_tf_exporter) writes the org's resources, and with state their ids and values, to files.",
    rationale: "Exported users, contacts and secrets in files leave the org's access controls (Art. 32).",
    remediation: "Filter the export to the types needed and leave the state file out.",
  },
  {
    id: "CLS-ORG-PAIRING",
    name: "PairingSharesPeople",
    severity: "High",
    description:
      "An organisation pairing names the users and groups another Genesys Cloud org trusts; what they may read is granted there.",
    rationale: "People are shared with another org, a recipient under Art. 28 or a joint controller.",
    remediation: "Review the partner org and the roles it grants.",
  },
  {
    id: "CLS-TRANSCRIPTION",
    name: "TranscriptionCreatesTranscripts",
    severity: "High",
    description:
      "Routing settings and queues that turn transcription on make transcripts of every (or every opted-in) call.",
    rationale:
      "Transcripts are communications content and may hold card numbers spoken aloud (PCI DSS v4.0 Req. 3.3.1).",
    remediation: "Enable PII and PCI redaction with transcription, or leave it off.",
  },
  {
    id: "CLS-SCRIPT",
    name: "ScriptShowsCustomerData",
    severity: "Medium",
    description:
      "An agent script shows the interaction's customer data to the agent and may pass it on through its actions and links.",
    rationale: "What a script shows and sends is processing of the customer's data.",
    remediation: "Review the URLs and actions in the script file.",
  },
  {
    id: "CLS-CONFIGURATION-VALUE",
    name: "ConfigurationValueDecidesData",
    severity: "High",
    description:
      "A value written into the configuration (a work item field, a data table row) is classified by the field name that labels it and by what it looks like.",
    rationale: "Personal data in code sits in the repository and in Terraform state (Art. 5(1)(f)).",
    remediation: "Keep personal data out of the configuration.",
  },
  {
    id: "CLS-TELEPHONY",
    name: "TelephonyCarriesCalls",
    severity: "High",
    description:
      "An external (BYOC) trunk hands every call it carries, audio and numbers, to the carrier; a site's media regions process its calls' audio.",
    rationale: "The carrier is a recipient and media regions decide where audio is processed (Art. 44).",
    remediation: "Review the carrier and keep media regions in the org's jurisdiction.",
  },
  {
    id: "CLS-EMPLOYEE-RECORD",
    name: "EmployeeRecordDecidesData",
    severity: "Medium",
    description:
      "A user written into the configuration is employee data: name and email at least, often phone numbers, addresses and manager.",
    rationale: "Employee data in code sits in the repository and in state (Art. 88).",
    remediation: "Manage users through the identity provider, not Terraform.",
  },
] as const satisfies readonly DocumentedCheck<`CLS-${string}`>[];

/** The classification rule a data element names: an id declared above, or it does not compile. */
export type ClassificationRuleId = (typeof CLASSIFICATION_RULES)[number]["id"];

/** What the classifier warns about without deciding a data element; the gate prints these as warnings. */
export const CLASSIFICATION_WARNINGS = [
  {
    id: "CLS-POLICY-ELEMENT-UNMATCHED",
    name: "PolicyElementMatchesSomething",
    severity: "Low",
    description:
      "A data element the policy declares with fields matches something in a configuration that has fields (contracts, columns, flow variables, samples); one that matches nothing is a warning.",
    rationale:
      "A misspelt field (loyaltyTeir) would leave the element out of every DPIA without a word; the warning makes the typo visible before the data is missed (GDPR Art. 35(7)(a)).",
    remediation:
      "Check the spelling of the element's fields against the configuration's field names, or ignore the warning where this configuration does not carry the element.",
  },
] as const satisfies readonly DocumentedCheck<`CLS-${string}`>[];

export type ClassificationWarningId = (typeof CLASSIFICATION_WARNINGS)[number]["id"];
