import { DataActionContractsAreValidJson } from "./action/DataActionContractsAreValidJson";
import { DataActionEndpointUsesHttps } from "./action/DataActionEndpointUsesHttps";
import { DataActionWithPersonalDataIsSecure } from "./action/DataActionWithPersonalDataIsSecure";
import { DataActionLeavesAccessUnchanged } from "./action/DataActionLeavesAccessUnchanged";
import { InputContractClosed } from "./contract/InputContractClosed";
import { InputContractDeclaresItsData } from "./contract/InputContractDeclaresItsData";
import { RequestNamesItsFields } from "./contract/RequestNamesItsFields";
import { NoPersonalDataInConfiguration } from "./contact/NoPersonalDataInConfiguration";
import { CallDestinationKnown } from "./flow/CallDestinationKnown";
import { DataFlowDestinationKnown } from "./flow/DataFlowDestinationKnown";
import { SensitiveDataStaysInGenesys } from "./flow/SensitiveDataStaysInGenesys";
import { CallRecordingsStayOutOfThirdParties } from "./recording/CallRecordingsStayOutOfThirdParties";
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
import { ProviderSecretsNotLiteral } from "./provider/ProviderSecretsNotLiteral";
import { ProviderApiTrafficGoesToApprovedHosts } from "./provider/ProviderApiTrafficGoesToApprovedHosts";
import { RemoteModulesDeployIntoTheCallersOrg } from "./provider/RemoteModulesDeployIntoTheCallersOrg";
import { RecordingExportTargetsS3BulkIntegration } from "./recording/RecordingExportTargetsS3BulkIntegration";
import { RecordingRetentionHasDeletionPeriod } from "./recording/RecordingRetentionHasDeletionPeriod";
import { PeopleRolesAvoidCustomerData } from "./people/PeopleRolesAvoidCustomerData";
import { PeopleRolesGrantNamedDivisions } from "./people/PeopleRolesGrantNamedDivisions";
import { UserPasswordNotInConfiguration } from "./people/UserPasswordNotInConfiguration";
import { EmployeeRecordMinimalInConfiguration } from "./people/EmployeeRecordMinimalInConfiguration";
import { DataTableRowsHoldNoPersonalData } from "./datatable/DataTableRowsHoldNoPersonalData";
import { TranscriptionRedactsPersonalData } from "./routing/TranscriptionRedactsPersonalData";
import { TranscriptReachReviewed } from "./routing/TranscriptReachReviewed";
import { FlowCallsDefinedDataActions } from "./architect/FlowCallsDefinedDataActions";
import { FlowLogsExcludeConversationData } from "./architect/FlowLogsExcludeConversationData";
import { ResourceTypeRecognised } from "./unknown/ResourceTypeRecognised";
import { SecretAttributesNotLiteral } from "./unknown/SecretAttributesNotLiteral";
import { ProviderVersionInCatalog } from "./unknown/ProviderVersionInCatalog";
import { AttributesInProviderSchema } from "./unknown/AttributesInProviderSchema";
import { WebDeploymentAllowsNamedDomains } from "./webdeployment/WebDeploymentAllowsNamedDomains";
import { SipTrunkEncrypted } from "./telephony/SipTrunkEncrypted";
import { SiteMediaStaysInOrgRegion } from "./telephony/SiteMediaStaysInOrgRegion";
import { CalledTargetsDefinedInConfiguration } from "./journey/CalledTargetsDefinedInConfiguration";
import { WorkitemsHoldNoCustomerDataInConfiguration } from "./task/WorkitemsHoldNoCustomerDataInConfiguration";
import { WorkitemSchemaAvoidsSensitiveFields } from "./task/WorkitemSchemaAvoidsSensitiveFields";
import { ScriptFileReadable } from "./script/ScriptFileReadable";
import { MessagingMediaTypesRestricted } from "./messaging/MessagingMediaTypesRestricted";
import { MessagingSecretsNotLiteral } from "./messaging/MessagingSecretsNotLiteral";
import { ContactListColumnsAvoidSensitiveData } from "./outbound/ContactListColumnsAvoidSensitiveData";
import { ContactRecordsNotInConfiguration } from "./outbound/ContactRecordsNotInConfiguration";
import { OrgPairingNamesUsersInConfiguration } from "./pairing/OrgPairingNamesUsersInConfiguration";
import { EmailRouteBlindCopiesStayInGenesys } from "./email/EmailRouteBlindCopiesStayInGenesys";
import { ExportFiltersResources } from "./export/ExportFiltersResources";
import { ExportLeavesStateOut } from "./export/ExportLeavesStateOut";
import { ProcessAutomationTriggerTargetsWorkflow } from "./webhook/ProcessAutomationTriggerTargetsWorkflow";
import { ProcessAutomationTriggerWorkflowInConfiguration } from "./webhook/ProcessAutomationTriggerWorkflowInConfiguration";
import { IdentityProviderCertificatesDefined } from "./sso/IdentityProviderCertificatesDefined";
import { IdentityProviderRequestsSigned } from "./sso/IdentityProviderRequestsSigned";
import { OrgWideStreamsStayInternal } from "./volume/OrgWideStreamsStayInternal";
import { RecordingBulkExportReviewed } from "./volume/RecordingBulkExportReviewed";
import { AllowListCountryMatchesConfiguration } from "./destination/AllowListCountryMatchesConfiguration";
import { DestinationApproved } from "./destination/DestinationApproved";
import { DestinationUrlUnambiguous } from "./destination/DestinationUrlUnambiguous";
import { MiddlewareOnwardRecipientsDeclared } from "./destination/MiddlewareOnwardRecipientsDeclared";
import { NoPersonalDataToGenesysLookAlikes } from "./destination/NoPersonalDataToGenesysLookAlikes";
import { ReferencedHostsApproved } from "./destination/ReferencedHostsApproved";
import { PersonalDataEncryptedInTransit } from "./flow/PersonalDataEncryptedInTransit";
import { TransferCountryKnown } from "./transfer/TransferCountryKnown";
import { TransferHasLegalBasis } from "./transfer/TransferHasLegalBasis";
import { TransferMechanismRobust } from "./transfer/TransferMechanismRobust";
import { CobrowseMasksFields } from "./webdeployment/CobrowseMasksFields";
import { WebFormContentNotCaptured } from "./webdeployment/WebFormContentNotCaptured";
import { VendorCapabilityKnown } from "./vendor/VendorCapabilityKnown";
import { VendorRetentionWithinPurpose } from "./vendor/VendorRetentionWithinPurpose";
import { VendorCanErase } from "./vendor/VendorCanErase";
import { VendorDpaSigned } from "./vendor/VendorDpaSigned";
import { VendorSubProcessorTransfersLawful } from "./vendor/VendorSubProcessorTransfersLawful";
import { VendorRecordReviewed } from "./vendor/VendorRecordReviewed";
import { GenesysRetentionWithinPurpose } from "./vendor/GenesysRetentionWithinPurpose";
import { VendorSourceAnswered } from "./vendor/VendorSourceAnswered";

