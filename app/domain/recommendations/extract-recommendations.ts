// Finds the recommendations in the plain text of a professional's report (educational
// psychologist, therapist, paediatrician), so the parent can confirm each one and track whether
// it reaches the plan (R-SCH-SPECIALISTS, R-EHCP-F-SPECIFIC). Suggestions only: the parent confirms.

import type { AreaOfNeed } from "../areas-of-need";
import { classifyNeed } from "../needs/classify-need";
import {
  CONTINUOUS_PATTERNS,
  DURATION_PATTERNS,
  firstMatch,
  FREQUENCY_PATTERNS,
  PROFESSIONAL_ROLE_PATTERN,
  SUPPORT_ROLE_PATTERN,
} from "../wording/provision-patterns";

export type ExtractedRecommendation = {
  text: string;
  areaOfNeed: AreaOfNeed | null;
  provision: { what: string | null; who: string | null; frequency: string | null; duration: string | null };
};

const HEADING_PATTERN = /^\s*(\d+(\.\d+)*\.?\s+)?(recommendations?|suggested (strategies|provision|support)|provision recommended|advice|strategies and recommendations|what would help)\b.*$/i;
const ITEM_START = /^\s*(\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(i{1,3}|iv|v|vi{0,3}|ix|x)[.)]|[-•*▪◦●·‣–])\s+/i;
const RECOMMEND_SENTENCE =
  /\b(it is (strongly )?recommended that|i (would )?(strongly )?recommend|we recommend|(is|are) recommended|recommend(ed|s)? that|should (receive|have|be (given|offered|provided|supported))|would benefit from|needs? (to have|to receive|access to)|requires?)\b/i;
const OTHER_HEADING = /^\s*(\d+(\.\d+)*\.?\s+)?[A-Z][A-Za-z ,&/()'-]{2,60}:?\s*$/;

/**
 * Finds recommendations in a report.
 *
 * Example: from "Recommendations\n1. Sam should receive 30 minutes of speech and language
 * therapy weekly from a qualified speech and language therapist." it returns one recommendation
 * with who "speech and language therapist", frequency "weekly" and duration "30 minutes".
 */
export function extractRecommendations(reportText: string): ExtractedRecommendation[] {
  const lines = reportText
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\t+|\s*\|\s*/g, " | ").replace(/^\s*\|\s*|\s*\|\s*$/g, "").trim());
  const sectionItems = readRecommendationSections(lines);
  const sentenceItems = readRecommendSentences(lines);
  const seen = new Set<string>();
  const results: ExtractedRecommendation[] = [];
  for (const item of [...sectionItems, ...readTableRows(lines), ...sentenceItems]) {
    const text = item.replace(/\s+\|\s+/g, " — ").replace(/\s+/g, " ").trim();
    const key = text.toLowerCase();
    if (text.length < 12 || seen.has(key) || [...seen].some((earlier) => earlier.includes(key))) continue;
    seen.add(key);
    results.push(describeRecommendation(text));
  }
  return results;
}

function readRecommendationSections(lines: readonly string[]): string[] {
  const items: string[] = [];
  let inSection = false;
  let current: string | null = null;
  const flush = () => {
    if (current) items.push(current);
    current = null;
  };
  for (const line of lines) {
    if (HEADING_PATTERN.test(line) && line.length < 80 && !ITEM_START.test(line)) {
      flush();
      inSection = true;
      continue;
    }
    if (!inSection) continue;
    if (line === "") {
      flush();
      continue;
    }
    if (!ITEM_START.test(line) && OTHER_HEADING.test(line) && !/[.;]$/.test(line) && line.split(" ").length <= 6) {
      flush();
      inSection = false;
      continue;
    }
    if (ITEM_START.test(line)) {
      flush();
      current = line.replace(ITEM_START, "");
    } else {
      current = current ? `${current} ${line}` : line;
    }
  }
  flush();
  return items.flatMap(splitRunOnItem);
}

/** A paragraph in a recommendations section with no numbering: one recommendation per sentence. */
function splitRunOnItem(item: string): string[] {
  const sentences = item.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences.length > 1 && sentences.every((sentence) => sentence.length > 25) ? sentences : [item];
}

function readRecommendSentences(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(ITEM_START, "").trim())
    .filter((sentence) => RECOMMEND_SENTENCE.test(sentence));
}

/** Tables pasted as text: rows under a header row that has a "Recommendation" column. */
function readTableRows(lines: readonly string[]): string[] {
  const rows: string[] = [];
  let inTable = false;
  for (const line of lines) {
    const cells = line.split(" | ");
    if (cells.length >= 2 && /recommend/i.test(line) && !inTable) {
      inTable = true;
      continue;
    }
    if (inTable && cells.length >= 2) rows.push(cells.join(" | "));
    else inTable = false;
  }
  return rows;
}

function describeRecommendation(text: string): ExtractedRecommendation {
  const who = firstMatch(text, [PROFESSIONAL_ROLE_PATTERN, SUPPORT_ROLE_PATTERN]);
  const frequency = firstMatch(text, [...FREQUENCY_PATTERNS, ...CONTINUOUS_PATTERNS]);
  const duration = firstMatch(text, DURATION_PATTERNS);
  const area = classifyNeed(text)[0];
  return {
    text,
    areaOfNeed: area && area.confidence >= 0.5 ? area.area : null,
    provision: { what: findWhat(text), who, frequency, duration },
  };
}

function findWhat(text: string): string | null {
  const stripped = text
    .replace(/^(it is (strongly )?recommended that|i (would )?(strongly )?recommend( that)?|we recommend( that)?)\s+/i, "")
    .replace(/^[A-Z][a-z]+\s+(should|would|needs? to|will)\s+(receive|have|be given|be offered|benefit from|access|take part in|attend)\s+/i, "")
    .replace(/^(should|would)\s+(receive|have|benefit from)\s+/i, "");
  const clause = stripped.split(/[,;(]|\s+(delivered|provided|run|led|supported|carried out|by|from|with)\s+/i)[0]?.trim() ?? "";
  const withoutAmounts = clause
    .replace(new RegExp(FREQUENCY_PATTERNS.map((pattern) => pattern.source).join("|"), "gi"), " ")
    .replace(/\s+/g, " ")
    .trim();
  const cleaned = withoutAmounts.replace(/^(\d+|one|two|three|a|an)\s+(x\s+)?(\d+[- ]?(minute|min|hour)s?\s+)?(sessions?|hours?|minutes?)\s+(of|per week of)\s+/i, "").replace(/[.]$/, "");
  return cleaned.length >= 4 ? cleaned : null;
}
