// Turns the health check's findings into what the page shows: each record as a link, each rule
// as a citation with its public source, and the next step as a link.
import { describeVerification, findRule, type CaseCheck, type CaseDocument, type Severity } from "~/domain";
import { indexRecords, nextStepPath, type RecordLink } from "./links";

/** A rule ready to cite; `status` says how far it was checked, or that it is only a proposal. */
export type RuleCitation = { id: string; title: string; summary: string; status: string; source: string; url: string };

export type FindingView = {
  code: string;
  severity: Severity;
  title: string;
  explanation: string;
  /** The first few records behind the finding; `recordCount` says how many there are in all. */
  records: RecordLink[];
  recordCount: number;
  rules: RuleCitation[];
  nextStep: { label: string; path: string };
};

/** The rule as it stood on `onDate`, ready to cite. Unknown ids are left out (a test keeps them out). */
export function citeRules(ids: readonly string[], onDate: string): RuleCitation[] {
  return ids.flatMap((id) => {
    const rule = findRule(id, onDate);
    const citation = rule?.citations[0];
    if (!rule || !citation) return [];
    return [
      {
        id,
        title: rule.title,
        summary: rule.summary,
        status: describeVerification(rule),
        source: `${citation.instrument}, ${citation.provision}`,
        url: citation.url,
      },
    ];
  });
}

/** How many records a finding lists by name; the rest are counted. Keeps big cases' pages small. */
const RECORDS_SHOWN = 5;

function linkRecords(ids: readonly string[], index: Map<string, RecordLink>): RecordLink[] {
  return [...new Set(ids)].flatMap((id) => {
    const link = index.get(id);
    return link ? [link] : [];
  });
}

export function presentFindings(caseId: string, document: CaseDocument, check: CaseCheck, today: string): FindingView[] {
  const index = indexRecords(caseId, document);
  return check.findings.map((finding) => ({
    code: finding.code,
    severity: finding.severity,
    title: finding.title,
    explanation: finding.explanation,
    records: linkRecords(finding.records, index).slice(0, RECORDS_SHOWN),
    recordCount: linkRecords(finding.records, index).length,
    rules: citeRules(finding.rules, today),
    nextStep: { label: finding.nextStep.label, path: nextStepPath(caseId, finding.nextStep.action, finding.records, index) },
  }));
}

export function presentProgress(caseId: string, document: CaseDocument, check: CaseCheck, today: string) {
  const index = indexRecords(caseId, document);
  return {
    answer: check.progress.answer,
    explanation: check.progress.explanation,
    rules: citeRules(check.progress.rules, today),
    dimensions: check.progress.dimensions.map((d) => ({
      dimension: d.dimension,
      label: d.label,
      summary: d.summary,
      isShown: d.isShown,
      evidence: d.evidence.map((e) => ({
        text: e.text,
        records: linkRecords(e.records, index).slice(0, RECORDS_SHOWN),
      })),
    })),
  };
}
