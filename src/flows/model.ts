import type { GenesysResource, ProviderConfig } from "../inventory/model";

export type DestinationKind = "genesys_org" | "third_party" | "customer_cloud" | "api_client" | "configuration" | "unknown";

export interface Destination {
  name: string;
  kind: DestinationKind;
  /** The host a client would connect to, when the configuration states one. */
  host?: string;
  scheme?: string;
  /** The attribute the destination was read from. */
  attribute?: string;
  /** Why the destination is unknown, when it is. */
  unresolved?: string;
}

export interface DataFlow {
  source: string;
  destination: Destination;
  data_elements: string[];
  processing_nature: string;
  frequency: string;
  /** The resource that moves the data. */
  via: string;
}

export type SubjectKind = "integration" | "oauth_client" | "data_action" | "resource";

/** What one DPIA is about: an integration with its actions and credentials, an OAuth client with its roles, or another resource. */
export interface AssessmentSubject {
  kind: SubjectKind;
  primary: GenesysResource;
  members: GenesysResource[];
  name: string;
  provider?: ProviderConfig;
  flows: DataFlow[];
}
