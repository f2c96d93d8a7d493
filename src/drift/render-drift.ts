import type { DriftReport, SubjectDrift } from "./model";

const LABEL: Record<SubjectDrift["state"], string> = {
  unchanged: "OK      ",
  cosmetic: "COSMETIC",
  drifted: "DRIFT   ",
  new: "NEW     ",
  gone: "GONE    ",
};

function fresh(subject: SubjectDrift): string {
  return subject.fresh
    ? `fresh assessment: ${subject.fresh.compliance_status === "BLOCKED_FOR_DEPLOYMENT" ? "BLOCKED" : "APPROVED"} ${subject.fresh.overall_risk} (${subject.fresh.findings} finding${subject.fresh.findings === 1 ? "" : "s"})`
    : "not deployed now";
}

const hidText = (hid: DriftReport["ignores_used"][number]["hid"]) =>
  hid.map((change) => `${change.kinds.join(", ")} at ${change.resource}.${change.paths.join(", ")}`).join("; ");

/** Every entry of drift.ignore the run used (with what it hid), refused or found expired. */
function ignoreLines(report: DriftReport): string[] {
  return [
    ...report.ignores_used.map(
      (ignore) =>
        `ignore used: ${ignore.entry} ${ignore.subject} ${ignore.path} until ${ignore.expires}: ${ignore.reason}; it hid ${hidText(ignore.hid)}`,
    ),
    ...report.ignores_refused.map(
      (ignore) => `ignore REFUSED: ${ignore.entry} ${ignore.subject} ${ignore.path}: ${ignore.why}`,
    ),
    ...report.ignores_expired.map(
      (ignore) =>
        `ignore expired (no longer applied): ${ignore.entry} ${ignore.subject} ${ignore.path}, expired ${ignore.expires}`,
    ),
  ];
}

/** One line a subject, then its changes by what they do; for a terminal or a CI log. */
export function renderDriftText(report: DriftReport): string {
  const lines: string[] = [];
  for (const subject of report.subjects) {
    lines.push(
      `${subject.failed ? "FAIL " : "     "}${LABEL[subject.state]} ${subject.subject} "${subject.name}": ${subject.verdict}`,
    );
    if (subject.baseline)
      lines.push(`    approved: ${subject.baseline.at} (${subject.baseline.recorded_as}); ${fresh(subject)}`);
    else lines.push(`    never approved; ${fresh(subject)}`);
    for (const change of subject.changes) {
      lines.push(
        `    ${change.ignored ? "ignored " : ""}${change.kinds.join(", ")}  ${change.resource}: ${change.summary}${change.ignored ? ` (ignored until ${change.ignored.expires}: ${change.ignored.reason})` : ""}`,
      );
    }
  }
  lines.push(...ignoreLines(report));
  const s = report.summary;
  lines.push(
    "",
    `${s.subjects} subject${s.subjects === 1 ? "" : "s"} checked against the register: ${s.unchanged} as approved, ${s.cosmetic} cosmetic, ${s.drifted} drifted, ${s.new} never approved, ${s.gone} gone; ${s.failed} failing.`,
  );
  return `${lines.join("\n")}\n`;
}

const cell = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\n/g, "<br>");

/** The report as Markdown for a DPO, an issue or a step summary. */
export function renderDriftMarkdown(report: DriftReport): string {
  const out = [
    `# Drift report: ${cell(report.source)}`,
    "",
    `Checked ${report.checked_at}. ${report.summary.failed === 0 ? "Nothing needs approval." : `**${report.summary.failed} subject${report.summary.failed === 1 ? "" : "s"} need${report.summary.failed === 1 ? "s" : ""} a new approval.**`}`,
    "",
  ];
  out.push("| Subject | State | Verdict | Approved | Fresh assessment |", "| --- | --- | --- | --- | --- |");
  for (const subject of report.subjects)
    out.push(
      `| \`${cell(subject.subject)}\` ${cell(subject.name)} | ${subject.state} | ${cell(subject.verdict)} | ${subject.baseline ? cell(subject.baseline.at) : "never"} | ${cell(fresh(subject))} |`,
    );
  const changes = report.subjects.flatMap((subject) => subject.changes.map((change) => ({ subject, change })));
  if (changes.length > 0) {
    out.push("", "## Changes", "", "| Subject | What it does | Where | Change |", "| --- | --- | --- | --- |");
    for (const { subject, change } of changes)
      out.push(
        `| \`${cell(subject.subject)}\` | ${change.kinds.join(", ")}${change.ignored ? " (ignored)" : ""} | \`${cell(change.resource)}\` | ${cell(change.summary)} |`,
      );
  }
  if (report.ignores_used.length + report.ignores_refused.length + report.ignores_expired.length > 0) {
    out.push("", "## Ignore entries", "", "| Entry | Subject and path | Expires | What it hid, or why refused |");
    out.push("| --- | --- | --- | --- |");
    for (const ignore of report.ignores_used)
      out.push(
        `| ${ignore.entry} used | \`${cell(ignore.subject)}\` \`${cell(ignore.path)}\` | ${cell(ignore.expires)} | ${cell(hidText(ignore.hid))} (${cell(ignore.reason)}) |`,
      );
    for (const ignore of report.ignores_refused)
      out.push(
        `| ${ignore.entry} **refused** | \`${cell(ignore.subject)}\` \`${cell(ignore.path)}\` | ${cell(ignore.expires)} | ${cell(ignore.why)} |`,
      );
    for (const ignore of report.ignores_expired)
      out.push(
        `| ${ignore.entry} expired, not applied | \`${cell(ignore.subject)}\` \`${cell(ignore.path)}\` | ${cell(ignore.expires)} | |`,
      );
  }
  return `${out.join("\n")}\n`;
}

/** One subject as an alert names it (the drift's and the watch's): ids, state, kinds of change, verdict; no values. */
export function alertedSubject(subject: SubjectDrift): Record<string, unknown> {
  return {
    dpia_id: subject.dpia_id,
    subject: subject.subject,
    state: subject.state,
    failed: subject.failed,
    kinds: [...new Set(subject.changes.flatMap((change) => change.kinds))],
    verdict: subject.verdict,
  };
}

/** What a webhook gets: counts, subjects, kinds and verdicts; no values, no personal data, no secrets. */
export function alertPayload(report: DriftReport): Record<string, unknown> {
  return {
    kind: "dpia-drift",
    source: report.source,
    checked_at: report.checked_at,
    exit_code: report.exit_code,
    summary: report.summary,
    subjects: report.subjects.filter((subject) => subject.state !== "unchanged").map(alertedSubject),
    ignores_used: report.ignores_used.map((ignore) => ({
      entry: ignore.entry,
      subject: ignore.subject,
      path: ignore.path,
      expires: ignore.expires,
      hid: [...new Set(ignore.hid.flatMap((change) => change.kinds))],
    })),
    ignores_refused: report.ignores_refused.map((ignore) => ({ entry: ignore.entry, subject: ignore.subject })),
  };
}
