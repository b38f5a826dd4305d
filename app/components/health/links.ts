// Where each finding, record and journey step leads in the app: the domain names screens and
// record ids; this turns them into addresses.
import { formatDate } from "~/domain/presentation";
import { SCHOOL_DAY_KIND_NAMES } from "~/domain/codes/school-day";
import { APPEAL_TYPE_NAMES } from "~/domain/codes/tribunal";
import { SCHOOL_TERMS_RECORD } from "~/domain/health/school-day-helpers";
import type { CaseDocument, JourneyScreen, NextStep, NextStepAction, StepTarget } from "~/domain";

export type RecordLink = { label: string; path: string };

/**
 * The page for a screen. Someone who may only read the case is not sent to a form they cannot
 * open: starting a new cycle leads them to the list of cycles instead.
 */
export function screenPath(caseId: string, screen: JourneyScreen, { canWrite }: { canWrite: boolean }): string {
  const base = `/cases/${caseId}`;
  const paths: Record<JourneyScreen, string> = {
    needs: `${base}/needs`,
    profile: `${base}/profile`,
    diary: `${base}/diary`,
    support: `${base}/support`,
    support_new: canWrite ? `${base}/support/new` : `${base}/support`,
    audit: `${base}/audit`,
    progress: `${base}/progress`,
    health: `${base}/health`,
    adjustments: `${base}/adjustments`,
    ehcna_request: `${base}/letters?kind=ehcna_request#write`,
    statutory: `${base}/statutory`,
    plans: `${base}/plans`,
    correspondence: `${base}/correspondence`,
    meetings: `${base}/meetings`,
    appeals: `${base}/appeals`,
  };
  return paths[screen];
}

/** Where a journey step or next step leads: a screen, or the letter builder open at a kind of letter. */
export function targetPath(caseId: string, target: StepTarget, who: { canWrite: boolean }): string {
  return "screen" in target ? screenPath(caseId, target.screen, who) : letterPath(`/cases/${caseId}`, target.letter);
}

/** Every record a finding can point to, by id, with a short label and the page that shows it. */
export function indexRecords(caseId: string, document: CaseDocument): Map<string, RecordLink> {
  const base = `/cases/${caseId}`;
  const index = new Map<string, RecordLink>();
  for (const cycle of document.cycles) {
    const cyclePath = `${base}/support/${cycle.id}`;
    const cycleName = cycle.title ?? `Plan from ${formatDate(cycle.startDate)}`;
    index.set(cycle.id, { label: cycleName, path: cyclePath });
    for (const target of cycle.targets)
      index.set(target.id, { label: `Target: ${target.text}`, path: `${cyclePath}/targets` });
    for (const line of cycle.provision)
      index.set(line.id, { label: `Support: ${line.what}`, path: `${cyclePath}/provision` });
    for (const session of cycle.sessions)
      index.set(session.id, {
        label: `Session on ${formatDate(session.date)}`,
        path: `${cyclePath}/delivery`,
      });
    // The cycle's page shows the review to everyone who can read the case; the review form
    // itself opens only for those who may change it.
    if (cycle.review)
      index.set(cycle.review.id, { label: `Review of ${cycleName}`, path: `${cyclePath}#review-heading` });
  }
  for (const m of document.measurements)
    index.set(m.id, { label: m.label, path: `${base}/progress` });
  for (const d of document.diary)
    index.set(d.id, {
      label: `Diary, ${formatDate(d.date)}`,
      path: `${base}/diary`,
    });
  for (const a of document.adjustments)
    index.set(a.id, { label: `Adjustment: ${a.description}`, path: `${base}/adjustments` });
  for (const n of document.needs)
    index.set(n.id, { label: "Needs", path: `${base}/needs/${n.area}` });
  for (const report of document.reports) {
    const reportPath = `${base}/reports/${report.id}`;
    index.set(report.id, { label: `Report: ${report.title}`, path: reportPath });
    for (const r of report.recommendations) index.set(r.id, { label: `Recommendation: ${r.text}`, path: `${reportPath}#recommendation-${r.id}` });
  }
  for (const meeting of document.meetings) {
    const meetingPath = `${base}/meetings/${meeting.id}`;
    index.set(meeting.id, { label: meeting.title ?? `Meeting on ${formatDate(meeting.date)}`, path: meetingPath });
    for (const action of meeting.actions) index.set(action.id, { label: `Action: ${action.description}`, path: meetingPath });
  }
  for (const c of document.correspondence)
    index.set(c.id, { label: c.subject ?? `${c.direction === "sent" ? "Sent" : "Received"} ${formatDate(c.date)}`, path: `${base}/correspondence` });
  for (const d of document.documents) index.set(d.id, { label: `Document: ${d.title}`, path: `${base}/documents/${d.id}` });
  for (const plan of document.ehcPlans) {
    const planPath = `${base}/plans/${plan.id}`;
    index.set(plan.id, { label: `EHC plan (${plan.stage})`, path: planPath });
    for (const line of [...plan.needs, ...plan.outcomes, ...plan.provision]) index.set(line.id, { label: `EHC plan: ${line.text}`, path: planPath });
  }
  for (const record of document.schoolDay)
    index.set(record.id, { label: `${SCHOOL_DAY_KIND_NAMES[record.kind]}, ${formatDate(record.date)}`, path: `${base}/school-day/${record.id}` });
  for (const appeal of document.appeals)
    index.set(appeal.id, { label: `Appeal: ${APPEAL_TYPE_NAMES[appeal.appealType]}`, path: `${base}/appeals/${appeal.id}` });
  // A finding whose school days are estimated lists this, so the term dates are one link away.
  index.set(SCHOOL_TERMS_RECORD, { label: "The school's term dates (not recorded yet)", path: `${base}/school-day/terms` });
  index.set("child", { label: `${document.child.name}'s views`, path: `${base}/profile` });
  return index;
}

