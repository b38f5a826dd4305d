// "Is progress inadequate?": the evidence in the case on each of the dimensions the guide lists
// (less progress than peers, a widening gap, adaptations the school cannot sustain, social or
// emotional difficulty despite support, and the child's own distress). The local authority
// looks at progress like this when deciding whether to assess (R-EHCNA-TEST, R-EHCNA-NOT-NEEDED).

import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import type { CaseDocument, Measurement } from "../case/case-document";
import type { RuleId } from "../law/catalogue";
import { findCurrentCycle, listCyclesInOrder } from "./case-helpers";
import { isLimitedProgress } from "./case-helpers";
import {
  AGE_GAP_MONTHS,
  CHILD_RATING_LOW_SHARE,
  ruleOfThumb,
  SIGNS_FOR_LIKELY,
  STANDARD_SCORE_BELOW_AVERAGE,
  STANDARD_SCORE_DROP,
  UNSUSTAINABLE_ONE_TO_ONE_HOURS,
} from "./thresholds";
import { formatDate, plural, pluralWord } from "../presentation";

export const PROGRESS_DIMENSIONS = [
  "less_progress_than_peers",
  "gap_widening",
  "adaptations_unsustainable",
  "social_emotional_difficulty",
  "child_distress",
] as const;

export type ProgressDimension = (typeof PROGRESS_DIMENSIONS)[number];

/**
 * `raises`: measures, reviews, targets and other records can show on their own that progress is
 * not enough. A word in the home diary only supports them: it never raises a sign by itself.
 */
export type ProgressEvidence = { text: string; records: string[]; raises: boolean };

export type ProgressDimensionSummary = {
  dimension: ProgressDimension;
  label: string;
  evidence: ProgressEvidence[];
  /** Whether the evidence shows the sign: at least one piece that is more than a diary word. */
  isShown: boolean;
  /** "No evidence recorded yet." when nothing was found. */
  summary: string;
};

export type ProgressSummary = {
  answer: "likely" | "possible" | "not_shown";
  explanation: string;
  dimensions: ProgressDimensionSummary[];
  rules: RuleId[];
};

const LABELS: Record<ProgressDimension, string> = {
  less_progress_than_peers: "Less progress than other children of the same age",
  gap_widening: "The gap with other children is getting wider",
  adaptations_unsustainable: "Needs help the school cannot keep up from its own budget",
  social_emotional_difficulty: "Social, emotional or behaviour difficulties despite support",
  child_distress: "Your child says school is upsetting or too much",
};

const DISTRESS_WORDS =
  /\b(cry|cries|cried|crying|tears|scared|frightened|hate[sd]? school|won'?t go|refus\w*|can'?t cope|overwhelm\w*|meltdowns?|shut ?downs?|self[- ]harm\w*|hurt (him|her|them)sel\w*|anxious|anxiety|panic\w*|sick (every|before)|stomach ?aches?|sad|unhappy|lonely|bullied|no friends|exhausted|burn ?out)\b/i;

