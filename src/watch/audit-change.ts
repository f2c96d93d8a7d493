// One change to the org, as a Genesys Cloud audit event reports it, however it was delivered.
export interface AuditChange {
  /** The audit event's own id: duplicate deliveries share it. */
  readonly id: string;
  /** The organization the event belongs to, as the event says. */
  readonly organizationId: string;
  /** The audit's service name (e.g. "Integrations"), entity type, entity id and action, as Genesys spells them. */
  readonly serviceName: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly action: string;
  /** When it happened (ISO 8601, as the event gave it). */
  readonly eventTime: string;
  /** How it arrived. */
  readonly via: "notifications" | "eventbridge" | "audit-query";
}

/** Where changes come from, in order. A restart passes the last change it recorded; the source resumes after it. */
export interface ChangeSource {
  changes(options: { after?: { id: string; eventTime: string }; signal: AbortSignal }): AsyncIterable<AuditChange>;
  /**
   * How far before the last change a stopped watch recorded this source may still have had changes it
   * had not passed on (audits indexed late; changes only a periodic sweep finds): a restart resumes there.
   */
  readonly resumeReachMs?: number;
}
