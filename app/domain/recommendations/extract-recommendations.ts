// Finds the recommendations in the plain text of a professional's report (educational
// psychologist, therapist, paediatrician), so the parent can confirm each one and track whether
// it reaches the plan (R-SCH-SPECIALISTS, R-EHCP-F-SPECIFIC). Suggestions only: the parent confirms.
//
// Reports arrive as text copied from PDFs and Word files, so the reader expects: numbered and
// bulleted lists in many styles, items wrapped over several lines, headed sections, tables
// flattened to "|" or tab-separated rows, page headers and footers in the middle of a list, and
// recommendations written as ordinary sentences ("It is recommended that…", "Sam would benefit
// from…") anywhere in the report.

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

/** Below this confidence the area is left null rather than guessed. */
const AREA_CONFIDENCE_FLOOR = 0.5;

/** Shortest text kept as a recommendation: anything shorter is a heading or a stray fragment. */
const MIN_LENGTH = 12;

const NUMBERING = String.raw`(\d+(\.\d+)*\.?\s+)?`;

/** Headings that open a section of recommendations. */
const RECOMMENDATION_HEADING = new RegExp(
  String.raw`^\s*${NUMBERING}(summary and recommendations|conclusions? and recommendations|recommendations?|recommended (provision|support|strategies|interventions?)|suggested (strategies|provision|support|approaches|interventions?|targets and strategies)|strategies( and (recommendations|advice|support))?|support strategies|advice( and (recommendations|strategies))?|next steps|provision (required|recommended|needed)|special educational provision|what would help|ways (to help|forward)|the way forward|action plan|programme of support|what (help|support) (do i|does \w+) need)\b[^.]*$`,
  "i",
);

/** Headings that end a section of recommendations. */
const CLOSING_HEADING =
  /^\s*(\d+(\.\d+)*\.?\s+)?(summary|conclusions?|background|introduction|reason for referral|assessment( results| findings)?|results|observations?|history|test results|views of|parent(al)? views|pupil views|signed|signature|yours sincerely|yours faithfully|kind regards|references|appendix|glossary|contact|distribution|copies to|cc:?|report written by|author)\b/i;

