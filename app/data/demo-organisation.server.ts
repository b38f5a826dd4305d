// The demo advice organisation: an admin, an adviser with two-step sign-in on, session types, the
// adviser's hours, a session the demo parent has booked, and the demo case shared with the
// adviser for it, with a comment and a shared note, so a newcomer sees working together at work.
import type { CaseAccess } from "~/auth/access.server";
import { hashPassword } from "~/auth/password.server";
import { turnOnForDemo } from "~/auth/two-factor.server";
import { freeSlots } from "~/domain/bookings/free-slots";
import { addDays, type CalendarDate } from "~/domain/calendar/calendar-date";
import { instantAt } from "~/services/clock.server";
import { db } from "./db.server";
import { adviserAvailability, adviserNotes, bookings, caseAccess, comments, organisationSettings, sessionTypes, users } from "./schema";

export const DEMO_ADVISER = { email: "demo.adviser@clearpath.example", password: "quiet-lantern-meadow", name: "Jordan Blake" } as const;
export const DEMO_ADMIN = { email: "demo.admin@clearpath.example", password: "amber-bridge-orchard", name: "Morgan Ellis" } as const;

export async function addDemoOrganisation(access: CaseAccess, parentId: string, today: CalendarDate): Promise<void> {
  const [adviser, admin] = await db
    .insert(users)
    .values([
      { email: DEMO_ADVISER.email, name: DEMO_ADVISER.name, passwordHash: await hashPassword(DEMO_ADVISER.password), emailVerifiedAt: new Date(), orgRole: "adviser" as const },
      { email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, passwordHash: await hashPassword(DEMO_ADMIN.password), emailVerifiedAt: new Date(), orgRole: "admin" as const },
    ])
    .returning({ id: users.id });
  if (!adviser || !admin) throw new Error("Demo organisation was not created");
  await turnOnForDemo(adviser.id);
  await turnOnForDemo(admin.id);
  await db
    .insert(organisationSettings)
    .values({ id: 1, name: "Riverside SEND Advice", noticeHours: 24 })
    .onConflictDoUpdate({ target: organisationSettings.id, set: { name: "Riverside SEND Advice", noticeHours: 24 } });
  const [phone] = await db
    .insert(sessionTypes)
    .values([
      { name: "Phone advice session", minutes: 45, description: "Talk through your child's support and what to do next." },
      { name: "Meeting preparation", minutes: 60, description: "Get ready for a school meeting or an annual review, with your evidence." },
    ])
    .returning({ id: sessionTypes.id });
  const hours = [1, 2, 3, 4].map((weekday) => ({ adviserId: adviser.id, weekday, startTime: "09:30", endTime: "15:30" }));
  await db.insert(adviserAvailability).values(hours);
  // The parent's session: the first free slot from three days ahead, in the adviser's hours.
  const [slot] = freeSlots({ hours, daysOff: [], taken: [], from: addDays(today, 3), days: 14, minutes: 45, earliest: { date: addDays(today, 3), minute: 10 * 60 } });
  if (slot && phone) {
    const startsAt = instantAt("Europe/London", slot.date, slot.startTime);
    await db.insert(bookings).values({
      adviserId: adviser.id,
      parentId,
      sessionTypeId: phone.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      caseId: access.caseId,
    });
  }
  await db.insert(caseAccess).values({
    caseId: access.caseId,
    userId: adviser.id,
    role: "adviser",
    level: "comment",
    grantedBy: parentId,
    expiresAt: instantAt("Europe/London", addDays(today, 60)),
  });
  await db.insert(comments).values({
    caseId: access.caseId,
    authorId: adviser.id,
    authorName: DEMO_ADVISER.name,
    page: "support",
    pageTitle: "Support plans",
    body: "The second plan repeats the first one word for word, and reading has hardly moved. This is worth raising at the next review. Bring the progress chart.",
  });
  await db.insert(adviserNotes).values({
    caseId: access.caseId,
    authorId: adviser.id,
    authorName: DEMO_ADVISER.name,
    heldOn: addDays(today, -7),
    title: "First call: where things stand",
    body: "We went through the support plans and the draft EHC plan. Next steps: ask for each vague Section F line to say who will do what, how often and for how long, and send the response letter within the 15 days.",
    sharedAt: new Date(),
  });
}
