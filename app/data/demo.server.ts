// The demo family, created at start when the database is empty and DEMO is not "off", so a
// newcomer has a realistic case to explore. Later features add to the demo case here.
import { count } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import { db } from "./db.server";
import { caseAccess, caseContacts, cases, diagnoses, needs, users } from "./schema";

export const DEMO_ACCOUNT = {
  email: "demo.parent@clearpath.example",
  password: "rainy-kite-harbour",
  name: "Alex Morgan",
} as const;

/** Creates the demo parent and case if the database has no users yet. */
export async function ensureDemoFamily(): Promise<void> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return;
  const passwordHash = await hashPassword(DEMO_ACCOUNT.password);
  await db.transaction(async (tx) => {
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
  });
}
