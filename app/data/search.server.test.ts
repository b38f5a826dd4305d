import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { createCycle, createProvision } from "../../tests/factories/delivery";
import { createAdjustment, createDiaryEntry, createMeasurement } from "../../tests/factories/progress";
import { createSchoolDayRecord } from "../../tests/factories/school-day";
import { requireCaseAccess, type CaseAccess } from "~/auth/access.server";
import { MATCH_END, MATCH_START } from "~/domain/progress/search-marks";
import { db } from "./db.server";
import {
  correspondence,
  deliverySessions,
  diagnoses,
  documents,
  meetingActions,
  meetings,
  needs,
  professionals,
  recommendations,
  referrals,
  reports,
  reviews,
  statutoryEvents,
  targets,
} from "./schema";
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP, searchCase, splitQuery } from "./search.server";
import { searchHitPath, searchHitTitle } from "~/components/search/search-result";
import { createAppeal } from "../../tests/factories/tribunal";
import { addAppealDate, addParagraph, addProposal, recordOrder, updateAppeal } from "./appeals.server";

useTestDatabase();

async function ownCase(): Promise<CaseAccess> {
  const owner = await createParent();
  return requireCaseAccess(owner, await createChildCase(owner), "own");
}

let storageCount = 0;
async function createDocument(access: CaseAccess, values: { title: string; text: string | null; date?: string | null; author?: string | null }) {
  storageCount += 1;
  const [row] = await db
    .insert(documents)
    .values({
      caseId: access.caseId,
      fileName: "file.txt",
      mediaType: "text/plain",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      storageKey: `search-test-${storageCount}-${Math.random()}`,
      date: null,
      ...values,
    })
    .returning();
  return row!;
}

/** The marked words of a passage. */
function marked(passage: string): string[] {
  return [...passage.matchAll(new RegExp(`${MATCH_START}(.*?)${MATCH_END}`, "g"))].map((m) => m[1]!);
}