/** A marker at the start of a list item: 1.  1)  (1)  1.2  (a)  a)  i.  (iv)  •  -  *  ▪  and similar. */
const ITEM_MARKER =
  /^\s*(\(?\d{1,2}[.)](?!\d)|\d{1,2}\.\d{1,2}\.?|\(?[a-z][.)]|\([a-z]\)|\(?(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]|\((i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)|[-•*▪◦●·‣–—○■□➢►➤✓✔→>]|o(?=\s))\s+/i;

/** Sentences that make a recommendation wherever they appear. */
const RECOMMEND_SENTENCE =
  /\b(it is (strongly |also |further )?recommended|(i|we) (would )?(strongly |also |further )?(recommend|suggest|advise)|(is|are) (strongly )?recommended|recommend(s|ed)? that|it (recommends|is advised|is suggested)|would benefit from|will benefit from|should (continue to )?(receive|have|be (given|offered|provided|supported|taught|allowed|encouraged|seated)|access|attend|use|be able to)|(school|staff|teachers?|the class teacher|adults?|the setting|the senco|parents?) (should|must|could|will need to|needs? to)|it would be (helpful|useful|beneficial|advisable|good practice)|requires?\s+(a|an|daily|weekly|regular|access|adult|specialist|direct|\d)|needs? (to (have|receive|access|be given|be taught)|access to|a (daily|weekly|structured|specialist|programme|quiet|small)|an? (individual|adult)|an? [\w -]{0,40}?(programme|intervention|sessions?|group|approach|plan|space|assessment|referral|timetable))|(report|evaluation|assessment|therapist|psychologist|paediatrician) (also )?recommends|(he|she|they|[A-Z][a-z]+) must (have|receive|be (given|provided|offered|taught|supported)))\b/i;

/**
 * Softer wording that still recommends (issue 19): "will be beneficial", "may be a useful
 * strategy", "should provide…", "should be interactive".
 */
const SOFT_RECOMMEND =
  /\b((will|would|could|may|might) be (very |particularly |especially )?(a |an )?(beneficial|helpful|useful|valuable|good|effective)( strategy| approach| idea)?|(is|are) (likely to be )?(beneficial|essential|important) for (him|her|them|[A-Z][a-z]+)|should (be|provide|use|include|offer|give|allow|ensure|encourage|support|check|continue|work|teach)\b)/i;

/**
 * "X needs…": a person needs or requires something. Case matters, so "Sam needs" and "The child
 * requires" count and "special educational needs" does not; "he needs this" points back to
 * something said before and is not itself a recommendation.
 */
const NEEDS_SENTENCE =
  /(\b(He|She|They|he|she|they|X|DS\d?|DD\d?|[A-Z][a-z]+|[Tt]he (child|young person|pupil|student))\s+(also\s+)?(needs|will need|would need|requires|will require)|\band (also )?(needs|requires))\s+(?!(this|that|it|them|these|those|no|not)\b)[a-z(]/;

/** Whether a sentence makes a recommendation, in firm or soft words. */
function isRecommending(sentence: string): boolean {
  return RECOMMEND_SENTENCE.test(sentence) || SOFT_RECOMMEND.test(sentence) || NEEDS_SENTENCE.test(sentence);
}

/** Sentences that talk about the recommendations rather than make one. */
const META_SENTENCE =
  /^\s*(the (following|recommendations|strategies|suggestions|advice)|these (recommendations|strategies|suggestions)|recommendations (should|are|will|have|were|below|made)|this (report|section|advice)|please (see|contact|note|do not)|(i|we) (have|am|are) (made|making|happy|available|pleased)|if you (have|would)|i will (review|discuss|be)|further recommendations)\b|\b(based on (my|the|this|our) (assessment|observations?|findings)|as follows|are listed below|set out below|detailed below|outlined below|the following (recommendations|strategies|are))\b|:\s*$/i;

/** Page furniture that lands in the middle of copied text. */
const PAGE_FURNITURE =
  /^\s*(page \d+( of \d+)?|\d+\s*(\/|of)\s*\d+|-?\s*\d{1,3}\s*-?|(private and |strictly )?confidential\b.*|continued( overleaf| on next page)?\.?|\[?page break\]?|©.*|www\.\S+|tel:?\s*[\d ]+.*)\s*$/i;

/** A sub-heading inside a recommendations section: an area of need or who the advice is for. */
const SUB_HEADING =
  /^\s*(\d+(\.\d+)*\.?\s+)?((for|in|at) (school|home|class|the classroom|staff|teachers?|parents?( and carers)?|the setting|college|lessons)|school|home|in class|class teacher|parents?( and carers)?|communication( and interaction)?|speech,? language( and communication)?|language|social communication|cognition( and learning)?|learning|literacy|numeracy|maths|reading|writing|spelling|attention( and listening)?|memory|social,? emotional( and mental health)?|semh|emotional (wellbeing|regulation)|behaviour|sensory( and\/or)?( physical)?( needs)?|sensory processing|physical|motor skills|fine motor( skills)?|gross motor( skills)?|handwriting|self[- ]care|independence|health|medical|environment|classroom environment|general|targets?|short[- ]term|long[- ]term|universal|targeted|specialist)( strategies| support| needs| and learning| skills)?\s*:?\s*$/i;

/** A table header row that names a column of recommendations or provision. */
const TABLE_HEADER_CELL = /\b(recommend\w*|provision|strateg\w*|support|intervention|action|what will (help|happen)|advice)\b/i;

/**
 * Finds recommendations in a report.
 *
 * Example: from "Recommendations\n1. Sam should receive 30 minutes of speech and language
 * therapy weekly from a qualified speech and language therapist." it returns one recommendation
 * with who "speech and language therapist", frequency "weekly" and duration "30 minutes".
 */
export function extractRecommendations(reportText: string): ExtractedRecommendation[] {
  const lines = normaliseLines(typeof reportText === "string" ? reportText : "");
  const found = [...readTables(lines), ...readRecommendationSections(lines), ...readRecommendSentences(lines)];
  const kept: { key: string; item: Item }[] = [];
  for (const item of found) {
    const text = tidy(item.text);
    if (!isRecommendationText(text)) continue;
    const key = toKey(text);
    if (kept.some((earlier) => earlier.key === key || earlier.key.includes(key) || (key.length > 40 && key.includes(earlier.key) && earlier.item.source === "sentence"))) {
      continue;
    }
    kept.push({ key, item: { ...item, text } });
  }
  return kept.map(({ item }) => describeRecommendation(item));
}

type Item = {
  text: string;
  source: "section" | "table" | "sentence";
  /** The paragraph the sentence came from, to tag its area when its own words name none. */
  context?: string;
  columns?: Partial<Record<"what" | "who" | "frequency" | "duration" | "area", string>> };

/** Lines with table cells marked " | ", page furniture and repeated running headers removed. */
function normaliseLines(text: string): string[] {
  const raw = text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .replace(/\f/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(/\t+|\s{3,}(?=\S)(?<=\S\s{3,})/g, " | ")
        .replace(/\s*\|\s*/g, " | ")
        .replace(/^\s*\|\s*|\s*\|\s*$/g, "")
        .replace(/[ \t]+/g, " ")
        .trim(),
    );
  // A short line that appears three or more times is a running header or footer.
  const counts = new Map<string, number>();
  for (const line of raw) if (line.length > 0 && line.length < 90) counts.set(line.toLowerCase(), (counts.get(line.toLowerCase()) ?? 0) + 1);
  return raw.map((line) => {
    if (PAGE_FURNITURE.test(line)) return null;
    if ((counts.get(line.toLowerCase()) ?? 0) >= 3 && !ITEM_MARKER.test(line) && !RECOMMENDATION_HEADING.test(line)) return null;
    return line;
  }).filter((line): line is string => line !== null);
}

function isRecommendationHeading(line: string): boolean {
  return line.length <= 70 && RECOMMENDATION_HEADING.test(line) && !ITEM_MARKER.test(line.replace(/^\d+(\.\d+)*\.?\s+/, ""));
}

/** A short line that looks like a heading: capital first, few words, no full stop at the end. */
function looksLikeHeading(line: string): boolean {
  const words = line.replace(/^\d+(\.\d+)*\.?\s+/, "").split(/\s+/);
  return /^(\d+(\.\d+)*\.?\s+)?[A-Z]/.test(line) && words.length <= 7 && !/[.;,]$/.test(line) && !line.includes(" | ");
}

function readRecommendationSections(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let inSection = false;
  // Under "Summary and recommendations" the prose is mostly summary: only clear recommendations count.
  let isMixedSection = false;
  let current: string | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (current !== null) items.push({ text: current, source: "section" });
    current = null;
    if (paragraph.length > 0) {
      for (const sentence of splitPoints(paragraph).flatMap(splitPoint)) {
        const isClear = isRecommending(withoutQuotes(sentence));
        const isReporting = DESCRIPTIVE_SENTENCE.test(sentence) || REPORTING_SENTENCE.test(sentence);
        if (isClear || (!isMixedSection && !isReporting)) items.push({ text: sentence, source: "section" });
      }
    }
    paragraph = [];
  };
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1] ?? "";
    if (isRecommendationHeading(line) && !isNumberedSentence(line)) {
      flush();
      inSection = true;
      isMixedSection = /\b(summary|conclusions?) and\b/i.test(line);
      continue;
    }
    if (!inSection) continue;
    if (line === "") {
      // A blank line ends an unmarked paragraph; a marked item may still wrap past it.
      if (paragraph.length > 0) flush();
      continue;
    }
    if (line.includes(" | ")) {
      flush();
      // A row of a table with no header row is one recommendation; a header row is not.
      if (!isTableHeader(line.split(" | "))) items.push({ text: line, source: "section" });
      continue;
    }
    const isMarked = ITEM_MARKER.test(line) && !isNumberedHeading(line);
    if (!isMarked && CLOSING_HEADING.test(line) && looksLikeHeading(line)) {
      flush();
      inSection = false;
      continue;
    }
    if (!isMarked && (SUB_HEADING.test(line) || (/:$/.test(line) && line.length < 80))) {
      flush();
      continue;
    }
    if (!isMarked && looksLikeHeading(line) && (previous === "" || current === null) && !isRecommending(line)) {
      // An unknown heading after a blank line ends the section; directly under an item it is a wrapped line.
      if (previous === "") {
        flush();
        inSection = false;
        continue;
      }
    }
    if (isMarked) {
      flush();
      current = line.replace(ITEM_MARKER, "");
      // Nested markers ("1. a) …") are stripped too.
      current = current.replace(ITEM_MARKER, "");
      continue;
    }
    if (current !== null) {
      current = joinWrapped(current, line);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return items;
}

/** A sentence that describes the child rather than recommends something. */
const DESCRIPTIVE_SENTENCE =
  /^\s*(he|she|they|[A-Z][a-z]+|his|her|their) (is|was|has|had|have|presents|appears|seems|enjoys|likes|loves|scored|achieved|attends|lives|was seen|is able|is a|finds|found)\b/i;

/** A sentence that reports results or history. */
const REPORTING_SENTENCE =
  /\b(indicate[sd]?|results?|scored|standard scores?|percentile|assessment (showed|found)|was referred|were completed|was observed|reported that|(is|was) (a )?\w+[- ]year[- ]old|(is|are|was|were) (low|high|below|above|within|in the) (average|range))\b/i;

/**
 * Splits an unmarked paragraph into points. A line that ends a sentence, or ends without
 * punctuation and is followed by one starting with a capital ("Use a visual timetable" /
 * "Pre-teach topic words"), ends a point, unless it ends in a word that needs more after it.
 * Other lines are wrapped text and are joined.
 */
function splitPoints(lines: readonly string[]): string[] {
  const points: string[] = [];
  for (const line of lines) {
    const previous = points.at(-1);
    if (previous === undefined) {
      points.push(line);
      continue;
    }
    const startsPoint = /^["“‘'(]?[A-Z0-9]/.test(line);
    const endsSentence = /[.!?]["”’)]?$/.test(previous);
    const needsMore = /[,;:(–-]$/.test(previous) || /\b(and|or|of|the|a|an|to|for|with|in|by|on|at|from|as|such|than|per|their|his|her)$/i.test(previous);
    if (startsPoint && (endsSentence || !needsMore)) points.push(line);
    else points[points.length - 1] = joinWrapped(previous, line);
  }
  return points;
}

/** Sentences of a point; one that starts by referring back ("The games should…") stays with the one before. */
function splitPoint(point: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(point)) {
    const last = sentences.at(-1);
    if (last !== undefined && /^["“‘'(]?(the|this|these|those|it|they|that|such|both|each|he|she|this will|these should)\b/i.test(sentence)) {
      sentences[sentences.length - 1] = `${last} ${sentence}`;
    } else sentences.push(sentence);
  }
  return sentences;
}

/** "5. Recommendations" is a heading; "5. It is recommended that…" is an item. */
function isNumberedSentence(line: string): boolean {
  return /^\s*\d+(\.\d+)*\.?\s+/.test(line) && /[.]$/.test(line) && line.split(/\s+/).length > 6;
}

/** "6. Summary" or "4.2 Background" inside a list: a numbered heading, not an item. */
function isNumberedHeading(line: string): boolean {
  const rest = line.replace(/^\s*\d+(\.\d+)*\.?\s+/, "");
  return rest !== line && (CLOSING_HEADING.test(rest) || RECOMMENDATION_HEADING.test(rest)) && looksLikeHeading(line);
}

/** Joins a wrapped line to the item before it, mending words split with a hyphen. */
function joinWrapped(before: string, after: string): string {
  if (/[a-z]-$/.test(before) && /^[a-z]/.test(after)) return `${before.slice(0, -1)}${after}`;
  return `${before} ${after}`;
}

const ABBREVIATIONS = /\b(e\.g|i\.e|etc|approx|min|mins|no|dr|mr|mrs|ms|prof|st|vs|cf|incl|wk|wks|hrs|yr|yrs)\.(?=\s)/gi;

/** Stands in for the full stop of an abbreviation while sentences are split. */
const GUARD = "\u2063";

/** Splits a paragraph into sentences, leaving "e.g." and "Dr." alone. */
function splitSentences(paragraph: string): string[] {
  const guarded = paragraph.replace(ABBREVIATIONS, (match) => match.replace(".", GUARD));
  return guarded
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“‘'(]?[A-Z0-9])/)
    .map((sentence) => sentence.split(GUARD).join(".").trim())
    .filter((sentence) => sentence !== "");
}

/**
 * A sentence with its short quoted phrases removed: a parent quoting "would benefit from" as a
 * phrase to avoid is not recommending. A whole quoted sentence is kept: it reports a recommendation.
 */
function withoutQuotes(sentence: string): string {
  return sentence.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, (quoted) => (quoted.split(/\s+/).length <= 6 ? " " : quoted));
}

/** Paragraphs outside the lists, read sentence by sentence for "It is recommended that…" and the like. */
function readRecommendSentences(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const context = paragraph.join(" ");
    for (const sentence of splitSentences(context)) {
      if (isRecommending(withoutQuotes(sentence))) items.push({ text: sentence, source: "sentence", context });
    }
    paragraph = [];
  };
  for (const line of lines) {
    if (line === "" || line.includes(" | ")) {
      flush();
      continue;
    }
    if (ITEM_MARKER.test(line)) {
      flush();
      paragraph.push(line.replace(ITEM_MARKER, ""));
      continue;
    }
    if (looksLikeHeading(line) && !isRecommending(line)) {
      flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return items;
}

type Column = "what" | "who" | "frequency" | "duration" | "area" | "other";

function classifyColumn(header: string): Column {
  if (/\b(recommend\w*|provision|strateg\w*|support|intervention|action|what will|advice)\b/i.test(header)) return "what";
  if (/\b(who|by whom|staff|delivered by|responsib\w*|person)\b/i.test(header)) return "who";
  if (/\b(frequency|how often|when)\b/i.test(header)) return "frequency";
  if (/\b(duration|how long|length|time)\b/i.test(header)) return "duration";
  if (/\b(need|area|difficult\w*|outcome|target|identified)\b/i.test(header)) return "area";
  return "other";
}

/** Tables pasted as text: rows under a header row with a recommendation or provision column. */
function readTables(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  let columns: Column[] | null = null;
  for (const line of lines) {
    const cells = line.split(" | ").map((cell) => cell.trim());
    if (cells.length < 2) {
      if (line !== "" && columns) columns = null;
      continue;
    }
    if (isTableHeader(cells)) {
      columns = cells.map(classifyColumn);
      if (!columns.includes("what")) columns = null;
      continue;
    }
    if (!columns) continue;
    const byColumn: Item["columns"] = {};
    cells.forEach((cell, index) => {
      const column = columns?.[index] ?? "other";
      if (column !== "other" && cell !== "" && !/^(n\/a|-|–)$/i.test(cell)) byColumn[column] = byColumn[column] ? `${byColumn[column]} ${cell}` : cell;
    });
    if (!byColumn.what) continue;
    items.push({ text: cells.filter((cell) => cell !== "").join(" | "), source: "table", columns: byColumn });
  }
  return items;
}

/** A header row: short cells without numbers, at least two naming a known column, one of them the provision. */
function isTableHeader(cells: readonly string[]): boolean {
  const kinds = cells.map(classifyColumn);
  return (
    cells.every((cell) => cell.split(/\s+/).length <= 4 && !/\d/.test(cell)) &&
    kinds.includes("what") &&
    kinds.filter((kind) => kind !== "other").length >= 2 &&
    cells.some((cell) => TABLE_HEADER_CELL.test(cell))
  );
}

function tidy(text: string): string {
  return text
    .replace(/\s+\|\s+/g, " — ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—-]+/, "")
    .trim();
}

function toKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

function isRecommendationText(text: string): boolean {
  if (text.length < MIN_LENGTH) return false;
  if (text.split(/\s+/).length < 3) return false;
  if (META_SENTENCE.test(text)) return false;
  if (isRecommendationHeading(text) || SUB_HEADING.test(text)) return false;
  if (PAGE_FURNITURE.test(text)) return false;
  return true;
}

/** The words inside a long quotation ("The SLT might say “X needs …”"), or null. */
function longQuote(text: string): string | null {
  const match = /[“"]([^”"]+)[”"]/.exec(text);
  return match?.[1] && match[1].split(/\s+/).length > 6 ? match[1] : null;
}

function describeRecommendation(item: Item): ExtractedRecommendation {
  const text = longQuote(item.text) ?? item.text;
  const columns = item.columns ?? {};
  const who = firstMatch(columns.who ?? text, [PROFESSIONAL_ROLE_PATTERN, SUPPORT_ROLE_PATTERN]) ?? (columns.who ? columns.who : null);
  const frequency = firstMatch(columns.frequency ?? text, [...FREQUENCY_PATTERNS, ...CONTINUOUS_PATTERNS]) ?? (columns.frequency ?? null);
  const duration = firstMatch(columns.duration ?? columns.frequency ?? text, DURATION_PATTERNS) ?? (columns.duration ?? null);
  // The need column of a table says the area best; the words of the recommendation come next,
  // then the paragraph around it ("He needs structured playground games. The games should involve peers.").
  const sure = (found: ReturnType<typeof classifyNeed>[number] | undefined) => (found && found.confidence >= AREA_CONFIDENCE_FLOOR ? found : undefined);
  const area =
    sure(columns.area ? classifyNeed(columns.area)[0] : undefined) ?? sure(classifyNeed(text)[0]) ?? sure(item.context ? classifyNeed(item.context)[0] : undefined);
  return {
    text: item.text,
    areaOfNeed: area ? area.area : null,
    provision: { what: findWhat(columns.what ?? text), who, frequency, duration },
  };
}

const LEAD_INS =
  /^((specifically, )?it recommends( that)?|(the )?(evaluation|report|assessment|therapist|psychologist|paediatrician) (also )?recommends( that)?( \w+ continues? (receiving|to receive|to have))?|it is (strongly |also |further )?recommended that|it would be (helpful|useful|beneficial|advisable) (if|for|to)|(i|we) (would )?(strongly |also )?(recommend|suggest|advise)( that)?|it (recommends|is advised that|is suggested that))\s+/i;

const SUBJECT_VERB =
  /^((the )?[A-Z][a-z]*|he|she|they|school|staff|the school|the class teacher|teachers|adults|the setting|parents)\s+(should|would|will|must|could|needs? to|needs|requires?|is to|are to)\s+(continue to\s+)?(receive|have|be given|be offered|be provided with|benefit from|access|take part in|attend|use|be taught|be supported (by|with|to)|provide|offer|give|use|implement|deliver|consider|ensure( that)?|allow|make)?\b\s*/i;

function findWhat(text: string): string | null {
  const stripped = text.replace(/^["“‘']+/, "").replace(LEAD_INS, "").replace(SUBJECT_VERB, "").replace(/^(should|would)\s+(receive|have|benefit from)\s+/i, "");
  const clause = stripped.split(/[,;(]|\s+—\s+|\s+(delivered|provided|run|led|supported|carried out|devised|designed|written|by|from|with|to help|to support|in order to|so that)\s+/i)[0]?.trim() ?? "";
  const withoutAmounts = clause
    .replace(new RegExp([...FREQUENCY_PATTERNS, ...DURATION_PATTERNS].map((pattern) => pattern.source).join("|"), "gi"), " ")
    .replace(/\s+/g, " ")
    .trim();
  const cleaned = withoutAmounts
    .replace(/^(\d+|one|two|three|a|an)\s+(x\s+)?(\d+[- ]?(minute|min|hour)s?\s+)?(sessions?|hours?|minutes?)\s+(of|per week of)\s+/i, "")
    .replace(/^(of|per week of|each of)\s+/i, "")
    .replace(/[.:]$/, "")
    .trim();
  return cleaned.length >= 4 ? cleaned : null;
}
