// Reads an EHC plan's text (pasted, or found in its PDF or Word file) into its sections and lines:
// section headings ("Section F: Special educational provision", "F.", "SECTION B – …") start a
// section; area headings ("Cognition and learning") set the area of the lines under them; bullets
// and numbers start a line; a line broken by the PDF's layout is joined back; page numbers go.

import type { AreaOfNeed } from "../areas-of-need";

export const PLAN_SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const SECTION_TITLES: Record<PlanSection, string> = {
  A: "Views, interests and aspirations",
  B: "Special educational needs",
  C: "Health needs",
  D: "Social care needs",
  E: "Outcomes",
  F: "Special educational provision",
  G: "Health provision",
  H: "Social care provision",
  I: "School or other placement",
  J: "Personal budget",
  K: "Advice and information",
};

/** Words a section's heading carries, so "B. Special educational needs" is a heading and "A teaching assistant" is not. */
const SECTION_WORDS: Record<PlanSection, RegExp> = {
  A: /view|interest|aspiration|child|young person|about me|family/i,
  B: /special educational need|\bsen\b|needs/i,
  C: /health/i,
  D: /social care/i,
  E: /outcome/i,
  F: /provision/i,
  G: /health/i,
  H: /social care|provision/i,
  I: /placement|school|institution|setting|name/i,
  J: /budget/i,
  K: /advice|information|appendix|appendices/i,
};

const AREA_HEADINGS: ReadonlyArray<[RegExp, AreaOfNeed]> = [
  [/^(speech,? language and )?communication( and interaction)?$|^communication,? (language )?and interaction$/i, "communication_interaction"],
  [/^cognition (and|&) learning$|^learning$/i, "cognition_learning"],
  [/^social,? emotional (and|&) mental health$|^semh$/i, "semh"],
  [/^(sensory (and\/or|and|&|or) physical|physical (and\/or|and|&|or) sensory)$/i, "sensory_physical"],
];

export type PlanLine = { section: PlanSection; text: string; area: AreaOfNeed | null };

export type SplitPlan = { lines: PlanLine[]; sectionsFound: PlanSection[] };

const PAGE_NUMBER = /^(page\s+)?\d+(\s+(of|\/)\s+\d+)?$/i;
const BULLET = /^(?:[•●▪◦‣\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/i;
const MAX_LINE = 2000;

/**
 * The statutory title of each section (reg 12(1), R-EHCP-SECTIONS), as councils print it on the
 * line under a bare "Section F" heading: "The special educational provision required by the
 * child or the young person". A line like this is the heading's title, not a line of the plan.
 */
const STATUTORY_TITLES: Record<PlanSection, RegExp> = {
  A: /\bviews,? interests,? (and|&) aspirations\b/i,
  B: /\bspecial educational needs?\b/i,
  C: /\bhealth (care )?needs\b/i,
  D: /\bsocial care needs\b/i,
  E: /\boutcomes\b/i,
  F: /\bspecial educational provision\b/i,
  G: /\bhealth (care )?provision\b/i,
  H: /\bsocial care provision\b/i,
  I: /\b(name|type) (and type )?of (the )?(school|institution|placement|setting)|\bplacement\b/i,
  J: /\bpersonal budget\b/i,
  K: /\badvice and information\b/i,
};

/** A heading's title may run long ("Section H1: Social care provision which must be made…"). */
const MAX_TITLE = 250;

/**
 * "Section F: Special educational provision", "SECTION B – …", "Part F", "F. Special educational
 * provision", "(A) Views, interests and aspirations", "H1", "Section H2" → the section's letter
 * (H1 and H2 are both H); a line that is not a heading → null.
 */
export function readSectionHeading(line: string): PlanSection | null {
  // Alone on a line: "Section F", "Part B", "H1", "H2".
  const bare = /^(?:section|part)\s+([A-K])[1-2]?$|^(H)[1-2]$/i.exec(line.trim());
  if (bare) return (bare[1] ?? bare[2])!.toUpperCase() as PlanSection;
  const explicit = /^(?:section|part)\s+([A-K])(?:[1-2])?(?:\s*([:.\-–—)])\s*|\s+)(.*)$/i.exec(line);
  const lettered = /^\(?([A-K])(?:[1-2])?\s*([:.\-–—)])\s*(.+)$/.exec(line) ?? /^\(([A-K])(?:[1-2])?\)\s*()(.+)$/.exec(line);
  const match = explicit ?? lettered;
  if (!match) return null;
  const section = match[1]!.toUpperCase() as PlanSection;
  const hasSeparator = Boolean(match[2]);
  const rest = match[3]!.trim();
  if (rest.length > MAX_TITLE) return null;
  const namesTheSection = SECTION_WORDS[section].test(rest) || STATUTORY_TITLES[section].test(rest);
  // "Section F: anything" is a heading; "Section F says he should…" and "F: a weekly session" are not.
  if (explicit) return rest === "" || (hasSeparator && rest.length <= 90) || namesTheSection ? section : null;
  return rest.length <= 90 && namesTheSection ? section : null;
}

/** The statutory title printed under a bare heading (see STATUTORY_TITLES). */
function isSectionTitle(line: string, section: PlanSection): boolean {
  return line.length <= MAX_TITLE && STATUTORY_TITLES[section].test(line) && !/^\s*[•●▪◦‣\-–*]/.test(line);
}

/** Printed guidance and editorial notes in a plan's form: "These must include all the needs…", "[EHCP: Amended Final…]". */
const FORM_TEXT = /^(\[[^\]]*\]|(these|this section|the following|please)\b.*\b(must|should|will|include|complete|set out|list)\b.*)$/i;