/**
 * Every rule the engine runs (its findings are sorted afterwards, so the order here does not matter).
 * A test pins this list so a lost rule fails the build.
 */
export const ALL_RULES = [
  DataActionWithPersonalDataIsSecure,
  DataActionEndpointUsesHttps,
  DataActionContractsAreValidJson,
  DataActionLeavesAccessUnchanged,
  InputContractClosed,
  InputContractDeclaresItsData,
  RequestNamesItsFields,
  NoPersonalDataInConfiguration,
  SensitiveDataStaysInGenesys,
  CallRecordingsStayOutOfThirdParties,
  DataFlowDestinationKnown,
  CallDestinationKnown,
  PersonalDataEncryptedInTransit,
  UnknownContractDataStaysInGenesys,
  DestinationApproved,
  ReferencedHostsApproved,
  DestinationUrlUnambiguous,
  MiddlewareOnwardRecipientsDeclared,
  AllowListCountryMatchesConfiguration,
  NoPersonalDataToGenesysLookAlikes,
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
  ProviderSecretsNotLiteral,
  ProviderApiTrafficGoesToApprovedHosts,
  RemoteModulesDeployIntoTheCallersOrg,
  RecordingExportTargetsS3BulkIntegration,
  RecordingRetentionHasDeletionPeriod,
  WebFormContentNotCaptured,
  CobrowseMasksFields,
  VendorCapabilityKnown,
  VendorRetentionWithinPurpose,
  VendorCanErase,
  VendorDpaSigned,
  VendorSubProcessorTransfersLawful,
  VendorRecordReviewed,
  GenesysRetentionWithinPurpose,
  VendorSourceAnswered,
  PeopleRolesAvoidCustomerData,
  PeopleRolesGrantNamedDivisions,
  UserPasswordNotInConfiguration,
  EmployeeRecordMinimalInConfiguration,
  DataTableRowsHoldNoPersonalData,
  TranscriptionRedactsPersonalData,
  TranscriptReachReviewed,
  FlowCallsDefinedDataActions,
  FlowLogsExcludeConversationData,
  ResourceTypeRecognised,
  SecretAttributesNotLiteral,
  ProviderVersionInCatalog,
  AttributesInProviderSchema,
  WebDeploymentAllowsNamedDomains,
  SipTrunkEncrypted,
  SiteMediaStaysInOrgRegion,
  CalledTargetsDefinedInConfiguration,
  WorkitemsHoldNoCustomerDataInConfiguration,
  WorkitemSchemaAvoidsSensitiveFields,
  ScriptFileReadable,
  MessagingSecretsNotLiteral,
  MessagingMediaTypesRestricted,
  ContactRecordsNotInConfiguration,
  ContactListColumnsAvoidSensitiveData,
  OrgPairingNamesUsersInConfiguration,
  EmailRouteBlindCopiesStayInGenesys,
  IdentityProviderCertificatesDefined,
  IdentityProviderRequestsSigned,
  ProcessAutomationTriggerTargetsWorkflow,
  ProcessAutomationTriggerWorkflowInConfiguration,
  ExportLeavesStateOut,
  ExportFiltersResources,
] as const;

/** The id of a rule the engine runs: a finding names one, and an id no rule declares does not compile. */
export type RuleId = (typeof ALL_RULES)[number]["id"];
