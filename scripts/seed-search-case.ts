// Adds a case to the demo parent for the search benchmark (scripts/bench-search.js): 300 documents
// of a few pages of varied text each, and about 2,000 records (diary entries, sessions with notes,
// targets, provision, measurements, adjustments, meetings with actions, letters and emails), then
// times the search SQL alone for each benchmark query. Run with tsx against the same DATA_DIR or
// DATABASE_URL the server will use (never while a server holds PGlite).
// Prints one JSON line last: { caseId, sql: { [query]: { p50, p95, matches } } }.
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { requireCaseAccess } from "~/auth/access.server";
import { closeDatabase, db, migrateDatabase } from "~/data/db.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "~/data/demo.server";
import {
  adjustments,
  caseAccess,
  cases,
  correspondence,
  cycles,
  deliverySessions,
  diaryEntries,
  documents,
  measurements,
  meetingActions,
  meetings,
  provisions,
  reviews,
  targets,
  users,
} from "~/data/schema";
import { searchCase } from "~/data/search.server";
import { addDays, makeDate } from "~/domain";

const BENCH_QUERIES = ["reading", "trampoline", '"speech and language therapy"', "anxious OR worried"];
const DOCUMENTS = 300;
const SQL_RUNS = 60;

// A small seeded generator, so every run seeds the same case.
let seed = 20260301;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const CHILD = ["Riley", "he", "Riley", "the pupil", "Riley", "the child"];
const SUBJECTS = ["reading", "spelling", "handwriting", "maths", "phonics", "listening", "attention", "friendships", "transitions", "playtimes", "lunchtimes", "assemblies", "group work", "homework", "number bonds", "comprehension", "sentence writing", "fine motor skills", "self-regulation", "turn-taking", "working memory", "processing speed", "vocabulary", "expressive language", "receptive language"];
const VERBS = ["finds", "struggles with", "is making progress in", "has improved in", "needs support with", "avoids", "enjoys", "is anxious about", "copes well with", "becomes worried during", "needs extra time for", "responds well to help with"];
const SUPPORTS = ["a visual timetable", "small group phonics three times a week", "a quiet space to go to", "ear defenders in assembly", "precision teaching for ten minutes a day", "a now-and-next board", "pre-teaching of key vocabulary", "a social story before changes", "movement breaks every lesson", "a writing slope and pencil grip", "speech and language therapy", "an adult check-in each morning", "coloured overlays", "a sensory circuit before lessons", "Lego therapy with two peers", "a reading buddy", "a task board with three steps"];
const WHO = ["the class teacher", "a teaching assistant", "the SENCO", "the educational psychologist", "the speech and language therapist", "the occupational therapist", "the specialist teacher", "an ELSA", "the parents", "the head of year"];
const OBSERVED = ["was observed in class", "was assessed in a quiet room", "completed the standardised tests", "took part in a group activity", "was seen at home and at school", "spoke about school in a calm way"];
const RESULTS = ["scored below the average range", "scored within the average range", "showed a relative strength in visual reasoning", "showed difficulties with phonological awareness", "had a standard score of 78", "read 12 of 40 high-frequency words", "was working well below age-related expectations", "showed good effort throughout"];
const LINKERS = ["During the assessment", "In lessons", "At home", "According to school records", "Over the last term", "When tasks are unfamiliar", "In unstructured times", "With adult support"];

