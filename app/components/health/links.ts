// Where each finding, record and journey step leads in the app: the domain names screens and
// record ids; this turns them into addresses.
import type { CaseDocument, JourneyScreen, NextStepAction } from "~/domain";

export type RecordLink = { label: string; path: string };

export function screenPath(caseId: string, screen: JourneyScreen): string {
  const base = `/cases/${caseId}`;
  const paths: Record<JourneyScreen, string> = {
    needs: `${base}/needs`,
    profile: `${base}/profile`,
    diary: `${base}/diary`,
    support: `${base}/support`,
    support_new: `${base}/support/new`,
    audit: `${base}/audit`,
    progress: `${base}/progress`,
    health: `${base}/health`,
    adjustments: `${base}/adjustments`,
  };
  return paths[screen];
}

/** Every record a finding can point to, by id, with a short label and the page that shows it. */
export function indexRecords(caseId: string, document: CaseDocument): Map<string, RecordLink> {
  const base = `/cases/${caseId}`;
  const index = new Map<string, RecordLink>();
  for (const cycle of document.cycles) {
    const cyclePath = `${base}/support/${cycle.id}`;
    const cycleName = cycle.title ?? `Plan from ${cycle.startDate.split("-").reverse().join("/")}`;
    index.set(cycle.id, { label: cycleName, path: cyclePath });
    for (const target of cycle.targets) index.set(target.id, { label: `Target: ${target.text}`, path: `${cyclePath}/targets` });
    for (const line of cycle.provision) index.set(line.id, { label: `Support: ${line.what}`, path: `${cyclePath}/provision` });
    for (const session of cycle.sessions) index.set(session.id, { label: `Session on ${session.date.split("-").reverse().join("/")}`, path: `${cyclePath}/delivery` });
    if (cycle.review) index.set(cycle.review.id, { label: `Review of ${cycleName}`, path: `${cyclePath}/review` });
  }
  for (const m of document.measurements) index.set(m.id, { label: m.label, path: `${base}/progress` });
  for (const d of document.diary) index.set(d.id, { label: `Diary, ${d.date.split("-").reverse().join("/")}`, path: `${base}/diary` });
  for (const a of document.adjustments) index.set(a.id, { label: `Adjustment: ${a.description}`, path: `${base}/adjustments` });
  for (const n of document.needs) index.set(n.id, { label: "Needs", path: `${base}/needs/${n.area}` });
  index.set("child", { label: `${document.child.name}'s views`, path: `${base}/profile` });
  return index;
}

/**
 * The page that starts a finding's next step. Letters come in a later version; until then a step
 * leads to the record the parent will need for it.
 */
export function nextStepPath(caseId: string, action: NextStepAction, records: string[], index: Map<string, RecordLink>): string {
  const base = `/cases/${caseId}`;
  // The plan the finding is about: the first record that lives under /support/:cycleId.
  const firstCycle = records
    .map((id) => /^(.*\/support\/[^/]+)/.exec(index.get(id)?.path ?? "")?.[1])
    .find((path): path is string => Boolean(path));
  const cyclePage = firstCycle ?? `${base}/support`;
  switch (action) {
    case "request_review_meeting":
      return firstCycle ? `${firstCycle}/review` : `${base}/support`;
    case "request_session_records":
    case "request_provision_map":
      return `${base}/audit`;
    case "ask_for_smart_targets":
      return firstCycle ? `${firstCycle}/targets` : cyclePage;
    case "ask_for_specific_provision":
      return firstCycle ? `${firstCycle}/provision` : cyclePage;
    case "ask_for_plan_change":
    case "ask_for_recommendation_in_plan":
      return cyclePage;
    case "request_referral":
    case "draft_ehcna_request":
    case "view_deadlines":
    case "follow_up_actions":
      return `${base}/journey`;
  }
}
