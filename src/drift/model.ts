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
  ignored?: { reason: string; expires: string };
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
  ignores_used: Array<{ subject: string; path: string; reason: string; expires: string }>;
  ignores_expired: Array<{ subject: string; path: string; reason: string; expires: string }>;
  summary: {
    subjects: number;
    unchanged: number;
    cosmetic: number;
    drifted: number;
    new: number;
    gone: number;
    failed: number;
  };
  exit_code: 0 | 1;
}
