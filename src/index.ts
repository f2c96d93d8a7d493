/**
 * genesys-dpia-gate: Data Protection Impact Assessments for Genesys Cloud CX infrastructure code.
 *
 * - `DpiaGate`: the CDKTF aspect. `Aspects.of(stack).add(new DpiaGate())`.
 * - `assessInventory`: the engine, from an inventory to DPIAs.
 * - `readTerraformJson`, `readHclFolder`, `readPlanJson`: an inventory from Terraform JSON
 *   (`cdk.tf.json`, `stack.toTerraform()`), a folder of .tf files, or `terraform show -json`.
 * - `loadPolicy` / `parsePolicy`: the user's policy file, validated.
 * - `renderMarkdown`: a DPIA for the legal team.
 * - `addDpiaSample`: attach a payload sample to a data action construct for content scanning.
 * - `acknowledgeFinding`: accept one non-blocking finding on a construct, with a reason.
 * - `DpiaRegister`: the tamper-evident register (SQLite or PostgreSQL); `verifyProof` checks a
 *   proof file from `dpia register proof` with the register's verifier key, offline.
 * - `NotificationsSource`, `AuditQuerySource`, `EventBridgeSource`: the org's audit events (`AuditChange`)
 *   as `dpia watch` reads them: a Notifications API channel, the Audit Query API polled, or the events
 *   the EventBridge integration delivers to a Lambda (`readEventBridgeDelivery`, examples/eventbridge/).
 * - `watchOrg`: `dpia watch` as a function: each change from a `ChangeSource` re-assessed live against the
 *   register's last approved DPIAs, recorded once, alerted; exception expiries re-assessed when due.
 */
export { DpiaGate, type DpiaGateOptions } from "../aspects/dpia-gate";
export { DpiaBlockedError, type BlockedDpia } from "../aspects/dpia-blocked-error";
export { addDpiaSample, type DpiaSampleInput } from "../aspects/samples";
export { acknowledgeFinding, type FindingAcknowledgement } from "../aspects/acknowledgements";
export type { Sample } from "./inventory/sample";
export { assessInventory, type AssessmentResult } from "./dpia/assess-inventory";
export { readTerraformJson } from "./inventory/read-terraform-json";
export { readHclFolder } from "./inventory/read-hcl";
export { readPlanJson } from "./inventory/read-plan";
export type { Inventory, GenesysResource, ProviderConfig } from "./inventory/model";
export { loadPolicy, parsePolicy, applyPolicy, type EffectivePolicy } from "./policy/load-policy";
export { POLICY_FILE_NAME, type Policy } from "./policy/schema";
export { DpiaSchema, type Dpia } from "./dpia/schema";
export type { RiskLevel, DataElement } from "./catalog/schema";
export { renderMarkdown } from "./report/markdown";
export { InputError, type InputProblem } from "./validation/input-error";
export { DpiaRegister } from "./register/register";
export { verifyProof, ProofFileSchema, type ProofFile } from "./register/proof-file";
export type { TrustRoot } from "./trust/schema";
export type { AuditChange, ChangeSource } from "./watch/audit-change";
export { NotificationsSource, type NotificationsSourceOptions } from "./watch/notifications-source";
export { AuditQuerySource, type AuditQuerySourceOptions } from "./watch/audit-query-source";
export { EventBridgeSource, readEventBridgeDelivery, type EventBridgeDelivery } from "./watch/eventbridge-source";
export { watchOrg, type WatchOrgOptions, type WatchSummary } from "./watch/watch-org";
