// Adds a large case to the demo parent, for the benchmark: five years of support with fifteen
// cycles, 2,000 delivery records, 500 measurements, 300 diary entries, and five school years of
// terms with 30 records of the school day. Run with tsx against
// the same DATA_DIR or DATABASE_URL the server will use (never while a server holds PGlite).
// Prints the new case's id.
import { eq } from "drizzle-orm";
import { closeDatabase, db, migrateDatabase } from "~/data/db.server";
import { ensureDemoFamily, DEMO_ACCOUNT } from "~/data/demo.server";
import { caseAccess, cases, cycles, deliverySessions, diaryEntries, measurements, provisions, reviews, schoolDayEvents, schoolTerms, targets, users } from "~/data/schema";
import { SCHOOL_DAY_KINDS } from "~/domain/codes/school-day";
import { addDays, dayOfWeek, makeDate, type CalendarDate } from "~/domain";

const CYCLES = 15;
const SESSIONS = 2000;
const MEASUREMENTS = 500;
const DIARY_ENTRIES = 300;
const SCHOOL_YEARS = 5;
const SCHOOL_DAY_RECORDS = 30;
const START = makeDate(2021, 9, 6);

function schoolDaysFrom(start: CalendarDate, count: number): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let d = start; days.length < count; d = addDays(d, 1)) if (dayOfWeek(d) >= 1 && dayOfWeek(d) <= 5) days.push(d);
  return days;
}

await migrateDatabase();
await ensureDemoFamily();
const [parent] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNT.email));
if (!parent) throw new Error("The demo parent is missing: start with DEMO on");

