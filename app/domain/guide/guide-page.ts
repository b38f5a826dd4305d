// The shape of a page of the guide: plain-English guidance, each legal statement tied to the law
// catalogue, and links to the screens of a case that act on it.

/** One part of a guide page, shown under its own heading. */
export type GuideSection = {
  heading: string;
  paragraphs: string[];
  bullets?: string[];
  /**
   * Ids from the law catalogue (app/domain/law/catalogue.ts) for every statement of law or
   * statutory guidance in this section, e.g. ["R-EHCNA-DECIDE"].
   */
  rules?: string[];
};

/**
 * A screen of a case that does what the page describes. `screen` is the path under
 * /cases/:caseId, e.g. "support/new", "statutory" or "letters?kind=ehcna_request#write".
 */
export type GuideTool = { label: string; screen: string };

export type GuidePage = {
  /** The last part of the page's address, /guide/:slug. */
  slug: string;
  title: string;
  /** One or two sentences, shown in the list of pages and under the title. */
  summary: string;
  sections: GuideSection[];
  tools: GuideTool[];
  glossary?: { term: string; meaning: string }[];
};
