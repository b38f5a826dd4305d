// Where each timeline entry leads: the domain names the record, this turns it into the address of
// the page that shows it. Readers who may not change the case go to pages they may open.
import type { TimelineRecord } from "~/domain/chronology";

/** The page showing `record`, or null when no page shows that kind of record yet. */
export function timelineRecordPath(caseId: string, record: TimelineRecord, { canWrite }: { canWrite: boolean }): string | null {
  const base = `/cases/${caseId}`;
  switch (record.kind) {
    case "cycle":
      return `${base}/support/${record.id}`;
    case "review":
      return canWrite ? `${base}/support/${record.cycleId}/review` : `${base}/support/${record.cycleId}`;
    case "meeting":
      return `${base}/meetings/${record.id}`;
    case "correspondence":
      return `${base}/correspondence`;
    case "report":
      return `${base}/reports/${record.id}`;
    case "referral":
    case "professional":
      return `${base}/professionals`;
    case "need":
      return canWrite ? `${base}/needs/${record.area}` : `${base}/needs`;
    case "diagnosis":
      return `${base}/diagnoses`;
    case "adjustment":
      return `${base}/adjustments`;
    case "measurement":
      return `${base}/progress`;
    case "document":
      return `${base}/documents/${record.id}`;
    case "diary_entry":
      return `${base}/diary`;
    case "statutory_event":
      return null;
    case "school_day":
      return `${base}/school-day/${record.id}`;
    case "appeal":
      return `${base}/appeals/${record.id}`;
  }
}