function sentence(): string {
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${pick(LINKERS)}, ${pick(CHILD)} ${pick(VERBS)} ${pick(SUBJECTS)}.`;
    case 1:
      return `It is recommended that ${pick(CHILD)} has ${pick(SUPPORTS)}, delivered by ${pick(WHO)}.`;
    case 2:
      return `${pick(CHILD).replace(/^./, (c) => c.toUpperCase())} ${pick(OBSERVED)} and ${pick(RESULTS)}.`;
    case 3:
      return `${pick(WHO).replace(/^./, (c) => c.toUpperCase())} reports that ${pick(CHILD)} ${pick(VERBS)} ${pick(SUBJECTS)} and ${pick(VERBS)} ${pick(SUBJECTS)}.`;
    default:
      return `Support with ${pick(SUBJECTS)} should include ${pick(SUPPORTS)} and be reviewed each half term.`;
  }
}

function paragraph(sentences: number): string {
  return Array.from({ length: sentences }, sentence).join(" ");
}

/** About one printed page: six paragraphs of six sentences (roughly 450 words). */
function page(): string {
  return Array.from({ length: 6 }, () => paragraph(6)).join("\n\n");
}

const DOCUMENT_KINDS = ["Educational psychology report", "Speech and language therapy report", "Occupational therapy report", "School support plan", "Provision map", "Annual review paperwork", "Email from the SENCO", "Letter from the council", "School report", "Meeting notes"];

await migrateDatabase();
await ensureDemoFamily();
const [parent] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNT.email));
if (!parent) throw new Error("The demo parent is missing: start with DEMO on");

const START = makeDate(2021, 9, 6);
const caseId = await db.transaction(async (tx) => {
  const [created] = await tx.insert(cases).values({ childName: "Riley Searchbench", dateOfBirth: "2014-05-02", school: "Longfield Academy", yearGroup: "Year 7" }).returning({ id: cases.id });
  const id = created!.id;
  await tx.insert(caseAccess).values({ caseId: id, userId: parent.id, role: "owner", level: "own", grantedBy: parent.id });

  const documentRows = Array.from({ length: DOCUMENTS }, (_, i) => {
    const pages = Array.from({ length: 2 + Math.floor(random() * 4) }, page);
    // A rare word in three documents, so one benchmark query finds few matches.
    if (i % 100 === 7) pages[0] += " At home Riley loves the trampoline, which helps with regulation.";
    return {
      caseId: id,
      title: `${pick(DOCUMENT_KINDS)} ${i + 1}`,
      date: addDays(START, i * 5),
      source: pick(["school", "professional", "local_authority", "health", "home"] as const),
      author: pick(WHO),
      fileName: `document-${i + 1}.pdf`,
      mediaType: "application/pdf",
      sizeBytes: 40_000 + i,
      sha256: i.toString(16).padStart(64, "0"),
      storageKey: `bench-search-${id}-${i}`,
      text: pages.join("\n\n"),
    };
  });
  for (let i = 0; i < documentRows.length; i += 50) await tx.insert(documents).values(documentRows.slice(i, i + 50));

  // 20 cycles, each with 5 targets, 3 lines of provision, 40 sessions with notes and a review.
  for (let c = 0; c < 20; c++) {
    const startDate = addDays(START, c * 84);
    const [cycle] = await tx
      .insert(cycles)
      .values({ caseId: id, title: `Plan ${c + 1}`, startDate, reviewDate: addDays(startDate, 80), assessmentSummary: paragraph(3), assessedBy: pick(WHO) })
      .returning({ id: cycles.id });
    await tx.insert(targets).values(Array.from({ length: 5 }, (_, t) => ({ caseId: id, cycleId: cycle!.id, text: `Riley ${pick(VERBS)} ${pick(SUBJECTS)}: target ${t + 1}`, position: t })));
    const lines = await tx
      .insert(provisions)
      .values(Array.from({ length: 3 }, (_, p) => ({ caseId: id, cycleId: cycle!.id, what: pick(SUPPORTS), who: pick(WHO), sessionsPerWeek: 3, durationMinutes: 20, startDate, position: p })))
      .returning({ id: provisions.id });
    await tx.insert(deliverySessions).values(
      Array.from({ length: 40 }, (_, s) => ({
        caseId: id,
        provisionId: lines[s % 3]!.id,
        date: addDays(startDate, Math.floor(s / 3) * 2 + (s % 3) * 100 + 1),
        status: s % 5 === 4 ? ("cancelled" as const) : ("held" as const),
        note: `${pick(LINKERS)}, ${pick(CHILD)} ${pick(VERBS)} ${pick(SUBJECTS)}.`,
      })),
    );
    if (c < 19) {
      await tx.insert(reviews).values({ caseId: id, cycleId: cycle!.id, date: addDays(startDate, 80), whatWorked: paragraph(2), barriers: paragraph(2), parentViews: paragraph(1), overallProgress: "limited", decision: "continue" });
    }
  }
  await tx.insert(diaryEntries).values(
    Array.from({ length: 500 }, (_, i) => ({
      caseId: id,
      date: addDays(START, i * 3),
      text: i % 250 === 3 ? "Bounced on the trampoline for an hour after school and was much calmer." : `${paragraph(2)} ${pick(["Worried about tomorrow.", "Anxious at the gate.", "A good day.", "Tired and tearful."])}`,
      areas: [pick(["cognition_learning", "semh", "sensory_physical", "communication_interaction"] as const)],
    })),
  );
  await tx.insert(measurements).values(
    Array.from({ length: 300 }, (_, i) => ({
      caseId: id,
      kind: "reading_age" as const,
      label: pick(["Reading age", "Spelling age", "Single word reading", "Wellbeing"]),
      date: addDays(START, i * 5),
      value: 80 + (i % 30),
      source: pick(["Salford test", "Teacher assessment", "Termly data", "Boxall profile"]),
      notes: random() < 0.3 ? sentence() : null,
    })),
  );
  await tx.insert(adjustments).values(Array.from({ length: 40 }, (_, i) => ({ caseId: id, description: pick(SUPPORTS), requestedOn: addDays(START, i * 30), requestedBy: "Parent", reason: random() < 0.5 ? sentence() : null })));
  const meetingRows = await tx
    .insert(meetings)
    .values(Array.from({ length: 60 }, (_, i) => ({ caseId: id, date: addDays(START, i * 25), kind: "senco" as const, title: `Meeting ${i + 1} with the SENCO`, notes: paragraph(4), agreed: paragraph(1) })))
    .returning({ id: meetings.id });
  await tx.insert(meetingActions).values(
    Array.from({ length: 100 }, (_, i) => ({ caseId: id, meetingId: meetingRows[i % 60]!.id, description: `Arrange ${pick(SUPPORTS)}`, owner: pick(WHO), position: i })),
  );
  await tx.insert(correspondence).values(
    Array.from({ length: 100 }, (_, i) => ({
      caseId: id,
      direction: i % 2 === 0 ? ("sent" as const) : ("received" as const),
      date: addDays(START, i * 15),
      channel: "email" as const,
      from: i % 2 === 0 ? "Parent" : "SENCO",
      to: i % 2 === 0 ? "SENCO" : "Parent",
      subject: `About ${pick(SUBJECTS)}`,
      body: paragraph(5),
    })),
  );
  return id;
});

// The SQL alone, in this process: each query run SQL_RUNS times, one after another.
const access = await requireCaseAccess({ id: parent.id, email: parent.email, name: parent.name, sessionId: "bench" }, caseId, "read");
const timings: Record<string, { p50: number; p95: number; matches: number }> = {};
for (const q of BENCH_QUERIES) {
  await searchCase(access, q);
  const times: number[] = [];
  let matches = 0;
  for (let run = 0; run < SQL_RUNS; run++) {
    const started = performance.now();
    matches = (await searchCase(access, q)).total;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.ceil(fraction * times.length) - 1)]!;
  timings[q] = { p50: at(0.5), p95: at(0.95), matches };
}
await closeDatabase();
console.log(JSON.stringify({ caseId, sql: timings }));