const SUSTAINABILITY_WORDS =
  /\b(not sustainable|unsustainable|cannot sustain|can'?t sustain|can'?t keep (this|it) up|beyond (our|the school'?s) (resources|budget|capacity)|no (more )?funding|top[- ]up funding|high needs funding|over the (notional|£6,?000)|cannot afford|can'?t afford)\b/i;

const SEMH_WORDS = /\b(anxi\w*|dysregulat\w*|meltdowns?|withdrawn|isolated|exclu\w*|incidents?|aggress\w*|low mood|refus\w*|shut ?downs?|fights?|angry|anger)\b/i;

/**
 * Gathers the evidence on each dimension.
 *
 * Example: a case whose reading standard score fell from 88 to 79 gets evidence on
 * "less_progress_than_peers" (79 is below 85) and on "gap_widening" (a fall of 9 points).
 */
export function summariseProgress(caseDocument: CaseDocument, today: CalendarDate): ProgressSummary {
  const evidence: Record<ProgressDimension, ProgressEvidence[]> = {
    less_progress_than_peers: [],
    gap_widening: [],
    adaptations_unsustainable: [],
    social_emotional_difficulty: [],
    child_distress: [],
  };

  for (const series of groupSeries(caseDocument.measurements, today)) readSeries(series, evidence);
  readTargets(caseDocument, today, evidence);
  readSustainability(caseDocument, today, evidence);
  readWellbeing(caseDocument, evidence);
  readChildViews(caseDocument, evidence);

  const dimensions = PROGRESS_DIMENSIONS.map((dimension): ProgressDimensionSummary => {
    const found = evidence[dimension];
    const isShown = found.some((item) => item.raises);
    return {
      dimension,
      label: LABELS[dimension],
      evidence: found,
      isShown,
      summary:
        found.length === 0
          ? "No evidence recorded yet."
          : isShown
            ? `${plural(found.length, "piece")} of evidence found.`
            : "Only diary notes so far: they back up other evidence but do not show this on their own. Scores, reviews or your child's views recorded at school would.",
    };
  });
  const withEvidence = dimensions.filter((entry) => entry.isShown).length;
  const answer = withEvidence >= SIGNS_FOR_LIKELY ? "likely" : withEvidence >= 1 ? "possible" : "not_shown";
  const explanation =
    answer === "likely"
      ? `The records show evidence on ${withEvidence} of the 5 signs that progress is not good enough. This is the kind of evidence a council looks at when deciding whether to carry out an EHC needs assessment. ${ruleOfThumb(`evidence on ${SIGNS_FOR_LIKELY} or more signs makes inadequate progress likely`)}.`
      : answer === "possible"
        ? `The records show evidence on ${withEvidence} of the 5 signs that progress is not good enough. Recording the others, if they apply, gives a fuller picture.`
        : "Nothing in the records yet shows that progress is not good enough. If you are worried, recording scores, reviews and your child's views will help; diary notes back these up.";
  return { answer, explanation, dimensions, rules: ["R-EHCNA-TEST", "R-EHCNA-NOT-NEEDED"] };
}

function groupSeries(measurements: readonly Measurement[], today: CalendarDate): Measurement[][] {
  const byLabel = new Map<string, Measurement[]>();
  for (const measurement of measurements) {
    if (compareDates(measurement.date, today) > 0) continue;
    const key = `${measurement.kind}:${measurement.label}`;
    byLabel.set(key, [...(byLabel.get(key) ?? []), measurement]);
  }
  return [...byLabel.values()].map((series) => series.sort((a, b) => compareDates(a.date, b.date)));
}

/** How far below the expected level a measurement is (positive = behind), or null when unknown. */
function gapBehind(measurement: Measurement): number | null {
  if (measurement.kind === "standardised_score") return 100 - measurement.value;
  if (measurement.expectedValue === null) return null;
  const gap = measurement.expectedValue - measurement.value;
  return measurement.higherIsBetter ? gap : -gap;
}

function readSeries(series: Measurement[], evidence: Record<ProgressDimension, ProgressEvidence[]>): void {
  const first = series[0];
  const latest = series.at(-1);
  if (!first || !latest) return;
  const ids = series.map((measurement) => measurement.id);

  if (latest.kind === "standardised_score" && latest.value < STANDARD_SCORE_BELOW_AVERAGE) {
    evidence.less_progress_than_peers.push({
      text: `${latest.label}: ${latest.value} on ${formatDate(latest.date)}, below the average range (85 to 115).`,
      records: [latest.id],
      raises: true,
    });
  }
  const latestGap = gapBehind(latest);
  const isAgeMeasure = latest.kind === "reading_age" || latest.kind === "spelling_age";
  if (isAgeMeasure && latestGap !== null && latestGap >= AGE_GAP_MONTHS) {
    evidence.less_progress_than_peers.push({
      text: `${latest.label}: ${plural(latestGap, "month")} behind the expected level on ${formatDate(latest.date)}.`,
      records: [latest.id],
      raises: true,
    });
  }
  if (!isAgeMeasure && latest.kind !== "standardised_score" && latestGap !== null && latestGap > 0 && isAttainment(latest)) {
    evidence.less_progress_than_peers.push({
      text: `${latest.label}: ${latest.value} against an expected ${latest.expectedValue} on ${formatDate(latest.date)}.`,
      records: [latest.id],
      raises: true,
    });
  }
  if (series.length >= 2 && first !== latest) {
    const firstGap = gapBehind(first);
    if (latest.kind === "standardised_score" && first.value - latest.value >= STANDARD_SCORE_DROP) {
      evidence.gap_widening.push({
        text: `${latest.label} fell from ${first.value} to ${latest.value} between ${formatDate(first.date)} and ${formatDate(latest.date)}; a falling standard score means falling further behind others of the same age.`,
        records: ids,
        raises: true,
      });
    } else if (latest.kind !== "standardised_score" && firstGap !== null && latestGap !== null && latestGap > firstGap && latestGap > 0 && isAttainment(latest)) {
      evidence.gap_widening.push({
        text: `${latest.label}: the gap to the expected level grew from ${firstGap} to ${latestGap} between ${formatDate(first.date)} and ${formatDate(latest.date)}.`,
        records: ids,
        raises: true,
      });
    }
  }
  if (latest.kind === "incidents" && series.length >= 2 && latest.value > first.value) {
    evidence.social_emotional_difficulty.push({
      text: `${latest.label} rose from ${first.value} to ${latest.value} between ${formatDate(first.date)} and ${formatDate(latest.date)}.`,
      records: ids,
      raises: true,
    });
  }
  if (latest.kind === "wellbeing" && isLowOnScale(latest)) {
    evidence.social_emotional_difficulty.push({ text: `${latest.label}: ${latest.value} on ${formatDate(latest.date)}, near the bottom of the scale.`, records: [latest.id], raises: true });
  }
  if (latest.kind === "child_rating" && isLowOnScale(latest)) {
    evidence.child_distress.push({ text: `Your child rated ${latest.label.toLowerCase()} ${latest.value} on ${formatDate(latest.date)}, near the bottom of the scale.`, records: [latest.id], raises: true });
  }
}

/** The latest review of planned support: most of its targets not met is less progress than expected. */
function readTargets(caseDocument: CaseDocument, today: CalendarDate, evidence: Record<ProgressDimension, ProgressEvidence[]>): void {
  const latest = listCyclesInOrder(caseDocument)
    .filter((cycle) => cycle.kind === "sen_support" && cycle.review && compareDates(cycle.review.date, today) <= 0)
    .at(-1);
  if (!latest?.review || !isLimitedProgress(latest)) return;
  const ratings = latest.review.targetProgress;
  const notMet = ratings.filter((entry) => entry.rating !== "achieved").length;
  evidence.less_progress_than_peers.push({
    text:
      ratings.length > 0
        ? `At the review on ${formatDate(latest.review.date)}, ${notMet} of ${plural(ratings.length, "target")} ${pluralWord(notMet, "was", "were")} not fully met.`
        : `The review on ${formatDate(latest.review.date)} found limited or no progress.`,
    records: [latest.review.id],
    raises: true,
  });
}

function isAttainment(measurement: Measurement): boolean {
  return !["incidents", "wellbeing", "child_rating", "attendance"].includes(measurement.kind);
}

function isLowOnScale(measurement: Measurement): boolean {
  const min = measurement.scaleMin ?? 1;
  const max = measurement.scaleMax ?? 5;
  if (max <= min) return false;
  const share = (measurement.value - min) / (max - min);
  return measurement.higherIsBetter ? share <= CHILD_RATING_LOW_SHARE : share >= 1 - CHILD_RATING_LOW_SHARE;
}

function readSustainability(
  caseDocument: CaseDocument,
  today: CalendarDate,
  evidence: Record<ProgressDimension, ProgressEvidence[]>,
): void {
  const cycle = findCurrentCycle(caseDocument, today);
  if (cycle) {
    const oneToOne = cycle.provision.filter((line) => /\b(1\s*:\s*1|one[- ]to[- ]one|individual)/i.test(`${line.groupSize ?? ""} ${line.text ?? ""} ${line.what}`));
    const minutes = oneToOne.reduce((sum, line) => sum + (line.sessionsPerWeek ?? 0) * (line.durationMinutes ?? 0), 0);
    if (minutes / 60 >= UNSUSTAINABLE_ONE_TO_ONE_HOURS) {
      evidence.adaptations_unsustainable.push({
        text: `The current plan has about ${Math.round(minutes / 60)} hours a week of one-to-one help, more than a school's own SEN budget usually pays for.`,
        records: oneToOne.map((line) => line.id),
        raises: true,
      });
    }
  }
  const texts: { text: string; id: string }[] = [
    ...caseDocument.cycles.flatMap((c) => (c.review ? [{ text: `${c.review.barriers ?? ""} ${c.review.whatWorked ?? ""}`, id: c.review.id }] : [])),
    ...caseDocument.meetings.map((meeting) => ({ text: `${meeting.notes ?? ""} ${meeting.agreed ?? ""}`, id: meeting.id })),
    ...caseDocument.correspondence.map((letter) => ({ text: `${letter.summary ?? ""} ${letter.subject ?? ""}`, id: letter.id })),
  ];
  for (const { text, id } of texts) {
    const match = SUSTAINABILITY_WORDS.exec(text);
    if (match) evidence.adaptations_unsustainable.push({ text: `A record mentions "${match[0]}".`, records: [id], raises: true });
  }
}

function readWellbeing(caseDocument: CaseDocument, evidence: Record<ProgressDimension, ProgressEvidence[]>): void {
  const hasSupport = caseDocument.cycles.length > 0;
  if (!hasSupport) return;
  for (const need of caseDocument.needs) {
    if (need.area === "semh" && (need.impact === "quite_a_lot" || need.impact === "a_great_deal")) {
      evidence.social_emotional_difficulty.push({
        text: "You recorded a social, emotional or mental health need that affects your child quite a lot or a great deal, while support is in place.",
        records: [need.id],
        raises: true,
      });
    }
  }
  for (const cycle of listCyclesInOrder(caseDocument)) {
    const barriers = cycle.review?.barriers ?? "";
    const match = SEMH_WORDS.exec(barriers);
    if (cycle.review && match) {
      evidence.social_emotional_difficulty.push({ text: `The review on ${formatDate(cycle.review.date)} mentions "${match[0]}".`, records: [cycle.review.id], raises: true });
    }
  }
}

function readChildViews(caseDocument: CaseDocument, evidence: Record<ProgressDimension, ProgressEvidence[]>): void {
  // The child's views at a review or in the profile can show distress; the home diary backs them up.
  const views: { text: string; id: string; date: string | null; raises: boolean }[] = [
    ...caseDocument.cycles.flatMap((cycle) => (cycle.review?.childViews ? [{ text: cycle.review.childViews, id: cycle.review.id, date: cycle.review.date, raises: true }] : [])),
    ...(caseDocument.child.views ? [{ text: caseDocument.child.views, id: "child", date: null, raises: true }] : []),
    ...caseDocument.diary.map((entry) => ({ text: entry.text, id: entry.id, date: entry.date, raises: false })),
  ];
  for (const view of views) {
    const match = DISTRESS_WORDS.exec(view.text);
    if (match) {
      evidence.child_distress.push({
        text: `${view.date ? `On ${formatDate(view.date)}, a` : "A"} record of your child's views or day mentions "${match[0]}".`,
        records: [view.id],
        raises: view.raises,
      });
    }
  }
}

