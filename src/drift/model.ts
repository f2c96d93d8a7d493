import type { Dpia } from "../dpia/schema";

/** A subject's configuration as the register keeps it: secrets hashed, resources sorted by address. */
export interface ConfigurationSnapshot {
  providers: Array<{ alias?: string; attributes: Record<string, unknown> }>;
  resources: Array<{ address: string; type: string; attributes: Record<string, unknown> }>;
}

/** The last approved assessment of one subject: what drift is measured against. */
export interface Baseline {
  dpia: Dpia;
  snapshot: ConfigurationSnapshot;
  /** Where it is recorded, e.g. the register's sequence number. */
  recordedAs: string;
  at: string;
}

/** What a change does to data protection; `cosmetic` never fails a run. */
export type DriftKind =
  | "scope_added"
  | "role_permission_added"
  | "division_widened"
  | "destination_added"
  | "destination_changed"
  | "https_downgraded"
  | "secure_disabled"
  | "masking_disabled"
  | "retention_lengthened"
  | "recording_changed"
  | "new_data_elements"
  | "new_vendor_egress"
  | "subject_never_assessed"
  | "subject_gone"
  | "configuration_changed"
  | "cosmetic";

/** Changes of one cause (one resource attribute, or one effect of the fresh assessment), grouped. */
export interface DriftChange {
  kinds: DriftKind[];
  resource: string;
  /** Attribute paths, e.g. `config_request.request_url_template`. */
  paths: string[];
  summary: string;
  privacy_relevant: boolean;
  /** Set when an ignore entry covers the change: it is reported, not counted. */
  ignored?: { entry: string; reason: string; expires: string };
}

/** A `drift.ignore` entry of the policy, named by its place there (`drift.ignore[3]`). */
export interface NamedIgnore {
  entry: string;
  subject: string;
  path: string;
  reason: string;
  expires: string;
}

/** A change as an ignore report names it: where, what it does, and the values as the report may print them. */
export interface HiddenChange {
  resource: string;
  paths: string[];
  kinds: DriftKind[];
  summary: string;
}

export interface SubjectDrift {
  subject: string;
  name: string;
  dpia_id: string;
  state: "unchanged" | "cosmetic" | "drifted" | "new" | "gone";
  baseline?: { recorded_as: string; at: string; fingerprint: string; compliance_status: Dpia["compliance_status"] };
  fresh?: { fingerprint: string; compliance_status: Dpia["compliance_status"]; overall_risk: string; findings: number };
  changes: DriftChange[];
  /** Why this subject fails the run, when it does. */
  verdict: string;
  failed: boolean;
}

export interface DriftReport {
  source: string;
  checked_at: string;
  subjects: SubjectDrift[];
  /** Each entry that hid a change, with what it hid. */
  ignores_used: Array<NamedIgnore & { hid: HiddenChange[] }>;
  ignores_expired: NamedIgnore[];
  /** Entries the run refused (exit 2): a whole resource, a wildcard, an expiry past the maximum, or a privacy-relevant change. */
  ignores_refused: Array<NamedIgnore & { why: string; change?: HiddenChange }>;
  summary: {
    subjects: number;
    unchanged: number;
    cosmetic: number;
    drifted: number;
    new: number;
    gone: number;
    failed: number;
  };
  /** 2 when an ignore entry was refused: the policy must be fixed before the run can say "as approved". */
  exit_code: 0 | 1 | 2;
}
