// The demo family, created at start when the database is empty and DEMO is not "off", so a
// newcomer has a realistic case to explore. Later features add to the demo case here; its
// documents, meetings and letters are in demo-evidence.server.ts. A second child, whose appeal
// against a refusal to assess is under way, is in demo-appeal.server.ts.
import { sql } from "drizzle-orm";
import { requireCaseAccess } from "~/auth/access.server";
import { hashPassword } from "~/auth/password.server";
import { compareDates, makeDate, type CalendarDate } from "~/domain";
import { listExpectedSessionDates } from "~/domain/delivery/expected-sessions";
import { todayIn } from "~/services/clock.server";
import { db, inOneTransaction, type Db } from "./db.server";
import { addDemoSibling } from "./demo-appeal.server";
import { addDemoEvidence } from "./demo-evidence.server";
import { addDemoOrganisation } from "./demo-organisation.server";
import { isDemoNeeded } from "./demo-needed.server";
import { addDemoPlans } from "./demo-plans.server";
import { addDemoSchoolDay } from "./demo-school-day.server";
import {
  adjustments,
  caseAccess,
  caseContacts,
  cases,
  cycles,
  deliverySessions,
  diagnoses,
  diaryEntries,
  measurements,
  needs,
  provisions,
  reviews,
  targets,
  users,
} from "./schema";

export const DEMO_ACCOUNT = {
  email: "demo.parent@clearpath.example",
  password: "rainy-kite-harbour",
  name: "Alex Morgan",
} as const;

// Held (until the transaction ends) while the demo is added, so instances starting together on
// one PostgreSQL database add it once: the second waits, then finds the users there.
const DEMO_LOCK_KEY = 35_530_092_480_006;

/**
 * Creates the demo parent and case if the database has no users yet, in one transaction: a start
 * that fails part way leaves no half demo, and the next start adds it whole. Its records are
 * dated from `today` (tests pass a fixed day).
 */
