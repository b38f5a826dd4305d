import { describe, expect, it } from "vitest";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { findGuidePage, GUIDE_PAGES, searchGuide, SNIPPET_LENGTH } from "./index";
import type { GuidePage } from "./guide-page";
import { LAW_AS_AT } from "../law/catalogue";
import { getRule, hasRule } from "../law/get-rule";
import { findLetterTemplate } from "../letters/registry";

/**
 * The highest Flesch–Kincaid grade a page may have. US grade 7 is roughly a UK reading age of
 * 12 to 13; the guide aims for a reading age of 11 to 12, so most pages should sit well below.
 */
const MAX_GRADE = 7.5;
/** A page shorter than this is too thin to be worth a page of its own. */
const MIN_WORDS = 150;

/** The screens of a case a tool may open: the sub-paths under /cases/:caseId in app/routes.ts. */
const CASE_SCREENS = new Set([
  "adjustments",
  "appeals",
  "audit",
  "correspondence",
  "diary",
  "documents",
  "evidence-packs",
  "health",
  "journey",
  "letters",
  "meetings",
  "needs",
  "plans",
  "profile",
  "professionals",
  "progress",
  "reports",
  "school-day",
  "school-day/terms",
  "statutory",
  "support",
  "support/new",
]);

/** Every paragraph and bullet of a page: the body a reader reads under the headings. */
function listReadingTexts(page: GuidePage): string[] {
  return page.sections.flatMap((section) => [...section.paragraphs, ...(section.bullets ?? [])]);
}

/** Words: runs of characters between spaces that contain a letter or digit ("16", "SEN", "child's"). */
function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * Sentences: each . ! or ? followed by a space or the end closes one. A bullet or glossary
 * meaning with no closing mark still counts as one sentence, as a reader takes it in one go.
 */
function countSentences(text: string): number {
  return Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
}

/**
 * Syllables by the `syllable` package, with two corrections so short forms and numbers are not
 * counted as free: an all-capital word of two or three letters ("EP", "EHC") is read letter by
 * letter, so one syllable a letter; any other word has at least one.
 */
function countSyllables(word: string): number {
  const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, "");
  if (/^[A-Z]{2,3}$/.test(bare)) return bare.length;
  return Math.max(1, syllable(bare));
}

/** The number of words and the Flesch–Kincaid grade (to one decimal place) of some text. */
function measure(texts: string[]) {
  const words = texts.flatMap(splitWords);
  const counts = {
    sentence: texts.reduce((sum, text) => sum + countSentences(text), 0),
    word: words.length,
    syllable: words.reduce((sum, word) => sum + countSyllables(word), 0),
  };
  return { words: counts.word, grade: Math.round(fleschKincaid(counts) * 10) / 10 };
}

/** Short forms the guide uses, with a pattern for the words they stand for. */
const SHORT_FORMS: Array<[string, RegExp]> = [
  ["SEN", /special educational needs/i],
  ["SEND", /special educational needs and disabilit/i],
  ["SENCO", /special educational needs co-ordinator/i],
  ["EHC", /education, health and care/i],
  ["APDR", /assess, plan, do,? (and )?review/i],
  ["EP", /educational psychologist/i],
  ["SALT", /speech and language therap/i],
  ["OT", /occupational therap/i],
  ["CAMHS", /child and adolescent mental health services/i],
  ["SENDIASS", /information, advice and support/i],
  ["SMART", /specific, measurable/i],
];

