// Full-text search across one case: every document's text and every record, with PostgreSQL's
// English full-text search (the same SQL on PGlite and PostgreSQL). Each case table keeps its own
// search vector in a generated column (schema.ts). One statement ranks the matches of all the
// tables and keeps the best; a second reads only those and cuts the matching passage out of each
// (ts_headline reads all the text it is given, so it is the expensive part: see markedPassage).
// Measured with scripts/bench-search.js.
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { CaseAccess } from "~/auth/access.server";
import { rememberForCaseVersion } from "./case-cache.server";
import { MATCH_END, MATCH_START } from "~/domain/progress/search-marks";
import type { SearchHit, SearchKind } from "~/domain/search/search-hit";
import { db, rowsOf } from "./db.server";
import {
  adjustments,
  appealDates,
  appealOrders,
  appealProposals,
  appeals,
  appealStatementParagraphs,
  correspondence,
  cycles,
  deliverySessions,
  diagnoses,
  diaryEntries,
  documents,
  measurements,
  meetingActions,
  meetings,
  needs,
  professionals,
  provisions,
  recommendations,
  referrals,
  reports,
  reviews,
  schoolDayEvents,
  statutoryEvents,
  targets,
} from "./schema";

/**
 * Results on one page of a search: enough to find a passage, few enough to read, and each one's
 * passage costs a little (see markedPassage), so more come a page at a time.
 */
export const SEARCH_PAGE_SIZE = 20;
/**
 * At most this many results are shown, ten pages (decision 123): past the best 200, another word
 * finds a record sooner than paging does, and a deep page costs as much as the first.
 */
export const SEARCH_RESULT_CAP = 200;
/** Longer queries are cut: nobody types more, and the query is parsed on every search. */
export const SEARCH_QUERY_LIMIT = 200;
/**
 * How much a match in a document's title adds to its rank. ts_rank gives about 0.06 for one
 * mention in a short record and rarely passes 0.5, so a document named after the words comes first.
 */
const DOCUMENT_TITLE_BOOST = 0.5;

export type SearchResults = { hits: SearchHit[]; total: number };

type SearchTable = PgTable & { id: PgColumn; caseId: PgColumn; search: PgColumn };

/**
 * Where each kind of record is searched and how it is shown. `date`, `title`, `passage` and
 * `parentId` are SQL over `table` and any tables in `joins`; `passage` covers the same columns as
 * the table's search vector, so the marked words are the ones that matched.
 */
type Source = {
  kind: SearchKind;
  table: SearchTable;
  /** Used to order matches of equal rank (newest first), so it must need no join. */
  date: SQL | null;
  title: SQL | null;
  passage: SQL;
  parentId?: SQL;
  joins?: SQL;
  /** The plan the record belongs to, when it is in one (needs `cycles` joined). */
  isInPlan?: boolean;
  boost?: (query: SQL) => SQL;
};

const joinCycle = (cycleId: PgColumn) => sql`join ${cycles} on ${cycles.id} = ${cycleId}`;