export async function ensureDemoFamily(today: CalendarDate = todayIn("Europe/London")): Promise<void> {
  await inOneTransaction(async () => {
    await db.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`);
    if (await isDemoNeeded()) await addDemoFamily(today);
  });
}

async function addDemoFamily(today: CalendarDate) {
  const passwordHash = await hashPassword(DEMO_ACCOUNT.password);
  const { parentId, caseId } = await db.transaction(async (tx) => {
    const [parent] = await tx
      .insert(users)
      .values({ email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name, passwordHash, emailVerifiedAt: new Date() })
      .returning({ id: users.id });
    const [child] = await tx
      .insert(cases)
      .values({
        childName: "Sam Morgan",
        dateOfBirth: "2017-11-14",
        school: "Riverside Primary School",
        yearGroup: "Year 4",
        sencoName: "Mrs Priya Shah",
        sencoEmail: "senco@riverside-primary.example",
        sencoPhone: "01632 960 118",
        strengths: "Kind and funny. Remembers facts about animals and space. Good at building things with Lego.",
        interests: "Dinosaurs, drawing comics, swimming on Saturdays.",
        views: "\"I like it when Miss Okafor shows me what to do first. I don't like the hall at lunch because it is too loud. Reading makes my head hurt.\"",
      })
      .returning({ id: cases.id });
    if (!parent || !child) throw new Error("Demo family was not created");
    await tx.insert(caseAccess).values({ caseId: child.id, userId: parent.id, role: "owner", level: "own", grantedBy: parent.id });
    await tx.insert(needs).values([
      {
        caseId: child.id,
        area: "cognition_learning",
        signs: ["cl_slow_progress", "cl_avoids_reading_writing", "cl_reading_spelling", "cl_retaining"],
        otherSigns: "Reads well below the level of his friends. Says words back to front when reading aloud.",
        since: "2023-09-01",
        impact: "a_great_deal",
        notes: "Class teacher mentioned phonics catch-up in Year 2, but no plan was shared with us.",
      },
      {
        caseId: child.id,
        area: "semh",
        signs: ["semh_anxiety", "semh_meltdowns", "semh_avoidance"],
        otherSigns: "Stomach aches on Sunday nights. Very tired and upset after school most days.",
        since: "2024-09-01",
        impact: "quite_a_lot",
        notes: null,
      },
    ]);
    await tx.insert(caseContacts).values([
      { caseId: child.id, name: "Miss Grace Okafor", role: "Class teacher", email: "g.okafor@riverside-primary.example", phone: null },
      { caseId: child.id, name: "Dr Tom Reed", role: "GP", email: null, phone: "01632 960 450" },
    ]);
    await tx.insert(diagnoses).values({ caseId: child.id, name: "Waiting for a dyslexia screening", date: null, madeBy: null });
    await addDemoSupportRecord(tx, child.id, today);
    return { parentId: parent.id, caseId: child.id };
  });
  const owner = { id: parentId, email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name, sessionId: "demo-setup" };
  const access = await requireCaseAccess(owner, caseId, "own");
  const parent = { id: parentId, name: DEMO_ACCOUNT.name };
  await addDemoEvidence(access, parent, today);
  await addDemoPlans(access, parent, today);
  await addDemoSchoolDay(access, today);
  // Sam's sister, whose appeal is under way (decision 150). Her name sorts after Sam's, so his
  // case stays the first on the parent's list of cases.
  await addDemoSibling(owner, today);
  await addDemoOrganisation(access, parentId, today);
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * A year and a half of SEN support that is not working: three cycles, the second repeating the
 * first plan unchanged, sessions that happen less and less, and reading that stalls. Dates are
 * set from the current school year, so the demo always looks recent.
 */
async function addDemoSupportRecord(tx: Tx, caseId: string, today: CalendarDate) {
  const month = Number(today.slice(5, 7));
  const thisYear = Number(today.slice(0, 4));
  const y = month >= 9 ? thisYear : thisYear - 1; // the year this school year started
  const plan = {
    targets: [
      "Sam will read 40 of the 100 high-frequency words accurately by the end of term.",
      "Sam will use a word bank to write three sentences on his own, twice a week, by the review.",
    ],
    what: "Phonics catch-up group (Read Write Inc. Fresh Start)",
    who: "Teaching assistant trained in the programme",
  };
  const stages = [
    { title: "Spring plan: reading", start: makeDate(y - 1, 1, 12), review: makeDate(y - 1, 3, 27), cancelEvery: 9, progress: "limited" as const, reviewed: true },
    { title: "Summer plan: reading (repeated)", start: makeDate(y - 1, 4, 20), review: makeDate(y - 1, 7, 10), cancelEvery: 3, progress: "limited" as const, reviewed: true },
    { title: "Autumn plan: reading and worries", start: makeDate(y, 9, 8), review: makeDate(y, 12, 4), cancelEvery: 2, progress: null, reviewed: false },
  ];
  type Carried = { cycleId: string; targetIds: string[]; provisionId: string };
  let previous = null as Carried | null;
  for (const [index, stage] of stages.entries()) {
    const [cycle]: Array<{ id: string }> = await tx
      .insert(cycles)
      .values({
        caseId,
        title: stage.title,
        startDate: stage.start,
        reviewDate: stage.review,
        carriedForwardFrom: previous?.cycleId ?? null,
        assessmentSummary: index === 0 ? "Phonics screening and a reading test" : null,
        assessedBy: index === 0 ? "Mrs Shah (SENCO)" : null,
        assessmentDate: index === 0 ? makeDate(y - 1, 1, 8) : null,
        assessmentFindings: index === 0 ? "Reading age about two years behind; weak phonics; low confidence." : null,
      })
      .returning({ id: cycles.id });
    const targetRows = await tx
      .insert(targets)
      .values(
        [...plan.targets, ...(index === 2 ? ["Sam will feel better at school."] : [])].map((text, position) => ({
          caseId,
          cycleId: cycle!.id,
          text,
          area: position === 2 ? ("semh" as const) : ("cognition_learning" as const),
          position,
          carriedForwardFrom: previous?.targetIds[position] ?? null,
        })),
      )
      .returning({ id: targets.id });
    const [line]: Array<{ id: string }> = await tx
      .insert(provisions)
      .values({
        caseId,
        cycleId: cycle!.id,
        targetId: targetRows[0]!.id,
        what: plan.what,
        who: plan.who,
        sessionsPerWeek: 3,
        sessionWeekdays: [1, 3, 5],
        durationMinutes: 20,
        groupSize: "Group of 4",
        startDate: stage.start,
        endDate: stage.review,
        provisionMapSessions: index === 1 ? 36 : null,
        provisionMapNote: index === 1 ? "Provision map says the group ran all term." : null,
        carriedForwardFrom: previous?.provisionId ?? null,
      })
      .returning({ id: provisions.id });
    if (index === 2) {
      await tx.insert(provisions).values({
        caseId,
        cycleId: cycle!.id,
        targetId: targetRows[2]!.id,
        what: "Access to a calm space as appropriate",
        who: null,
        startDate: stage.start,
        position: 1,
      });
    }
    const dates = listExpectedSessionDates({
      startDate: stage.start,
      endDate: compareDates(stage.review, today) <= 0 ? stage.review : today,
      sessionsPerWeek: 3,
    });
    if (dates.length > 0) {
      await tx.insert(deliverySessions).values(
        dates.map((date, i) => {
          const isCancelled = i % stage.cancelEvery === stage.cancelEvery - 1;
          return {
            caseId,
            provisionId: line!.id,
            date,
            status: isCancelled ? ("cancelled" as const) : ("held" as const),
            cancelReason: isCancelled ? (i % 2 === 0 ? ("staff_absence" as const) : ("trip" as const)) : null,
          };
        }),
      );
    }
    if (stage.reviewed) {
      await tx.insert(reviews).values({
        caseId,
        cycleId: cycle!.id,
        date: stage.review,
        parentAttended: true,
        targetProgress: targetRows.map((t, i) => ({ targetId: t.id, rating: i === 0 ? ("partly" as const) : ("not_yet" as const), evidence: i === 0 ? "Reads 22 of the 100 words." : null })),
        overallProgress: stage.progress,
        whatWorked: "Sam likes the small group.",
        barriers: index === 1 ? "Sessions were often cancelled when the TA covered classes." : "Sam gets tired by Friday.",
        childViews: "Reading is still hard and I feel silly when I get it wrong.",
        parentViews: "We are worried he is falling further behind and getting anxious.",
        provisionEffectiveness: [{ provisionId: line!.id, parentView: "some_effect", schoolView: "worked_well" }],
        decision: "continue",
      });
    }
    previous = { cycleId: cycle!.id, targetIds: targetRows.map((t) => t.id), provisionId: line!.id };
  }
  const readingAges: Array<[CalendarDate, number, number]> = [
    [makeDate(y - 1, 1, 10), 84, 110],
    [makeDate(y - 1, 3, 25), 86, 112],
    [makeDate(y - 1, 7, 8), 87, 116],
    [makeDate(y, 9, 15), 87, 118],
    [makeDate(y, 11, 10), 88, 120],
  ];
  await tx.insert(measurements).values([
    ...readingAges
      .filter(([date]) => compareDates(date, today) <= 0)
      .map(([date, value, expected]) => ({ caseId, kind: "reading_age" as const, label: "Reading age", date, value, unit: "months", expectedValue: expected, area: "cognition_learning" as const, source: "School reading test" })),
    ...[
      [makeDate(y - 1, 1, 10), 84],
      [makeDate(y - 1, 7, 8), 81],
      [makeDate(y, 9, 15), 79],
    ]
      .filter(([date]) => compareDates(String(date), today) <= 0)
      .map(([date, value]) => ({ caseId, kind: "standardised_score" as const, label: "Single word reading (standard score)", date: String(date), value: Number(value), expectedValue: 100, area: "cognition_learning" as const, source: "School reading test" })),
    ...[
      [makeDate(y - 1, 3, 20), 4],
      [makeDate(y - 1, 7, 3), 3],
      [makeDate(y, 10, 16), 2],
    ]
      .filter(([date]) => compareDates(String(date), today) <= 0)
      .map(([date, value]) => ({ caseId, kind: "child_rating" as const, label: "How Sam feels about school (1 to 5)", date: String(date), value: Number(value), scaleMin: 1, scaleMax: 5, area: "semh" as const, source: "Sam, at home" })),
  ]);
  await tx.insert(diaryEntries).values(
    [
      [makeDate(y, 9, 19), "Sam cried on Sunday night and said his tummy hurt. He doesn't want to go to school on Monday.", ["semh"]],
      [makeDate(y, 10, 3), "Homework reading took 40 minutes. He guessed words from the pictures and got upset.", ["cognition_learning", "semh"]],
      [makeDate(y, 10, 24), "Came home with ear defenders from the lunch hall. Much calmer this week.", ["sensory_physical"]],
    ]
      .filter(([date]) => compareDates(String(date), today) <= 0)
      .map(([date, text, areas]) => ({ caseId, date: String(date), text: String(text), areas: areas as string[] })),
  );
  await tx.insert(adjustments).values([
    {
      caseId,
      description: "Ear defenders and a quieter table at lunch",
      requestedOn: makeDate(y, 9, 22),
      requestedBy: "Alex Morgan (parent)",
      status: "in_place",
      respondedOn: makeDate(y, 10, 1),
      reviewNote: "Helping: fewer upsets after lunch.",
      area: "sensory_physical",
    },
    {
      caseId,
      description: "Someone to read test questions aloud",
      requestedOn: makeDate(y, 10, 6),
      requestedBy: "Alex Morgan (parent)",
      status: "no_answer",
      area: "cognition_learning",
    },
  ]);
}