/** The page's text in reading order after the title: summary, then each section, then the glossary. */
function listTextsInOrder(page: GuidePage): string[] {
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

describe("the guide's pages", () => {
  it("has the fifteen pages in reading order", () => {
    expect(GUIDE_PAGES.map((page) => page.slug)).toEqual([
      "what-is-sen",
      "areas-of-need",
      "sen-support",
      "senco",
      "reasonable-adjustments",
      "outside-professionals",
      "support-not-working",
      "exclusions-and-part-time-timetables",
      "ehc-needs-assessment",
      "ehc-plans",
      "annual-reviews",
      "disagreements",
      "appealing",
      "proposed-reforms",
      "myths",
      "glossary",
    ]);
  });

  it("gives every page its own slug, safe to use in an address", () => {
    const slugs = GUIDE_PAGES.map((page) => page.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(GUIDE_PAGES.map((page) => [page.slug, page] as const))(
    "%s has at least two sections and one tool",
    (_slug, page) => {
      expect(page.sections.length).toBeGreaterThanOrEqual(2);
      expect(page.tools.length).toBeGreaterThanOrEqual(1);
    },
  );

  it.each(GUIDE_PAGES.map((page) => [page.slug, page] as const))(
    "%s cites only rules that are in the law catalogue",
    (_slug, page) => {
      for (const section of page.sections)
        for (const id of section.rules ?? [])
          expect(hasRule(id), `${section.heading}: ${id}`).toBe(true);
    },
  );

  it.each(GUIDE_PAGES.map((page) => [page.slug, page] as const))(
    "%s links only to screens a case has",
    (_slug, page) => {
      for (const tool of page.tools) {
        const [path, query] = tool.screen.split(/[?#]/);
        expect(CASE_SCREENS.has(path ?? ""), tool.screen).toBe(true);
        const kind = /^kind=([a-z_]+)/.exec(query ?? "")?.[1];
        if (tool.screen.includes("?"))
          expect(kind && findLetterTemplate(kind), tool.screen).toBeTruthy();
      }
    },
  );

  it.each(GUIDE_PAGES.map((page) => [page.slug, page] as const))(
    "%s gives tools distinct labels",
    (_slug, page) => {
      const labels = page.tools.map((tool) => tool.label);
      expect(new Set(labels).size).toBe(labels.length);
    },
  );

  it.each(GUIDE_PAGES.map((page) => [page.slug, page] as const))(
    "%s gives sections distinct headings",
    (_slug, page) => {
      const headings = page.sections.map((section) => section.heading);
      expect(new Set(headings).size).toBe(headings.length);
    },
  );

  // The measured figures are in the test names, so a run shows each page's reading level.
  it.each(GUIDE_PAGES.map((page) => ({ slug: page.slug, ...measure(listReadingTexts(page)) })))(
    `$slug has $words words (at least ${MIN_WORDS}) and reads at grade $grade (at most ${MAX_GRADE})`,
    ({ words, grade }) => {
      expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(grade).toBeLessThanOrEqual(MAX_GRADE);
    },
  );

  it.each(GUIDE_PAGES.map((page) => [page.slug, page] as const))(
    "%s spells out each short form the first time it is used",
    (_slug, page) => {
      const texts = listTextsInOrder(page);
      for (const [short, long] of SHORT_FORMS) {
        const first = texts.find((text) => new RegExp(`\\b${short}\\b`).test(text));
        if (first) expect(first, `${short} is first used without its meaning`).toMatch(long);
      }
    },
  );

  it("keeps the glossary's meanings as easy to read as the pages", () => {
    const meanings = (findGuidePage("glossary")?.glossary ?? []).map((entry) => entry.meaning);
    expect(measure(meanings).grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it("lists the glossary in alphabetical order", () => {
    const terms = (findGuidePage("glossary")?.glossary ?? []).map((entry) => entry.term);
    expect(terms.length).toBeGreaterThan(20);
    expect(terms).toEqual(
      [...terms].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" })),
    );
  });
});

describe("the law in the guide (issue 19)", () => {
  const sources = import.meta.glob("./pages/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

  it("types no time limit into its prose: every number of weeks or months comes from the law catalogue", () => {
    expect(Object.keys(sources).length).toBe(GUIDE_PAGES.length);
    for (const [path, text] of Object.entries(sources)) {
      expect(text.match(/\b\d+[ -](weeks?|months?|working days|days)\b/g) ?? [], path).toEqual([]);
    }
  });

  it("gives a reassessment decision 15 days (reg 25(1)), advisers a duty to reply in 6 weeks (reg 8(1)) and under-fives a review the council should consider every 3 to 6 months (Code 9.178)", () => {
    const text = (slug: string) => JSON.stringify(findGuidePage(slug));
    expect(text("annual-reviews")).toContain("within 15 days of getting your request");
    expect(text("annual-reviews")).toContain("the Code says councils should consider a review every 3 months to 6 months");
    expect(text("ehc-needs-assessment")).toContain("They must each reply within 6 weeks of being asked");
  });

  it("never states a proposal as law: the reform page cites each proposal by its P- entry, beside the law of today", () => {
    const page = findGuidePage("proposed-reforms")!;
    const proposals = page.sections.flatMap((section) => section.rules ?? []).filter((id) => id.startsWith("P-"));
    expect(proposals.length).toBeGreaterThanOrEqual(6);
    for (const id of proposals) expect(getRule(id, LAW_AS_AT).kind, id).toBe("proposal");
    expect(JSON.stringify(page)).toMatch(/changes nothing until Parliament passes a new law and that law comes into force/);
    for (const other of GUIDE_PAGES.filter((item) => item !== page)) {
      for (const section of other.sections) expect((section.rules ?? []).filter((id) => id.startsWith("P-")), other.slug).toEqual([]);
    }
  });
});

describe("findGuidePage", () => {
  it("finds a page by its slug", () => {
    expect(findGuidePage("disagreements")?.title).toMatch(/disagree/i);
  });

  it("finds nothing for an unknown slug", () => {
    expect(findGuidePage("no-such-page")).toBeUndefined();
  });
});

describe("searchGuide", () => {
  it("finds mediation in the page on disagreements", () => {
    const results = searchGuide("mediation");
    expect(results.map((result) => result.slug)).toContain("disagreements");
    expect(
      results.find((result) => result.slug === "disagreements")?.snippet.toLowerCase(),
    ).toContain("mediation");
  });

  it("ignores case", () => {
    expect(searchGuide("MEDIATION")).toEqual(searchGuide("mediation"));
  });

  it.each(["review", "support", "plans", "SENCO", "adjustments"])(
    "lists every page with “%s” in its title above the pages that only mention it",
    (query) => {
      const isTitleHit = searchGuide(query).map((result) =>
        result.title.toLowerCase().includes(query.toLowerCase()),
      );
      expect(isTitleHit[0]).toBe(true);
      expect(isTitleHit).toContain(false);
      expect(isTitleHit).toEqual([...isTitleHit].sort((x, y) => Number(y) - Number(x)));
    },
  );

  it("ranks a title match first even when another page mentions the word more often", () => {
    const pages: GuidePage[] = [
      {
        slug: "body",
        title: "Other things",
        summary: "Tribunal, tribunal, tribunal.",
        sections: [],
        tools: [],
      },
      { slug: "title", title: "The tribunal", summary: "About appeals.", sections: [], tools: [] },
    ];
    expect(searchGuide("tribunal", pages).map((result) => result.slug)).toEqual(["title", "body"]);
  });

  it("needs every word of the query to be on the page", () => {
    expect(searchGuide("mediation")).not.toEqual([]);
    expect(searchGuide("mediation zebra")).toEqual([]);
  });

  it("finds words in the glossary", () => {
    expect(searchGuide("phase transfer").map((result) => result.slug)).toContain("glossary");
  });

  it("finds nothing for an empty query or one with only spaces and punctuation", () => {
    expect(searchGuide("")).toEqual([]);
    expect(searchGuide("   ")).toEqual([]);
    expect(searchGuide("?!")).toEqual([]);
  });

  it("keeps every snippet to at most 200 characters", () => {
    expect(SNIPPET_LENGTH).toBe(200);
    for (const word of ["the", "council", "plan", "school", "weeks"])
      for (const result of searchGuide(word))
        expect(result.snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
  });

  it("shows the text around the first match, cut at spaces", () => {
    const long = `${"Start of a long paragraph that keeps going. ".repeat(6)}Here is the needle we want. ${"More words after it. ".repeat(8)}`;
    const [result] = searchGuide("needle", [
      {
        slug: "p",
        title: "P",
        summary: "S.",
        sections: [{ heading: "H", paragraphs: [long] }],
        tools: [],
      },
    ]);
    expect(result?.snippet).toContain("needle");
    expect(result?.snippet.startsWith("…")).toBe(true);
    expect(result?.snippet.endsWith("…")).toBe(true);
    expect(result?.snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
  });
});