const SOURCES: Source[] = [
  {
    kind: "document",
    table: documents,
    date: sql`${documents.date}`,
    title: sql`${documents.title}`,
    passage: sql`concat_ws(' ', ${documents.text}, ${documents.author})`,
    boost: (query) => sql`case when to_tsvector('english', ${documents.title}) @@ ${query} then ${DOCUMENT_TITLE_BOOST}::real else 0 end`,
  },
  { kind: "diary_entry", table: diaryEntries, date: sql`${diaryEntries.date}`, title: null, passage: sql`${diaryEntries.text}` },
  {
    kind: "cycle",
    table: cycles,
    date: sql`${cycles.startDate}`,
    title: sql`${cycles.title}`,
    passage: sql`concat_ws(' ', ${cycles.assessmentSummary}, ${cycles.assessedBy}, ${cycles.assessmentFindings}, ${cycles.schoolPlanNote}, ${cycles.title})`,
    parentId: sql`${cycles.id}`,
    isInPlan: true,
  },
  {
    kind: "target",
    table: targets,
    date: null,
    title: null,
    passage: sql`${targets.text}`,
    parentId: sql`${targets.cycleId}`,
    joins: joinCycle(targets.cycleId),
    isInPlan: true,
  },
  {
    kind: "provision",
    table: provisions,
    date: sql`${provisions.startDate}`,
    title: sql`${provisions.what}`,
    passage: sql`concat_ws(' ', ${provisions.what}, ${provisions.who}, ${provisions.frequency}, ${provisions.provisionMapNote})`,
    parentId: sql`${provisions.cycleId}`,
    joins: joinCycle(provisions.cycleId),
    isInPlan: true,
  },
  {
    kind: "delivery_session",
    table: deliverySessions,
    date: sql`${deliverySessions.date}`,
    title: sql`${provisions.what}`,
    passage: sql`coalesce(${deliverySessions.note}, '')`,
    parentId: sql`${provisions.cycleId}`,
    joins: sql`join ${provisions} on ${provisions.id} = ${deliverySessions.provisionId} ${joinCycle(provisions.cycleId)}`,
    isInPlan: true,
  },
  {
    kind: "review",
    table: reviews,
    date: sql`${reviews.date}`,
    title: null,
    passage: sql`concat_ws(' ', ${reviews.whatWorked}, ${reviews.barriers}, ${reviews.childViews}, ${reviews.parentViews})`,
    parentId: sql`${reviews.cycleId}`,
    joins: joinCycle(reviews.cycleId),
    isInPlan: true,
  },
  {
    kind: "measurement",
    table: measurements,
    date: sql`${measurements.date}`,
    title: sql`${measurements.label}`,
    passage: sql`concat_ws(' ', ${measurements.label}, ${measurements.source}, ${measurements.notes})`,
  },
  {
    kind: "adjustment",
    table: adjustments,
    date: sql`${adjustments.requestedOn}`,
    title: sql`${adjustments.description}`,
    passage: sql`concat_ws(' ', ${adjustments.description}, ${adjustments.requestedBy}, ${adjustments.reason}, ${adjustments.reviewNote})`,
  },
  {
    kind: "need",
    table: needs,
    date: sql`${needs.since}`,
    title: null,
    passage: sql`concat_ws(' ', ${needs.otherSigns}, ${needs.notes})`,
    parentId: sql`${needs.area}`,
  },
  {
    kind: "diagnosis",
    table: diagnoses,
    date: sql`${diagnoses.date}`,
    title: sql`${diagnoses.name}`,
    passage: sql`concat_ws(' ', ${diagnoses.name}, ${diagnoses.madeBy})`,
  },
  {
    kind: "professional",
    table: professionals,
    date: sql`${professionals.involvedFrom}`,
    title: sql`${professionals.name}`,
    passage: sql`concat_ws(' ', ${professionals.name}, ${professionals.organisation}, ${professionals.notes})`,
    parentId: sql`${professionals.role}`,
  },
  {
    kind: "referral",
    table: referrals,
    date: sql`${referrals.requestedOn}`,
    title: null,
    passage: sql`concat_ws(' ', ${referrals.requestedBy}, ${referrals.notes})`,
    parentId: sql`${referrals.service}`,
  },
  {
    kind: "report",
    table: reports,
    date: sql`${reports.date}`,
    title: sql`${reports.title}`,
    passage: sql`concat_ws(' ', ${reports.title}, ${reports.author})`,
    parentId: sql`${reports.id}`,
  },
  {
    kind: "recommendation",
    table: recommendations,
    date: null,
    title: sql`${reports.title}`,
    passage: sql`${recommendations.text}`,
    parentId: sql`${recommendations.reportId}`,
    joins: sql`join ${reports} on ${reports.id} = ${recommendations.reportId}`,
  },
  {
    kind: "meeting",
    table: meetings,
    date: sql`${meetings.date}`,
    title: sql`${meetings.title}`,
    passage: sql`concat_ws(' ', ${meetings.title}, ${meetings.questions}, ${meetings.notes}, ${meetings.agreed})`,
    parentId: sql`${meetings.id}`,
  },
  {
    kind: "meeting_action",
    table: meetingActions,
    date: sql`${meetingActions.dueDate}`,
    title: sql`${meetings.title}`,
    passage: sql`concat_ws(' ', ${meetingActions.description}, ${meetingActions.owner})`,
    parentId: sql`${meetingActions.meetingId}`,
    joins: sql`join ${meetings} on ${meetings.id} = ${meetingActions.meetingId}`,
  },
  {
    kind: "correspondence",
    table: correspondence,
    date: sql`${correspondence.date}`,
    title: sql`${correspondence.subject}`,
    passage: sql`concat_ws(' ', ${correspondence.subject}, ${correspondence.from}, ${correspondence.to}, ${correspondence.body})`,
  },
  {
    // Found by its notes (the type is a code; its words are shown, not searched).
    kind: "statutory_event",
    table: statutoryEvents,
    date: sql`${statutoryEvents.date}`,
    title: sql`${statutoryEvents.type}`,
    passage: sql`coalesce(${statutoryEvents.notes}, '')`,
  },
  {
    // Found by its words (what the school said, notes, who agreed or told the parent, the time);
    // the title is its kind, a code whose words are shown.
    kind: "school_day",
    table: schoolDayEvents,
    date: sql`${schoolDayEvents.date}`,
    title: sql`${schoolDayEvents.kind}`,
    passage: sql`concat_ws(' ', ${schoolDayEvents.schoolSaid}, ${schoolDayEvents.notes}, ${schoolDayEvents.agreedBy}, ${schoolDayEvents.parentToldBy}, ${schoolDayEvents.time})`,
  },
  // The tribunal (issue 23). Each record's parent is its appeal, whose pages show it; an appeal's
  // title is its type, a date's its kind (or its own name), an order's its kind: codes whose words are shown.
  {
    kind: "appeal",
    table: appeals,
    date: sql`coalesce(${appeals.registeredOn}, ${appeals.submittedOn})`,
    title: sql`${appeals.appealType}`,
    passage: sql`concat_ws(' ', ${appeals.tribunalReference}, ${appeals.notes})`,
    parentId: sql`${appeals.id}`,
  },
  {
    kind: "appeal_date",
    table: appealDates,
    date: sql`${appealDates.date}`,
    title: sql`coalesce(${appealDates.label}, ${appealDates.kind})`,
    passage: sql`concat_ws(' ', ${appealDates.label}, ${appealDates.notes})`,
    parentId: sql`${appealDates.appealId}`,
  },
  {
    kind: "appeal_order",
    table: appealOrders,
    date: sql`${appealOrders.madeOn}`,
    title: sql`${appealOrders.kind}`,
    passage: sql`coalesce(${appealOrders.notes}, '')`,
    parentId: sql`${appealOrders.appealId}`,
  },
  {
    kind: "appeal_proposal",
    table: appealProposals,
    date: null,
    title: sql`${appealProposals.section}`,
    passage: sql`concat_ws(' ', ${appealProposals.originalText}, ${appealProposals.proposedText}, ${appealProposals.reason})`,
    parentId: sql`${appealProposals.appealId}`,
  },
  {
    kind: "appeal_paragraph",
    table: appealStatementParagraphs,
    date: sql`${appealStatementParagraphs.date}`,
    title: null,
    passage: sql`${appealStatementParagraphs.text}`,
    parentId: sql`${appealStatementParagraphs.appealId}`,
  },
];