const caseId = await db.transaction(async (tx) => {
  const [created] = await tx
    .insert(cases)
    .values({ childName: "Riley Benchmark", dateOfBirth: "2014-05-02", school: "Longfield Academy", yearGroup: "Year 7", sencoName: "Mr Ade" })
    .returning({ id: cases.id });
  const id = created!.id;
  await tx.insert(caseAccess).values({ caseId: id, userId: parent.id, role: "owner", level: "own", grantedBy: parent.id });
  const days = schoolDaysFrom(START, CYCLES * 60);
  const sessionsPerCycle = Math.ceil(SESSIONS / (CYCLES * 2));
  let sessionCount = 0;
  for (let c = 0; c < CYCLES; c++) {
    const startDate = days[c * 60]!;
    const reviewDate = days[c * 60 + 59]!;
    const [cycle] = await tx.insert(cycles).values({ caseId: id, title: `Plan ${c + 1}`, startDate, reviewDate }).returning({ id: cycles.id });
    const targetRows = await tx
      .insert(targets)
      .values([0, 1, 2].map((t) => ({ caseId: id, cycleId: cycle!.id, text: `Riley will read ${20 + c + t} tricky words accurately by ${reviewDate}`, position: t })))
      .returning({ id: targets.id });
    const lines = await tx
      .insert(provisions)
      .values(
        [0, 1].map((p) => ({
          caseId: id,
          cycleId: cycle!.id,
          targetId: targetRows[p]!.id,
          what: p === 0 ? "Phonics group" : "Access to a calm space as appropriate",
          who: p === 0 ? "Trained teaching assistant" : null,
          sessionsPerWeek: 3,
          durationMinutes: 20,
          startDate,
          endDate: reviewDate,
          position: p,
        })),
      )
      .returning({ id: provisions.id });
    for (const line of lines) {
      const count = Math.min(sessionsPerCycle, SESSIONS - sessionCount);
      if (count <= 0) continue;
      const dates = days.slice(c * 60, c * 60 + 60).slice(0, count);
      await tx.insert(deliverySessions).values(
        dates.map((date, i) => ({ caseId: id, provisionId: line.id, date, status: i % 4 === 3 ? ("cancelled" as const) : ("held" as const), cancelReason: i % 4 === 3 ? ("staff_absence" as const) : null })),
      );
      sessionCount += dates.length;
    }
    if (c < CYCLES - 1) {
      await tx.insert(reviews).values({
        caseId: id,
        cycleId: cycle!.id,
        date: reviewDate,
        parentAttended: true,
        targetProgress: targetRows.map((t) => ({ targetId: t.id, rating: "partly" as const, evidence: null })),
        overallProgress: c % 3 === 0 ? "expected" : "limited",
        decision: "continue",
      });
    }
  }
  const measureDays = schoolDaysFrom(START, MEASUREMENTS * 2);
  await tx.insert(measurements).values(
    Array.from({ length: MEASUREMENTS }, (_, i) => ({
      caseId: id,
      kind: (i % 2 === 0 ? "reading_age" : "wellbeing") as "reading_age" | "wellbeing",
      label: i % 2 === 0 ? "Reading age" : "Wellbeing",
      date: measureDays[i * 2]!,
      value: i % 2 === 0 ? 90 + Math.floor(i / 10) : 1 + (i % 5),
      expectedValue: i % 2 === 0 ? 100 + Math.floor(i / 4) : null,
      unit: i % 2 === 0 ? "months" : null,
    })),
  );
  const diaryDays = schoolDaysFrom(START, DIARY_ENTRIES * 4);
  await tx.insert(diaryEntries).values(
    Array.from({ length: DIARY_ENTRIES }, (_, i) => ({
      caseId: id,
      date: diaryDays[i * 4]!,
      text: i % 2 === 0 ? "Upset before school, said the hall was too loud." : "Reading homework took a long time and ended in tears.",
      areas: i % 2 === 0 ? ["sensory_physical", "semh"] : ["cognition_learning"],
    })),
  );
  await tx.insert(schoolTerms).values(
    Array.from({ length: SCHOOL_YEARS }, (_, i) => 2021 + i).flatMap((year) => [
      { caseId: id, kind: "term" as const, label: `Autumn term ${year}`, startDate: makeDate(year, 9, 6), endDate: makeDate(year, 12, 17) },
      { caseId: id, kind: "closure" as const, label: "Half-term", startDate: makeDate(year, 10, 25), endDate: makeDate(year, 10, 29) },
      { caseId: id, kind: "term" as const, label: `Spring term ${year + 1}`, startDate: makeDate(year + 1, 1, 5), endDate: makeDate(year + 1, 3, 31) },
      { caseId: id, kind: "term" as const, label: `Summer term ${year + 1}`, startDate: makeDate(year + 1, 4, 19), endDate: makeDate(year + 1, 7, 21) },
    ]),
  );
  // Every kind in turn, about one a term; each missed or timetabled day count kept small.
  const schoolDayDays = schoolDaysFrom(START, SCHOOL_DAY_RECORDS * 30);
  await tx.insert(schoolDayEvents).values(
    Array.from({ length: SCHOOL_DAY_RECORDS }, (_, i) => {
      const kind = SCHOOL_DAY_KINDS[i % SCHOOL_DAY_KINDS.length]!;
      const date = schoolDayDays[i * 30]!;
      return {
        caseId: id,
        kind,
        date,
        sessions: kind === "informal_exclusion" ? 1 : kind === "suspension" || kind === "absence" ? 4 : null,
        firstSession: kind === "informal_exclusion" ? ("afternoon" as const) : null,
        time: kind === "informal_exclusion" ? "12:30" : null,
        schoolSaid: "Riley could not settle after lunch and the school asked for him to be collected.",
        sessionsPerWeek: kind === "part_time_timetable" ? 6 : null,
        reviewDate: kind === "part_time_timetable" ? addDays(date, 28) : null,
        agreedBy: kind === "part_time_timetable" ? "The head of year" : null,
        restraintType: kind === "restraint" ? ("restraint" as const) : null,
        absenceReason: kind === "absence" ? ("illness" as const) : null,
        notes: i % 2 === 0 ? "Nobody told us in writing." : null,
      };
    }),
  );
  return id;
});
await closeDatabase();
console.log(caseId);
