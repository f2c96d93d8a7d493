import type { UrlAnalysis, UrlWarning } from "../hosts/url-analysis";
import type { GenesysResource, ProviderConfig } from "../inventory/model";
import type { ApprovedDestination } from "../policy/load-policy";

type DestinationKind = "genesys_org" | "third_party" | "customer_cloud" | "api_client" | "configuration" | "unknown";

export interface Destination {
  name: string;
  kind: DestinationKind;
  /** The attribute the destination was read from. */
  attribute?: string;
  /** The parsed URL, for destinations given as one. */
  url?: UrlAnalysis;
  /** The URL scheme when the host is unknown but the scheme is written literally. */
  scheme?: string;
  awsAccount?: string;
  /** The org's cloud account is named by an expression not resolved before deployment. */
  awsAccountUnknown?: boolean;
  awsRegion?: string;
  /** Why the destination is unknown, when it is. */
  unresolved?: string;
  /**
   * "expression": hidden behind a variable or token; "unnamed": the configuration does not say (e.g. actions defined elsewhere);
   * "unknown_effect": a Platform API write whose effect the catalog does not know.
   */
  unknownBecause?: "expression" | "unnamed" | "unparseable" | "unknown_effect";
  /**
   * An unnamed recipient the configuration turns on but the org installed elsewhere, where it was set up and assessed
   * (the org's AudioHook Monitor integration): GC-FLW-4 asks the DPIA to name it, and no rule presumes it hostile.
   */
  installedOutside?: string;
  /** The allow-list entry that approves it. */
  approval?: ApprovedDestination;
  vendor?: string;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
  /**
   * Where the configuration itself places the recipient (an AWS region, a Genesys Cloud region's
   * domain), and what says so. When set, its country is the recipient's, whatever the allow-list says;
   * a country it leaves unknown stays unknown.
   */
  location?: { country?: string; by: string };
  /** Set when the recipient passes the data on (function, event bus, iPaaS): who told us so. */
  middleware?: string;
  /**
   * For an API client: the hosts of its application (its redirect URIs). They receive a code or a
   * token, not the data, but an allow-list entry naming one approves the client and says who runs it.
   */
  appHosts?: string[];
}

export type Frequency =
  "Real-time" | "Per interaction" | "Batch" | "On demand" | "Continuous" | "On token expiry" | "Per session";

/** Which population a flow reaches, and on what evidence. */
export interface FlowScale {
  population: "org_wide" | "subset" | "single_record" | "unknown";
  evidence: string[];
  /** Numbers the policy declares; they win over what the configuration suggests. */
  declared?: { data_subjects_per_month?: number; records_per_month?: number; large: boolean };
}

export interface DataFlow {
  source: string;
  destination: Destination;
  data_elements: string[];
  /**
   * Those of data_elements the flow lists only because the destination returns them (a data action's output contract
   * or response): data the org receives from it. Rules on where data goes judge the rest, what the request sends.
   */
  received_only?: string[];
  processing_nature: string;
  frequency: Frequency;
  scale?: FlowScale;
  /** The resource that moves the data. */
  via: string;
}

export type TransferStatus = "not_a_transfer" | "covered" | "needs_review" | "missing" | "unknown";

/** One GDPR Chapter V assessment: from the org's jurisdiction to a recipient's. */
export interface Transfer {
  via: string;
  recipient: string;
  host?: string;
  source_country?: string;
  destination_country?: string;
  regime: "EU" | "UK" | "CH" | "other" | "unknown";
  mechanism: string;
  status: TransferStatus;
  legal_basis: string;
  data_elements: string[];
  onward?: boolean;
}

/** A host named anywhere in the configuration, whether or not data is known to flow to it. */
export interface ReferencedHost {
  resource: string;
  attribute: string;
  host?: string;
  unicodeHost?: string;
  /** An AWS account named by an ARN (a Lambda, an IAM role of a credential). */
  awsAccount?: string;
  approved: boolean;
  warnings: UrlWarning[];
  unresolved?: string;
}

type SubjectKind = "integration" | "oauth_client" | "data_action" | "resource";

/** What one DPIA is about: an integration with its actions and credentials, an OAuth client with its roles, or another resource. */
export interface AssessmentSubject {
  kind: SubjectKind;
  primary: GenesysResource;
  members: GenesysResource[];
  name: string;
  provider?: ProviderConfig;
  flows: DataFlow[];
  transfers: Transfer[];
  referencedHosts: ReferencedHost[];
  /** Facts about the transfers that are not findings, e.g. the ACD email transit region. */
  transferNotes: string[];
  /**
   * Set when no dedicated assessment covers the subject: judged from the resource-type catalog, an
   * unknown type, or the provider configuration alone (kept only when it has findings).
   */
  assessedFrom?: "catalog" | "unknown_type" | "provider";
}