/** The letter builder, open at one kind of letter, with any answers the link already knows. */
function letterPath(base: string, kind: string, preset: Record<string, string[]> = {}): string {
  const query = new URLSearchParams({ kind });
  for (const [name, values] of Object.entries(preset))
    for (const value of values) query.append(name, value);
  return `${base}/letters?${query.toString()}`;
}

/** The EHC plans among a finding's records (the index files each plan at its own page). */
function planIds(records: readonly string[], index: Map<string, RecordLink>): string[] {
  return records.filter((id) => index.get(id)?.path.endsWith(`/plans/${id}`));
}

/**
 * The page that starts a finding's next step: where a letter fits, the letter builder for it
 * (with the lines of support the finding is about already ticked); otherwise the page for it.
 */
export function nextStepPath(
  caseId: string,
  action: NextStepAction,
  records: string[],
  index: Map<string, RecordLink>,
): string {
  const base = `/cases/${caseId}`;
  switch (action) {
    case "request_provision_map":
      return letterPath(base, "provision_map_request");
    case "request_session_records": {
      // The provision lines behind the finding: the records the index files under a plan's provision.
      const provisionIds = records.filter((id) =>
        /\/support\/[^/]+\/provision$/.test(index.get(id)?.path ?? ""),
      );
      return letterPath(base, "session_records_request", { provisionIds });
    }
    // Targets, the plan and professionals' advice are agreed at a review: the meeting letter
    // lists these as topics, ticked from the health check.
    case "request_review_meeting":
    case "ask_for_smart_targets":
    case "ask_for_plan_change":
    case "ask_for_recommendation_in_plan":
      return letterPath(base, "review_meeting_request");
    // Vague support in the school's plan: the SENCO says exactly what it gives, in writing.
    case "ask_for_specific_provision":
      return letterPath(base, "support_confirmation_request");
    // Vague support in a draft or amended EHC plan: the family's comments to the council, on that plan.
    case "respond_to_draft_plan":
      return letterPath(base, "draft_plan_response", { plan: planIds(records, index) });
    case "request_early_review":
      return letterPath(base, "early_review_request");
    case "request_referral":
      return letterPath(base, "referral_request");
    case "follow_up_actions":
      return `${base}/meetings`;
    case "draft_ehcna_request":
      return letterPath(base, "ehcna_request");
    case "view_deadlines":
      return `${base}/journey`;
    // The school day (issue 22): each step is one letter, one letter kind each (decision 136).
    case "raise_informal_exclusion":
      return letterPath(base, "informal_exclusion_concern");
    case "request_exclusion_notice":
      return letterPath(base, "exclusion_notice_request");
    case "request_sixth_day_education":
      return letterPath(base, "sixth_day_education_request");
    case "make_representations_to_governors":
      return letterPath(base, "governors_representations");
    case "request_timetable_review":
      return letterPath(base, "part_time_timetable_review");
    case "request_section_19":
      return letterPath(base, "section_19_request");
    case "request_restraint_record":
      return letterPath(base, "restraint_record_request");
    case "request_attendance_support":
      return letterPath(base, "attendance_support_request");
    case "view_school_day":
      return `${base}/school-day`;
    // The tribunal (issue 23): the appeal is the finding's first record.
    case "write_to_director":
      return letterPath(base, "order_compliance_chaser", { appeal: records.slice(0, 1) });
    case "send_appeal_evidence":
    case "check_expert_report":
      return records[0] ? `${base}/appeals/${records[0]}/bundle` : `${base}/appeals`;
  }
}

/** Where a next step leads: its screen or letter, or for a finding, that finding's next step. */
export function nextStepTargetPath(caseId: string, target: NextStep["target"], index: Map<string, RecordLink>, who: { canWrite: boolean }): string {
  return "finding" in target ? nextStepPath(caseId, target.finding, target.records, index) : targetPath(caseId, target, who);
}
