// Asking the local authority for an education, health and care (EHC) needs assessment: the legal
// test, the child's needs by area, the SEN support given and what it achieved (plans, sessions
// held, reviews, latest measurements), the family's views and the evidence enclosed. A young
// person aged 16 to 25 can make the request in their own name; the letter is then in their voice.

import { AREA_INFO, findSign, IMPACT_LABELS } from "../../areas-of-need";
import { compareDates, type CalendarDate } from "../../calendar/calendar-date";
import type { CaseDocument, Measurement } from "../../case/case-document";
import { tallySessions } from "../../delivery/provision-audit";
import { periodOf } from "../../law/statements";
import { formatDate, formatMonth, formatRate } from "../../presentation";
import { listCyclesInOrder, listTrailingLimitedCycles } from "../../health/case-helpers";
import { ageInMonths, describeMonths, expectedValueFor } from "../../progress/measure-kinds";
import { OVERALL_PROGRESS_LABELS } from "../../support/review-options";
import { bulletList, cite, describeChild, joinParagraphs, listCurrentSupport, readList, readText } from "../case-facts";
import type { LetterOptionField, LetterTemplate, OptionChoice } from "../letter-template";

const TEXT_LIMIT = 3000;
const EVIDENCE_LIMIT = 2000;
/** Enough to show the picture without burying the letter. */
const MAX_MEASUREMENTS = 8;

export const EHCNA_REQUESTERS: readonly OptionChoice[] = [
  { value: "parent", label: "I am the parent, asking for my child" },
  { value: "young_person", label: "I am a young person aged 16 to 25, asking for myself" },
];

/** Whether the child is 16 or over on `today`, so the young person may ask in their own name. */
function isYoungPerson(document: CaseDocument, today: CalendarDate): boolean {
  const dateOfBirth = document.child.dateOfBirth;
  const months = dateOfBirth ? ageInMonths(dateOfBirth, today) : null;
  return months !== null && months >= 16 * 12;
}

/** "Finds it hard" → "finds it hard", for a list after a colon. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The needs recorded, one line per area: its signs, since when (the month the parent gave), and
 * how much it affects daily life. The signs from our list read on in the sentence; the parent's
 * own words are kept as they typed them.
 */
function describeNeeds(document: CaseDocument): string[] {
  return document.needs.map((need) => {
    const signs = [
      ...need.signs
        .map((code) => findSign(code)?.label)
        .filter((label) => label !== undefined)
        .map(lowerFirst),
      ...(need.otherSigns?.trim() ? [need.otherSigns.trim()] : []),
    ];
    const details = [
      signs.length > 0 ? signs.join("; ") : null,
      need.since ? `since ${formatMonth(need.since)}` : null,
      need.impact ? `effect on daily life: ${IMPACT_LABELS[need.impact].toLowerCase()}` : null,
    ].filter(Boolean);
    const area = AREA_INFO[need.area].label;
    return details.length > 0 ? `${area}: ${details.join("; ")}` : area;
  });
}

function formatMeasure(measurement: Measurement, value: number): string {
  if (measurement.kind === "reading_age" || measurement.kind === "spelling_age")
    return describeMonths(value);
  return measurement.unit ? `${value} ${measurement.unit}` : String(value);
}

/** The latest measurement of each series, with the value expected for the child's age where known. */
function describeLatestMeasurements(document: CaseDocument, today: CalendarDate): string[] {
  const latest = new Map<string, Measurement>();
  for (const measurement of document.measurements) {
    if (compareDates(measurement.date, today) > 0) continue;
    const seen = latest.get(measurement.label);
    if (!seen || compareDates(seen.date, measurement.date) < 0)
      latest.set(measurement.label, measurement);
  }
  return [...latest.values()]
    .sort((a, b) => compareDates(b.date, a.date))
    .slice(0, MAX_MEASUREMENTS)
    .map((measurement) => {
      const expected =
        measurement.expectedValue ??
        expectedValueFor({
          kind: measurement.kind,
          date: measurement.date,
          dateOfBirth: document.child.dateOfBirth,
        });
      const value = `${measurement.label}: ${formatMeasure(measurement, measurement.value)} on ${formatDate(measurement.date)}`;
      return expected === null
        ? value
        : `${value} (expected for age: ${formatMeasure(measurement, expected)})`;
    });
}

/** A document as the letter lists it among the enclosures: "Draft EHC plan (18 November 2026)". */
export function enclosureLabel(item: CaseDocument["documents"][number]): string {
  return item.date ? `${item.title} (${formatDate(item.date)})` : item.title;
}

/**
 * The case's documents that are drafts: the file of a draft EHC plan, or a document titled or
 * tagged "draft". Sent as evidence, a draft can be read as the final word; the pages say so
 * before it is enclosed.
 */