/** Form labels and prompts that are not provision: "Item 1:", "What help do I need…?". */
const ITEM_LABEL = /^(item|provision|need|outcome|strand|area)\s*\d{1,2}[a-z]?\s*[:.)\-–]?\s*/i;

/** "Cognition and learning" (alone on a line, maybe with a colon) → "cognition_learning". */
export function readAreaHeading(line: string): AreaOfNeed | null {
  const text = line.replace(/[:.]$/, "").replace(/\s+needs?$/i, "").trim();
  if (text.length > 60) return null;
  for (const [pattern, area] of AREA_HEADINGS) if (pattern.test(text)) return area;
  return null;
}

/** Splits a plan's text. Lines before the first section heading are left out. */
export function splitPlan(text: string): SplitPlan {
  const lines: PlanLine[] = [];
  const found: PlanSection[] = [];
  let section: PlanSection | null = null;
  let area: AreaOfNeed | null = null;
  let isOpen = false;
  // The line straight after a bare heading may be the section's statutory title.
  let isAfterHeading = false;
  let isOutcomeBlock = false;

  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (line === "") {
      isOpen = false;
      continue;
    }
    if (PAGE_NUMBER.test(line)) continue;
    const heading = readSectionHeading(line);
    if (heading) {
      section = heading;
      area = null;
      isOpen = false;
      isAfterHeading = true;
      isOutcomeBlock = false;
      if (!found.includes(heading)) found.push(heading);
      continue;
    }
    if (!section) continue;
    if (isAfterHeading && isSectionTitle(line, section)) {
      isAfterHeading = false;
      continue;
    }
    isAfterHeading = false;
    // A question the form asks ("What help do I need to make this happen?") or a label with
    // nothing after it ("Item 1:", "…by the end of Key Stage 2:") is not a line of the plan. A
    // label about outcomes inside F ("…short term outcomes (from Section E)…:") opens outcomes
    // repeated there, which are read as outcomes (E) until the next question, label or heading.
    const isLabel = (/:\s*$/.test(line) && line.length <= 160) || (ITEM_LABEL.test(line) && line.replace(ITEM_LABEL, "").trim() === "");
    if (/\?\s*$/.test(line) || isLabel || FORM_TEXT.test(line)) {
      isOpen = false;
      isOutcomeBlock = section === "F" && isLabel && /\boutcomes?\b/i.test(line);
      continue;
    }
    const areaHeading = readAreaHeading(line);
    if (areaHeading) {
      area = areaHeading;
      isOutcomeBlock = false;
      isOpen = false;
      continue;
    }
    const unlabelled = line.replace(ITEM_LABEL, "");
    const isBullet = BULLET.test(unlabelled) || unlabelled !== line;
    const body = unlabelled.replace(BULLET, "").trim();
    const previous = lines.at(-1);
    // A line the layout broke: the last one did not end a sentence, or this one starts in lower case.
    if (!isBullet && isOpen && previous && (!/[.!?:;]$/.test(previous.text) || /^[a-z]/.test(body))) {
      previous.text = `${previous.text} ${body}`.slice(0, MAX_LINE);
      continue;
    }
    lines.push({ section: isOutcomeBlock ? "E" : section, text: body.slice(0, MAX_LINE), area });
    isOpen = true;
  }
  return { lines: lines.filter((line) => line.text.length > 1), sectionsFound: found };
}
