// The guide: every page in reading order, looking one up by its address, and searching them all.
import type { GuidePage } from "./guide-page";
import { ANNUAL_REVIEWS } from "./pages/annual-reviews";
import { APPEALING } from "./pages/appealing";
import { AREAS_OF_NEED } from "./pages/areas-of-need";
import { DISAGREEMENTS } from "./pages/disagreements";
import { EHC_NEEDS_ASSESSMENT } from "./pages/ehc-needs-assessment";
import { EHC_PLANS } from "./pages/ehc-plans";
import { EXCLUSIONS_AND_PART_TIME_TIMETABLES } from "./pages/exclusions-and-part-time-timetables";
import { GLOSSARY } from "./pages/glossary";
import { MYTHS } from "./pages/myths";
import { OUTSIDE_PROFESSIONALS } from "./pages/outside-professionals";
import { PROPOSED_REFORMS } from "./pages/proposed-reforms";
import { REASONABLE_ADJUSTMENTS } from "./pages/reasonable-adjustments";
import { SEN_SUPPORT } from "./pages/sen-support";
import { SENCO } from "./pages/senco";
import { SUPPORT_NOT_WORKING } from "./pages/support-not-working";
import { WHAT_IS_SEN } from "./pages/what-is-sen";

export type { GuidePage, GuideSection, GuideTool } from "./guide-page";

/** Every page of the guide, in the order a reader meets them. */
export const GUIDE_PAGES: readonly GuidePage[] = [
  WHAT_IS_SEN,
  AREAS_OF_NEED,
  SEN_SUPPORT,
  SENCO,
  REASONABLE_ADJUSTMENTS,
  OUTSIDE_PROFESSIONALS,
  SUPPORT_NOT_WORKING,
  EXCLUSIONS_AND_PART_TIME_TIMETABLES,
  EHC_NEEDS_ASSESSMENT,
  EHC_PLANS,
  ANNUAL_REVIEWS,
  DISAGREEMENTS,
  APPEALING,
  PROPOSED_REFORMS,
  MYTHS,
  GLOSSARY,
];

/** The page at /guide/:slug, or undefined, e.g. findGuidePage("what-is-sen")?.title. */
export function findGuidePage(slug: string): GuidePage | undefined {
  return GUIDE_PAGES.find((page) => page.slug === slug);
}

export type GuideSearchResult = {
  slug: string;
  title: string;
  /** Up to SNIPPET_LENGTH characters of the page around the first match. */
  snippet: string;
};

/** The longest snippet a result shows, so a list of results stays short to read. */
export const SNIPPET_LENGTH = 200;

/** Splits a query into lower-case words; punctuation and spaces separate them. */
function toQueryWords(query: string): string[] {
  return (
    query
      .toLowerCase()
      // The pages use straight apostrophes; phones often type curly ones.
      .replace(/’/g, "'")
      .split(/[^\p{L}\p{N}'’-]+/u)
      .map((word) => word.replace(/^['’-]+|['’-]+$/g, ""))
      .filter((word) => word.length > 0)
  );
}

/** Every piece of a page's text except its title, in reading order. */
function listBodyTexts(page: GuidePage): string[] {
  return [
    page.summary,
    ...page.sections.flatMap((section) => [
      section.heading,
      ...section.paragraphs,
      ...(section.bullets ?? []),
    ]),
    ...(page.glossary ?? []).map((entry) => `${entry.term}: ${entry.meaning}`),
  ];
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  )
    count += 1;
  return count;
}

/** A window of at most SNIPPET_LENGTH characters around `at`, cut at spaces, with … where cut. */
function cutSnippet(text: string, at: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  // Leave room for an ellipsis at each end; start a little before the match for context.
  const room = SNIPPET_LENGTH - 2;
  let start = Math.max(0, Math.min(at - 40, text.length - room));
  let end = Math.min(text.length, start + room);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > at) end = space;
  }
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

/**
 * Pages where every word of the query appears (ignoring case) in the title, summary, headings,
 * paragraphs, bullets or glossary; pages with more query words in the title come first, then
 * pages with more matches in the text, then the guide's own order. Each result has a snippet
 * around the first match in the text. An empty query finds nothing.
 * e.g. searchGuide("mediation")[0]?.slug === "disagreements".
 */
export function searchGuide(
  query: string,
  pages: readonly GuidePage[] = GUIDE_PAGES,
): GuideSearchResult[] {
  const words = toQueryWords(query);
  if (words.length === 0) return [];
  const ranked = pages.flatMap((page, order) => {
    const title = page.title.toLowerCase();
    const texts = listBodyTexts(page);
    const lowerTexts = texts.map((text) => text.toLowerCase());
    const isEveryWordFound = words.every(
      (word) => title.includes(word) || lowerTexts.some((text) => text.includes(word)),
    );
    if (!isEveryWordFound) return [];
    const titleHits = words.filter((word) => title.includes(word)).length;
    const bodyHits = words.reduce(
      (sum, word) => sum + lowerTexts.reduce((n, text) => n + countOccurrences(text, word), 0),
      0,
    );
    const snippet = findSnippet(texts, lowerTexts, words) ?? cutSnippet(page.summary, 0);
    return [
      { result: { slug: page.slug, title: page.title, snippet }, titleHits, bodyHits, order },
    ];
  });
  ranked.sort((a, b) => b.titleHits - a.titleHits || b.bodyHits - a.bodyHits || a.order - b.order);
  return ranked.map((entry) => entry.result);
}

function findSnippet(texts: string[], lowerTexts: string[], words: string[]): string | undefined {
  for (const [i, lower] of lowerTexts.entries()) {
    const hits = words.map((word) => lower.indexOf(word)).filter((at) => at !== -1);
    if (hits.length > 0) return cutSnippet(texts[i]!, Math.min(...hits));
  }
  return undefined;
}