export function listDraftDocuments(document: CaseDocument): CaseDocument["documents"] {
  const draftPlanFiles = new Set(document.ehcPlans.filter((plan) => plan.stage === "draft").map((plan) => plan.documentId));
  return document.documents.filter(
    (item) => draftPlanFiles.has(item.id) || /\bdraft\b/i.test(item.title) || item.tags.some((tag) => /^draft$/i.test(tag.trim())),
  );
}

/**
 * What the pages say before a draft is enclosed, e.g. for ["Draft EHC plan"]: "Take care: "Draft
 * EHC plan" is a draft. A draft can change, …".
 */
export function warnOfDrafts(titles: readonly string[]): string {
  const named = titles.map((title) => `"${title}"`);
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)} are drafts` : `${named[0]} is a draft`;
  return `Take care: ${list}. A draft can change, and the council may read it as the final version. Enclose a draft only if you mean to, and say in the letter that it is a draft.`;
}

export const ehcnaRequest: LetterTemplate = {
  kind: "ehcna_request",
  label: "Ask the council for an EHC needs assessment",
  whenToUse:
    "When SEN support is not enough and you want the council to assess. You do not need a diagnosis, the school's agreement or a set number of support cycles.",
  audience: "local_authority",
  reply: {
    kind: "rule",
    ruleId: "R-EHCNA-DECIDE",
    periodName: "main",
    description: periodOf("R-EHCNA-DECIDE"),
  },
  options(document, today) {
    const fields: LetterOptionField[] = [
      {
        kind: "choice",
        name: "requester",
        label: "Who is making the request?",
        hint: "A young person aged 16 to 25 can ask in their own name. The letter is then written by them.",
        choices: [...EHCNA_REQUESTERS],
        defaultValue: isYoungPerson(document, today) ? "young_person" : "parent",
      },
    ];
    const drafts = new Set(listDraftDocuments(document).map((item) => item.id));
    const draftTitles = document.documents.filter((item) => drafts.has(item.id)).map((item) => item.title);
    if (document.documents.length > 0)
      fields.push({
        kind: "checkboxes",
        name: "documentIds",
        label: "Evidence you will send with the letter (optional)",
        hint: `Tick the documents you will enclose. The letter lists them.${
          draftTitles.length > 0 ? ` ${warnOfDrafts(draftTitles)}` : ""
        }`,
        choices: [...document.documents]
          .sort((a, b) => compareDates(a.date ?? "0000-01-01", b.date ?? "0000-01-01"))
          .map((item) => ({
            value: item.id,
            label: drafts.has(item.id) ? `${enclosureLabel(item)}: a draft` : enclosureLabel(item),
          })),
        defaultValue: [],
        required: false,
      });
    fields.push(
      {
        kind: "text",
        name: "otherEvidence",
        label: "Other evidence you will send (optional)",
        hint: "One item a line, for example: school reports for the last two years.",
        required: false,
        maxLength: EVIDENCE_LIMIT,
        rows: 3,
      },
      {
        kind: "text",
        name: "views",
        label: "Your views (optional)",
        hint: "In your own words: what you see day to day, what worries you, and why the support in place is not enough.",
        required: false,
        maxLength: TEXT_LIMIT,
        rows: 5,
      },
    );
    return fields;
  },
  build(document, options, today) {
    const child = describeChild(document);
    const first = child.firstName;
    const self = readText(options, "requester") === "young_person";
    // The same sentence about the child, in the parent's words or the young person's own.
    const they = (parent: string, own: string) => (self ? own : parent);
    const { dateOfBirth, school, yearGroup } = document.child;

    const where =
      yearGroup && school
        ? ` I am in ${yearGroup} at ${school}.`
        : school
          ? ` I attend ${school}.`
          : yearGroup
            ? ` I am in ${yearGroup}.`
            : "";
    const introduction = self
      ? `My name is ${child.name}${dateOfBirth ? ` and my date of birth is ${formatDate(dateOfBirth)}` : ""}.${where}`
      : child.introduction;

    const needs = describeNeeds(document);
    const diagnoses = document.diagnoses.map((diagnosis) =>
      diagnosis.date ? `${diagnosis.name} (${formatDate(diagnosis.date)})` : diagnosis.name,
    );

    const cycles = listCyclesInOrder(document).filter(
      (cycle) => cycle.kind === "sen_support" && compareDates(cycle.startDate, today) <= 0,
    );
    const current = listCurrentSupport(document, today);
    const sessions = cycles.flatMap((cycle) =>
      cycle.sessions.filter((session) => compareDates(session.date, today) <= 0),
    );
    const tally = tallySessions(sessions, null);
    const reviews = cycles.flatMap((cycle) =>
      cycle.review?.overallProgress
        ? [
            `${formatDate(cycle.review.date)}: progress ${OVERALL_PROGRESS_LABELS[cycle.review.overallProgress].toLowerCase()}`,
          ]
        : [],
    );
    const limited = listTrailingLimitedCycles(document);
    const measurements = describeLatestMeasurements(document, today);

    const chosen = new Set(readList(options, "documentIds"));
    const enclosures = [
      ...document.documents
        .filter((item) => chosen.has(item.id))
        .sort((a, b) => compareDates(a.date ?? "0000-01-01", b.date ?? "0000-01-01"))
        .map(enclosureLabel),
      ...(readText(options, "otherEvidence") ?? "")
        .split("\n")
        .map((line) => line.replace(/^[\s•*-]+/, "").trim())
        .filter(Boolean),
    ];
    const views = readText(options, "views");
    const childViews = document.child.views?.trim() || null;

    const support =
      cycles.length === 0
        ? they(
            `${first} does not yet have a written plan of SEN support at school.`,
            "I do not yet have a written plan of SEN support.",
          )
        : `${they(`${first} has had`, "I have had")} SEN support since ${formatDate(cycles[0]!.startDate)}, ${cycles.length === 1 ? "under one plan" : `under ${cycles.length} plans`}.${
            current.lines.length > 0
              ? ` The current plan, which started on ${formatDate(current.cycle!.startDate)}, includes:\n${bulletList(current.lines)}`
              : ""
          }`;

    return {
      subject: self
        ? `Request for an EHC needs assessment: ${child.name}`
        : `Request for an EHC needs assessment for ${child.name}`,
      body: joinParagraphs([
        introduction,
        self
          ? `I am writing to ask the council to carry out an education, health and care (EHC) needs assessment of my needs. As a young person, I can make this request myself (${cite("R-EHCNA-WHO", today)}).`
          : `I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for ${first}. As ${first}'s parent, I can make this request (${cite("R-EHCNA-WHO", today)}).`,
        `The law says the council must carry out an assessment where a child or young person has or may have special educational needs, and it may be necessary for special educational provision to be made for them through an EHC plan (${cite("R-EHCNA-TEST", today)}). This is the only legal test. A council that asks for more than this, such as a higher threshold of need, a set level of attainment or a diagnosis, is applying the wrong test, which is unlawful. I believe ${they(`${first} meets`, "I meet")} this test, for the reasons below.`,
        needs.length > 0 ? `${they(`${first}'s`, "My")} needs:\n${bulletList(needs)}` : null,
        diagnoses.length > 0
          ? `${they(`${first} has`, "I have")} been diagnosed with:\n${bulletList(diagnoses)}`
          : null,
        support,
        tally.deliveryRate !== null
          ? `Of the ${tally.held + tally.cancelled} sessions of support recorded as held or cancelled, ${tally.held} took place (${formatRate(tally.deliveryRate)}).`
          : null,
        reviews.length > 0 ? `The reviews of this support found:\n${bulletList(reviews)}` : null,
        measurements.length > 0
          ? `The latest measurements of ${they(`${first}'s`, "my")} progress:\n${bulletList(measurements)}`
          : null,
        limited.length > 0
          ? `${limited.length === 1 ? "The last review" : `The last ${limited.length} reviews`} found that ${they(`${first}'s`, "my")} progress was limited, despite the support in place.`
          : null,
        `I believe ${they(`${first}'s needs`, "my needs")} cannot be met well enough through SEN support alone, and that special educational provision may need to be made through an EHC plan. An assessment would find out what support ${they(`${first} needs`, "I need")}.`,
        `I understand that a diagnosis is not needed, that the school does not have to agree to or make this request, and that there is no minimum number of cycles of SEN support before a request can be made (${cite("R-EHCNA-NOT-NEEDED", today)}).`,
        views ? `${they("My views as a parent", "My views")}:\n${views}` : null,
        !self && childViews ? `${first}'s views:\n${childViews}` : null,
        self && childViews && childViews !== views ? `What matters to me:\n${childViews}` : null,
        enclosures.length > 0
          ? `I enclose copies of the following evidence:\n${bulletList(enclosures)}`
          : null,
        `The council must tell me whether it will carry out an assessment as soon as it can, and within ${periodOf("R-EHCNA-DECIDE")} of receiving this request at the latest (${cite("R-EHCNA-DECIDE", today)}). Please confirm the date you received this letter, and tell me who my contact at the council will be.`,
        `If the council decides not to carry out an assessment, it must give its reasons in writing and tell me about my right to appeal (${cite("R-EHCNA-REFUSAL-NOTICE", today)}). I understand that I can appeal a refusal to the First-tier Tribunal (Special Educational Needs and Disability) (${cite("R-APP-WHAT", today)}).`,
        "Thank you for considering this request. I look forward to hearing from you.",
      ]),
      replyWithinDays: null,
      citations: ["R-EHCNA-WHO", "R-EHCNA-TEST", "R-EHCNA-NOT-NEEDED", "R-EHCNA-DECIDE", "R-EHCNA-REFUSAL-NOTICE", "R-APP-WHAT"],
    };
  },
};