describe("searching a case", () => {
  it("keeps a search's results until the case changes, then finds the new record (decision 132)", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { text: "Quiet at the heron pond" });
    expect((await searchCase(access, "heron")).total).toBe(1);
    expect((await searchCase(access, "heron")).total).toBe(1);
    await createDiaryEntry(access, { text: "Drew a heron at school" });
    const again = await searchCase(access, "heron");
    expect(again.total).toBe(2);
    expect(again.hits.map((hit) => hit.passage).join(" ")).toContain("school");
  });

  it("finds words in a document's text and shows the passage with the words marked", async () => {
    const access = await ownCase();
    const document = await createDocument(access, {
      title: "Educational psychologist's report",
      date: "2025-11-03",
      text: "Background. Sam is a cheerful boy. Recommendations: Sam should have a visual timetable in every lesson and a quiet space to go to.",
    });
    const { hits, total } = await searchCase(access, "timetable");
    expect(total).toBe(1);
    expect(hits).toEqual([
      expect.objectContaining({ kind: "document", id: document.id, title: "Educational psychologist's report", date: "2025-11-03", parentId: null, plan: null }),
    ]);
    expect(marked(hits[0]!.passage)).toEqual(["timetable"]);
    expect(hits[0]!.passage).toContain("visual");
  });

  it("finds words in records of every kind", async () => {
    const access = await ownCase();
    const word = "zeppelin";
    const cycle = await createCycle(access.caseId, { title: `Spring ${word} plan`, startDate: "2026-01-05" });
    await db.insert(targets).values({ caseId: access.caseId, cycleId: cycle.id, text: `Draw a ${word}` });
    const line = await createProvision(cycle, { what: `${word} club` });
    await db.insert(deliverySessions).values({ caseId: access.caseId, provisionId: line.id, date: "2025-10-06", status: "held", note: `Built a ${word}` });
    await db.insert(reviews).values({ caseId: access.caseId, cycleId: cycle.id, date: "2026-03-27", whatWorked: `The ${word} club` });
    await createMeasurement(access, { label: `${word} test`, date: "2026-02-01" });
    await createDiaryEntry(access, { text: `Talked about a ${word}` });
    await createAdjustment(access, { description: `A ${word} poster` });
    await db.insert(needs).values({ caseId: access.caseId, area: "semh", notes: `Frightened of the ${word}` });
    await db.insert(diagnoses).values({ caseId: access.caseId, name: `${word} syndrome` });
    const [professional] = await db.insert(professionals).values({ caseId: access.caseId, name: "Dr Finch", role: "educational_psychologist", notes: `Likes the ${word}` }).returning();
    await db.insert(referrals).values({ caseId: access.caseId, service: "camhs", professionalId: professional!.id, notes: `${word} worries` });
    const [report] = await db.insert(reports).values({ caseId: access.caseId, title: `${word} report`, date: "2026-01-20" }).returning();
    await db.insert(recommendations).values({ caseId: access.caseId, reportId: report!.id, text: `Give a ${word} break` });
    const [meeting] = await db.insert(meetings).values({ caseId: access.caseId, date: "2026-02-10", title: "Review meeting", notes: `Discussed the ${word}` }).returning();
    await db.insert(meetingActions).values({ caseId: access.caseId, meetingId: meeting!.id, description: `Buy a ${word}`, owner: "SENCO" });
    await db.insert(correspondence).values({ caseId: access.caseId, direction: "sent", date: "2026-02-11", subject: "After the meeting", body: `About the ${word}` });
    await createDocument(access, { title: "Notes", text: `A ${word} drawing` });
    await db.insert(statutoryEvents).values({ caseId: access.caseId, type: "ehcna_request_received", date: "2026-03-02", notes: `Posted with the ${word} report` });
    const sentHome = await createSchoolDayRecord(access, { kind: "informal_exclusion", date: "2026-03-09", schoolSaid: `He threw the ${word} in class` });
    const appeal = await createAppeal(access, { notes: `Bring the ${word} drawing` });
    await updateAppeal(access, appeal.id, { registeredOn: "2026-05-01" });
    await addAppealDate(access, appeal.id, { kind: "other", date: "2026-06-01", label: "Case review", notes: `Ask about the ${word}` });
    await recordOrder(access, appeal.id, { kind: "assess", madeOn: "2026-07-01", notOpposedOn: null, notes: `The ${word} helped` });
    await addProposal(access, appeal.id, { section: "F", planLineId: null, originalText: null, proposedText: `A ${word} club each week`, kind: "parent_add", reason: null, evidencePages: null });
    await addParagraph(access, appeal.id, { date: "2026-03-01", text: `He loves the ${word}.`, exhibitDocumentIds: [] });

    const { hits: firstPage, total } = await searchCase(access, word);
    const hits = [...firstPage, ...(await searchCase(access, word, { page: 2 })).hits];
    expect(total).toBe(25);
    expect(new Set(hits.map((hit) => hit.kind))).toEqual(
      new Set([
        "document", "diary_entry", "cycle", "target", "provision", "delivery_session", "review", "measurement", "adjustment",
        "need", "diagnosis", "professional", "referral", "report", "recommendation", "meeting", "meeting_action", "correspondence",
        "statutory_event", "school_day", "appeal", "appeal_date", "appeal_order", "appeal_proposal", "appeal_paragraph",
      ]),
    );
    for (const hit of hits) expect(marked(hit.passage), `${hit.kind} passage`).toContain(word);

    const byKind = new Map(hits.map((hit) => [hit.kind, hit]));
    const plan = { title: `Spring ${word} plan`, kind: "sen_support", startDate: "2026-01-05" };
    expect(byKind.get("target")).toMatchObject({ parentId: cycle.id, plan, date: "2026-01-05" });
    expect(byKind.get("delivery_session")).toMatchObject({ parentId: cycle.id, plan, title: `${word} club`, date: "2025-10-06" });
    expect(byKind.get("review")).toMatchObject({ parentId: cycle.id, plan, date: "2026-03-27" });
    expect(byKind.get("recommendation")).toMatchObject({ parentId: report!.id, title: `${word} report` });
    expect(byKind.get("meeting_action")).toMatchObject({ parentId: meeting!.id, title: "Review meeting" });
    expect(byKind.get("need")).toMatchObject({ parentId: "semh" });
    expect(byKind.get("referral")).toMatchObject({ parentId: "camhs" });
    expect(byKind.get("statutory_event")).toMatchObject({ title: "ehcna_request_received", date: "2026-03-02" });
    expect(byKind.get("school_day")).toMatchObject({ id: sentHome.id, title: "informal_exclusion", date: "2026-03-09" });
    expect(byKind.get("appeal")).toMatchObject({ id: appeal.id, parentId: appeal.id, title: "refusal_to_assess", date: "2026-05-01" });
    expect(byKind.get("appeal_date")).toMatchObject({ parentId: appeal.id, title: "Case review", date: "2026-06-01" });
    expect(byKind.get("appeal_order")).toMatchObject({ parentId: appeal.id, title: "assess", date: "2026-07-01" });
    expect(byKind.get("appeal_proposal")).toMatchObject({ parentId: appeal.id, title: "F", date: null });
    expect(byKind.get("appeal_paragraph")).toMatchObject({ parentId: appeal.id, title: null, date: "2026-03-01" });
  });

  it("finds an appeal's proposed changes and statement paragraphs by their words, named and linked to their page", async () => {
    const access = await ownCase();
    const appeal = await createAppeal(access);
    await addProposal(access, appeal.id, { section: "F", planLineId: null, originalText: "Therapy as needed", proposedText: "Weekly occupational therapy", kind: "parent_change", reason: "The OT report", evidencePages: "C4" });
    await addParagraph(access, appeal.id, { date: "2026-02-03", text: "Sam was sent home after the fire alarm.", exhibitDocumentIds: [] });
    const [proposalHit] = (await searchCase(access, "occupational")).hits;
    expect(searchHitTitle(proposalHit!)).toBe("Working document: Section F: special educational provision (the help)");
    expect(searchHitPath(access.caseId, proposalHit!, { canWrite: true, q: "occupational" })).toBe(`/cases/${access.caseId}/appeals/${appeal.id}/working-document`);
    const [paragraphHit] = (await searchCase(access, "fire alarm")).hits;
    expect(searchHitTitle(paragraphHit!)).toBe("Witness statement: 3 February 2026");
    expect(searchHitPath(access.caseId, paragraphHit!, { canWrite: false, q: "fire alarm" })).toBe(`/cases/${access.caseId}/appeals/${appeal.id}/statement`);
    expect(await searchCase(await ownCase(), "occupational")).toEqual({ hits: [], total: 0 });
  });

  it("finds a school-day record by what the school said, who agreed it, who told the parent, or its notes, named by its kind and linked to its page", async () => {
    const access = await ownCase();
    const timetable = await createSchoolDayRecord(access, { kind: "part_time_timetable", date: "2026-09-14", agreedBy: "Mrs Oyelaran the head", schoolSaid: null, time: null, firstSession: null, sessions: null });
    const restraint = await createSchoolDayRecord(access, { kind: "restraint", date: "2026-10-01", parentToldBy: "Mr Dunmore", notes: "Bruise on his wrist", schoolSaid: null });
    const sentHome = await createSchoolDayRecord(access, { schoolSaid: "Too unsettled for the afternoon" });
    const found = async (q: string) => (await searchCase(access, q)).hits.map((hit) => hit.id);
    expect(await found("Oyelaran")).toEqual([timetable.id]);
    expect(await found("Dunmore")).toEqual([restraint.id]);
    expect(await found("bruised wrist")).toEqual([restraint.id]);
    expect(await found("unsettled")).toEqual([sentHome.id]);
    const [hit] = (await searchCase(access, "unsettled")).hits;
    expect(searchHitTitle(hit!)).toBe("Sent home without a formal exclusion");
    expect(searchHitPath(access.caseId, hit!, { canWrite: false, q: "unsettled" })).toBe(`/cases/${access.caseId}/school-day/${sentHome.id}`);
    expect(await searchCase(await ownCase(), "unsettled")).toEqual({ hits: [], total: 0 });
  });

  it("cuts the passage from deep inside a long document, round the match", async () => {
    const access = await ownCase();
    const filler = "Riley enjoyed the lesson and joined in with the group. ".repeat(200);
    await createDocument(access, { title: "Long report", text: `${filler}She needs speech therapy twice a week. ${filler}` });
    for (const q of ["therapy", "therapies", '"speech therapy"']) {
      const { hits } = await searchCase(access, q);
      expect(hits, q).toHaveLength(1);
      expect(marked(hits[0]!.passage), q).toContain("therapy");
      expect(hits[0]!.passage.length, q).toBeLessThan(600);
    }
  });

  it("finds the passage when a word's stem is not how it is written", async () => {
    const access = await ownCase();
    const filler = "Nothing of note happened in class today at all. ".repeat(100);
    await createDocument(access, { title: "Notes", text: `${filler}Riley was happy at lunch. ${filler}` });
    const { hits } = await searchCase(access, "happiness");
    expect(marked(hits[0]!.passage)).toEqual(["happy"]);
  });

  it("reads words with dots, at signs and plus signs literally when finding the passage", async () => {
    const access = await ownCase();
    const filler = "Nothing of note happened in class today at all. ".repeat(100);
    await createDocument(access, { title: "Email", text: `${filler}Write to senco.office@school.example or see version 2.1+ of the plan. ${filler}` });
    for (const q of ["senco.office@school.example", "2.1", "(plan)"]) {
      const { hits } = await searchCase(access, q);
      expect(hits, q).toHaveLength(1);
      expect(marked(hits[0]!.passage).length, q).toBeGreaterThan(0);
    }
  });

  it("finds other forms of a word: searching reading finds reads", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { text: "She reads every night now." });
    const { hits } = await searchCase(access, "reading");
    expect(hits).toHaveLength(1);
    expect(marked(hits[0]!.passage)).toEqual(["reads"]);
  });

  it("never returns another case's records, even with the same words", async () => {
    const mine = await ownCase();
    const theirs = await ownCase();
    await createDiaryEntry(mine, { text: "Mine: the trampoline helped." });
    await createDiaryEntry(theirs, { text: "Theirs: the trampoline helped too." });
    await createDocument(theirs, { title: "Trampoline letter", text: "About the trampoline." });
    const { hits, total } = await searchCase(mine, "trampoline");
    expect(total).toBe(1);
    expect(hits.map((hit) => hit.passage.replace(/[\uE000\uE001]/g, ""))).toEqual(["Mine: the trampoline helped."]);
  });

  it("puts a document named after the words before records that only mention them", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { date: "2026-05-01", text: "Homework about volcanoes again. Volcanoes, volcanoes." });
    const named = await createDocument(access, { title: "Volcano project", text: "A page of writing." });
    const { hits } = await searchCase(access, "volcano");
    expect(hits.map((hit) => hit.id)[0]).toBe(named.id);
  });

  it("shows the newest first among equally good matches", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { date: "2025-01-01", text: "Lunch was hard." });
    await createDiaryEntry(access, { date: "2025-03-01", text: "Lunch was hard." });
    await createDiaryEntry(access, { date: "2025-02-01", text: "Lunch was hard." });
    const { hits } = await searchCase(access, "lunch");
    expect(hits.map((hit) => hit.date)).toEqual(["2025-03-01", "2025-02-01", "2025-01-01"]);
  });

  it("reads quoted phrases, OR and leaving a word out, as a web search does", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { text: "The speech therapy session was cancelled." });
    await createDiaryEntry(access, { text: "Therapy for speech sounds starts soon." });
    await createDiaryEntry(access, { text: "Occupational therapist visited." });
    expect((await searchCase(access, '"speech therapy"')).total).toBe(1);
    expect((await searchCase(access, "speech therapy")).total).toBe(2);
    expect((await searchCase(access, "speech OR occupational")).total).toBe(3);
    expect((await searchCase(access, "therapy -cancelled")).total).toBe(1);
  });

  it("handles odd characters, stray quotes and words with no meaning without an error", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { text: "Maths was O'Brien's favourite (really)." });
    for (const q of ['"', "'", "((", "a & b | !c", "O'Brien's", "-", "*:", "\\", "<mark>", "'; drop table documents; --", "the", "ünïcödé", "\uE000"]) {
      await expect(searchCase(access, q), q).resolves.toEqual(expect.objectContaining({ hits: expect.any(Array) }));
    }
    expect((await searchCase(access, "O'Brien's")).total).toBe(1);
    expect((await searchCase(access, "(really)")).total).toBe(1);
  });

  it("finds nothing, without asking the database, for an empty or punctuation-only query", async () => {
    const access = await ownCase();
    await createDiaryEntry(access, { text: "Anything at all." });
    expect(await searchCase(access, "")).toEqual({ hits: [], total: 0 });
    expect(await searchCase(access, "   ")).toEqual({ hits: [], total: 0 });
    expect(await searchCase(access, "?!…")).toEqual({ hits: [], total: 0 });
  });

  it(`shows ${SEARCH_PAGE_SIZE} results a page, best first, and counts them all`, async () => {
    const access = await ownCase();
    const cycle = await createCycle(access.caseId);
    const line = await createProvision(cycle);
    await db.insert(deliverySessions).values(
      Array.from({ length: SEARCH_PAGE_SIZE * 2 + 5 }, (_, i) => ({
        caseId: access.caseId,
        provisionId: line.id,
        date: `2025-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
        status: "held" as const,
        note: "Good focus",
      })),
    );
    const pages = await Promise.all([1, 2, 3, 4].map((page) => searchCase(access, "focus", { page })));
    expect(pages.map((p) => p.total)).toEqual([SEARCH_PAGE_SIZE * 2 + 5, SEARCH_PAGE_SIZE * 2 + 5, SEARCH_PAGE_SIZE * 2 + 5, 0]);
    expect(pages.map((p) => p.hits.length)).toEqual([SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, 5, 0]);
    const dates = pages.flatMap((p) => p.hits.map((hit) => hit.date!));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(pages.flatMap((p) => p.hits.map((hit) => hit.id))).size).toBe(SEARCH_PAGE_SIZE * 2 + 5);
  });

  it(`shows only the best ${SEARCH_RESULT_CAP} results, still counting them all`, async () => {
    const access = await ownCase();
    const cycle = await createCycle(access.caseId);
    const line = await createProvision(cycle);
    const count = SEARCH_RESULT_CAP + 5;
    await db.insert(deliverySessions).values(
      Array.from({ length: count }, (_, i) => ({
        caseId: access.caseId,
        provisionId: line.id,
        date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        status: "held" as const,
        note: "Calm start",
      })),
    );
    const lastPage = SEARCH_RESULT_CAP / SEARCH_PAGE_SIZE;
    const [last, past] = await Promise.all([searchCase(access, "calm", { page: lastPage }), searchCase(access, "calm", { page: lastPage + 1 })]);
    expect(last).toMatchObject({ total: count });
    expect(last.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(past).toEqual({ hits: [], total: 0 });
  });

  it("shows a document found only by its title, even when no text could be read", async () => {
    const access = await ownCase();
    const document = await createDocument(access, { title: "Hearing test letter", text: null });
    const { hits } = await searchCase(access, "hearing");
    expect(hits).toEqual([expect.objectContaining({ id: document.id, passage: "" })]);
  });
});

describe("splitQuery", () => {
  it("separates quoted phrases from the other words, leaving out the words to leave out", () => {
    expect(splitQuery('"speech therapy" reading -maths')).toEqual({ phrases: ["speech therapy"], words: "reading" });
    expect(splitQuery('a "b c" OR "d"')).toEqual({ phrases: ["b c", "d"], words: "a OR" });
  });

  it("reads an unclosed quote as a phrase to the end, and ignores empty ones", () => {
    expect(splitQuery('reading "speech ther')).toEqual({ phrases: ["speech ther"], words: "reading" });
    expect(splitQuery('"" "!!" x')).toEqual({ phrases: [], words: "x" });
  });
});
