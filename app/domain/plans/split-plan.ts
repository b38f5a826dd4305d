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

/** "Section F: Special educational provision" → "F"; a line that is not a heading → null. */
export function readSectionHeading(line: string): PlanSection | null {
  const match = /^(?:section|part)\s+([A-K])(?:[1-2])?\b\s*[:.\-–—)]?\s*(.*)$/i.exec(line) ?? /^([A-K])(?:[1-2])?\s*[:.\-–—)]\s*(.+)$/.exec(line);
  if (!match) return null;
  const section = match[1]!.toUpperCase() as PlanSection;
  const rest = match[2]!.trim();
  const isExplicit = /^(section|part)\s/i.test(line);
  if (rest.length > 90) return null;
  return isExplicit || SECTION_WORDS[section].test(rest) ? section : null;
}

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
      if (!found.includes(heading)) found.push(heading);
      continue;
    }
    if (!section) continue;
    const areaHeading = readAreaHeading(line);
    if (areaHeading) {
      area = areaHeading;
      isOpen = false;
      continue;
    }
    const isBullet = BULLET.test(line);
    const body = line.replace(BULLET, "").trim();
    const previous = lines.at(-1);
    // A line the layout broke: the last one did not end a sentence, or this one starts in lower case.
    if (!isBullet && isOpen && previous && (!/[.!?:;]$/.test(previous.text) || /^[a-z]/.test(body))) {
      previous.text = `${previous.text} ${body}`.slice(0, MAX_LINE);
      continue;
    }
    lines.push({ section, text: body.slice(0, MAX_LINE), area });
    isOpen = true;
  }
  return { lines: lines.filter((line) => line.text.length > 1), sectionsFound: found };
}
