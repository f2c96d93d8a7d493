import { DataActionContractsAreValidJson } from "./action/DataActionContractsAreValidJson";
import { DataActionEndpointUsesHttps } from "./action/DataActionEndpointUsesHttps";
import { DataActionWithPersonalDataIsSecure } from "./action/DataActionWithPersonalDataIsSecure";
import { NoPersonalDataInConfiguration } from "./contact/NoPersonalDataInConfiguration";
import { CallDestinationKnown } from "./flow/CallDestinationKnown";
import { DataFlowDestinationKnown } from "./flow/DataFlowDestinationKnown";
import { SensitiveDataStaysInGenesys } from "./flow/SensitiveDataStaysInGenesys";
import { UnknownContractDataStaysInGenesys } from "./flow/UnknownContractDataStaysInGenesys";
import { CredentialSecretsNotLiteral } from "./integration/CredentialSecretsNotLiteral";
import { EventTopicsRecognised } from "./integration/EventTopicsRecognised";
import { IntegrationTypeRecognised } from "./integration/IntegrationTypeRecognised";
import { OAuthClientGrantsNamedDivisions } from "./oauth/OAuthClientGrantsNamedDivisions";
import { OAuthClientPermissionDomainsRecognised } from "./oauth/OAuthClientPermissionDomainsRecognised";
import { OAuthClientRolesAvoidCustomerData } from "./oauth/OAuthClientRolesAvoidCustomerData";
import { OAuthClientRolesDefinedInConfiguration } from "./oauth/OAuthClientRolesDefinedInConfiguration";
import { OAuthClientScopesAvoidCustomerData } from "./oauth/OAuthClientScopesAvoidCustomerData";
import { OAuthClientGrantTypeRecognised } from "./oauth/OAuthClientGrantTypeRecognised";
import { OAuthClientScopesRecognised } from "./oauth/OAuthClientScopesRecognised";
import { OAuthClientSecretNotInState } from "./oauth/OAuthClientSecretNotInState";
import { OAuthClientTokenLifetimeBounded } from "./oauth/OAuthClientTokenLifetimeBounded";
import { ProviderRegionKnown } from "./provider/ProviderRegionKnown";
import { ProviderSdkDebugDisabled } from "./provider/ProviderSdkDebugDisabled";
import { RecordingExportTargetsS3BulkIntegration } from "./recording/RecordingExportTargetsS3BulkIntegration";
import { RecordingRetentionHasDeletionPeriod } from "./recording/RecordingRetentionHasDeletionPeriod";
import type { Rule } from "./rule";
import { ARTIFACT_CHECKS } from "./registered/artifact";
import type { RegisteredCheck } from "./registered/check";
import { CLASSIFICATION_RULES } from "./registered/classification";
import { EXCEPTION_CHECKS } from "./registered/exception";
import { OrgWideStreamsStayInternal } from "./volume/OrgWideStreamsStayInternal";
import { RecordingBulkExportReviewed } from "./volume/RecordingBulkExportReviewed";
import { DestinationApproved } from "./destination/DestinationApproved";
import { DestinationUrlUnambiguous } from "./destination/DestinationUrlUnambiguous";
import { MiddlewareOnwardRecipientsDeclared } from "./destination/MiddlewareOnwardRecipientsDeclared";
import { ReferencedHostsApproved } from "./destination/ReferencedHostsApproved";
import { PersonalDataEncryptedInTransit } from "./flow/PersonalDataEncryptedInTransit";
import { TransferCountryKnown } from "./transfer/TransferCountryKnown";
import { TransferHasLegalBasis } from "./transfer/TransferHasLegalBasis";
import { TransferMechanismRobust } from "./transfer/TransferMechanismRobust";
import { CobrowseMasksFields } from "./webdeployment/CobrowseMasksFields";
import { WebFormContentNotCaptured } from "./webdeployment/WebFormContentNotCaptured";

/** Every rule the engine runs, in id order. A test pins this list so a lost rule fails the build. */
export const ALL_RULES: readonly Rule[] = [
  DataActionWithPersonalDataIsSecure,
  DataActionEndpointUsesHttps,
  DataActionContractsAreValidJson,
  NoPersonalDataInConfiguration,
  SensitiveDataStaysInGenesys,
  DataFlowDestinationKnown,
  CallDestinationKnown,
  PersonalDataEncryptedInTransit,
  UnknownContractDataStaysInGenesys,
  DestinationApproved,
  ReferencedHostsApproved,
  DestinationUrlUnambiguous,
  MiddlewareOnwardRecipientsDeclared,
  TransferHasLegalBasis,
  TransferCountryKnown,
  TransferMechanismRobust,
  OrgWideStreamsStayInternal,
  RecordingBulkExportReviewed,
  IntegrationTypeRecognised,
  CredentialSecretsNotLiteral,
  EventTopicsRecognised,
  OAuthClientScopesAvoidCustomerData,
  OAuthClientRolesAvoidCustomerData,
  OAuthClientGrantsNamedDivisions,
  OAuthClientSecretNotInState,
  OAuthClientTokenLifetimeBounded,
  OAuthClientScopesRecognised,
  OAuthClientRolesDefinedInConfiguration,
  OAuthClientPermissionDomainsRecognised,
  OAuthClientGrantTypeRecognised,
  ProviderSdkDebugDisabled,
  ProviderRegionKnown,
  RecordingExportTargetsS3BulkIntegration,
  RecordingRetentionHasDeletionPeriod,
  WebFormContentNotCaptured,
  CobrowseMasksFields,
];

/** Every id the tool can emit, with its kind: the rules, and the classification, exception and artifact checks. */
export type RegisteredId = RegisteredCheck & { kind: "rule" | "classification" | "exception" | "artifact" };

export const ALL_IDS: readonly RegisteredId[] = [
  ...ALL_RULES.map(({ id, name, severity, description, rationale, remediation }) => ({ id, name, severity, description, rationale, remediation, kind: "rule" as const })),
  ...CLASSIFICATION_RULES.map((check) => ({ ...check, kind: "classification" as const })),
  ...EXCEPTION_CHECKS.map((check) => ({ ...check, kind: "exception" as const })),
  ...ARTIFACT_CHECKS.map((check) => ({ ...check, kind: "artifact" as const })),
];

/** The registered id, case-insensitively; undefined when the tool never emits it. */
export function registeredId(id: string): RegisteredId | undefined {
  const wanted = id.trim().toUpperCase();
  return ALL_IDS.find((candidate) => candidate.id === wanted);
}