/** Whether `q` has anything to search for: a letter or a digit. */
export function hasSearchWords(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
/** Up to two passages of about 15 to 35 words round the matches. */
const PASSAGE_OPTIONS = `${MARKS}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
/** Texts shorter than this (a diary entry, a target) are shown whole, every match marked. */
const SHORT_TEXT_CHARS = 300;
/**
 * ts_headline parses all the text it is given, about half a millisecond for each page of a
 * document on PGlite, so a longer text is given only a window this long round a match, found with
 * a cheap regular expression (queryPattern); 50 documents of 4 pages took 100 ms whole, 25 ms so.
 */
const WINDOW_CHARS = 700;
const WINDOW_BEFORE_CHARS = 250;

/**
 * The quoted phrases of a web-search query (a quote left open runs to the end), and its other
 * words without the ones it leaves out ("-word"), as websearch_to_tsquery reads them.
 *
 * @example splitQuery('"speech therapy" reading -maths') // { phrases: ["speech therapy"], words: "reading" }
 */
export function splitQuery(q: string): { phrases: string[]; words: string } {
  const phrases = [...q.matchAll(/"([^"]*)("|$)/g)].map((m) => m[1]!.trim()).filter(hasSearchWords);
  const words = q
    .replace(/"[^"]*("|$)/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && !word.startsWith("-"))
    .join(" ");
  return { phrases, words };
}

/**
 * A regular expression for where the query first matches in a text, case-insensitively. A
 * phrase is its words as typed (only their letters and digits, so nothing in it is read as
 * regular-expression syntax), with any punctuation or spaces between them. Any other word is its
 * lexeme, the database's own stem, so "reading" also finds "reads": escaped to be read
 * literally, with a final "i" also matching "y", as "therapi" stands for "therapy".
 */
function queryPattern(q: string): SQL {
  const { phrases, words } = splitQuery(q);
  const phrasePattern = phrases
    .map((phrase) => phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join("\\W+"))
    .filter(Boolean)
    .join("|");
  // Passed as values, so no backslash has to survive two kinds of string escaping.
  const escapeEach = "\\\\\\1";
  return sql`(select ${"\\m("} || concat_ws('|', nullif(${phrasePattern}, ''), string_agg(regexp_replace(regexp_replace(lexeme, '([^[:alnum:]])', ${escapeEach}, 'g'), 'i$', '[iy]'), '|')) || ')'
    from unnest(tsvector_to_array(to_tsvector('english', ${words}))) as lexeme)`;
}

/**
 * The passage with the matched words marked: the whole of a short text; for a long one, a window
 * round the first place the pattern matches, or else the second (the pattern can match a word
 * the search did not, as "read" matches "ready"), checked by ts_headline marking a match in it;
 * failing both, the whole text, which costs the most. `firstTry` is the first window, worked out
 * once per row by the caller.
 */
function markedPassage(passage: SQL, query: SQL, pattern: SQL, firstTry: SQL): SQL {
  return sql`case
    when octet_length(${passage}) < ${SHORT_TEXT_CHARS} then ts_headline('english', ${passage}, ${query}, ${`${MARKS}, HighlightAll=true`})
    when strpos(${firstTry}, ${MATCH_START}) > 0 then ${firstTry}
    else (select case when strpos(second.passage, ${MATCH_START}) > 0 then second.passage else ts_headline('english', ${passage}, ${query}, ${PASSAGE_OPTIONS}) end
      from (select ${windowAt(passage, query, pattern, 2)} as passage offset 0) second)
    end`;
}

/** The window round the `nth` place `pattern` matches in a long text, with the matches marked (null when it has none). */
function windowAt(passage: SQL, query: SQL, pattern: SQL, nth: number): SQL {
  return sql`(select case when at > 0 then ts_headline('english', substring(${passage} from greatest(at - ${WINDOW_BEFORE_CHARS}, 1) for ${WINDOW_CHARS}), ${query}, ${PASSAGE_OPTIONS}) end
    from (select regexp_instr(${passage}, ${pattern}, 1, ${nth}, 0, 'i') as at) found_at)`;
}

/**
 * The case's records matching `q`, best first (newest first among equals), SEARCH_PAGE_SIZE at a
 * time (`page` counts from 1), and how many matched in all (0 when the page is past the end, or
 * past the best SEARCH_RESULT_CAP, without asking the database). `q` is read as a web search: words
 * (stemmed, so "reading" finds "reads"), "quoted phrases", OR, and -word to leave a word out.
 * A query with no words finds nothing, without asking the database.
 *
 * @example await searchCase(access, '"speech therapy" OR SALT') // { hits: [...], total: 3 }
 */
export async function searchCase(access: CaseAccess, q: string, { page = 1 }: { page?: number } = {}): Promise<SearchResults> {
  const text = q.slice(0, SEARCH_QUERY_LIMIT);
  const offset = (Math.max(1, Math.floor(page)) - 1) * SEARCH_PAGE_SIZE;
  if (!hasSearchWords(text) || offset >= SEARCH_RESULT_CAP) return { hits: [], total: 0 };
  // Kept per case state, words and page: the same search again (a page back, the next page and
  // back, a second person) asks the database nothing until the case changes (decision 132).
  return rememberForCaseVersion(access, "search", `${offset}\u0000${text}`, () => findMatches(access, text, offset));
}

async function findMatches(access: CaseAccess, text: string, offset: number): Promise<SearchResults> {
  // Written out in each part, not shared through a CTE: a constant query lets the planner use
  // the documents' GIN index, and PostgreSQL parses it once per statement all the same.
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const caseId = access.caseId;

  // First, which records match, ranked: only ids, dates and ranks, so little is read. Each part
  // is "this case's rows whose vector matches": with a GIN index on every vector (migration
  // 0011) the planner can find a rare word through it, and the case's own rows through the
  // case index when the word is common (checked with EXPLAIN; decision 123).
  const matches = SOURCES.map(
    (source) => sql`select ${source.kind}::text as kind, ${source.table.id}::text as id, ${source.date ?? sql`null`}::text as date,
      ts_rank(${source.table.search}, ${query})${source.boost ? sql` + ${source.boost(query)}` : sql``} as rank
      from ${source.table}
      where ${source.table.caseId} = ${caseId} and ${source.table.search} @@ ${query}`,
  );
  const best = rowsOf<{ kind: SearchKind; id: string; total: number | string }>(
    await db.execute(sql`select matches.kind, matches.id, count(*) over () as total
      from (${sql.join(matches, sql` union all `)}) matches
      order by matches.rank desc, matches.date desc nulls last, matches.id
      limit ${SEARCH_PAGE_SIZE} offset ${offset}`),
  );
  if (best.length === 0) return { hits: [], total: 0 };

  // Then only those records are read in full and their passages cut out, in a second, smaller
  // statement over just the kinds found (planning all twenty parts again costs more than the
  // second round trip to the database).
  const idsByKind = new Map<SearchKind, string[]>();
  for (const { kind, id } of best) idsByKind.set(kind, [...(idsByKind.get(kind) ?? []), id]);
  const details = SOURCES.filter((source) => idsByKind.has(source.kind)).map(
    (source) => sql`select ${source.kind}::text as kind, ${source.table.id}::text as id,
      ${source.date ?? sql`null`}::text as date,
      ${source.title ?? sql`null`}::text as title,
      ${source.parentId ?? sql`null`}::text as parent_id,
      ${source.isInPlan ? sql`${cycles.title}` : sql`null`}::text as plan_title,
      ${source.isInPlan ? sql`${cycles.kind}` : sql`null`}::text as plan_kind,
      ${source.isInPlan ? sql`${cycles.startDate}` : sql`null`}::text as plan_start,
      ${source.passage}::text as passage
      from ${source.table} ${source.joins ?? sql``}
      where ${source.table.caseId} = ${caseId} and ${source.table.id} in (${sql.join(
        idsByKind.get(source.kind)!.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  const pattern = queryPattern(text);
  const passage = sql`found.passage`;
  const rows = rowsOf<Row>(
    await db.execute(sql`with found as materialized (${sql.join(details, sql` union all `)})
      select found.kind, found.id, coalesce(found.date, found.plan_start) as date, found.title, found.parent_id, found.plan_title, found.plan_kind, found.plan_start,
        ${markedPassage(passage, query, pattern, sql`first.passage`)} as passage
      from found cross join lateral (
        select case when octet_length(found.passage) >= ${SHORT_TEXT_CHARS} then ${windowAt(passage, query, pattern, 1)} end as passage offset 0
      ) first`),
  );
  const byKey = new Map(rows.map((row) => [`${row.kind}:${row.id}`, row]));
  return {
    hits: best.flatMap(({ kind, id }) => {
      const row = byKey.get(`${kind}:${id}`);
      // A record deleted between the two statements is simply left out.
      if (!row) return [];
      const plan = row.plan_kind && row.plan_start ? { title: row.plan_title, kind: row.plan_kind, startDate: row.plan_start } : null;
      return [{ kind, id, title: row.title, date: row.date, passage: row.passage, parentId: row.parent_id, plan }];
    }),
    total: Number(best[0]!.total),
  };
}

type Row = {
  kind: SearchKind;
  id: string;
  date: string | null;
  title: string | null;
  parent_id: string | null;
  plan_title: string | null;
  plan_kind: "sen_support" | "monitoring" | null;
  plan_start: string | null;
  passage: string;
};

/** node-postgres answers `{ rows }`; so does PGlite through Drizzle, but older drivers gave the array. */
