// The reminder job: runs inside the app, on a timer. For each person with reminders on, it works
// out what is due in every case they can still see (through the one access gate), claims each
// reminder by inserting its unique key, and emails only what it claimed. Two app instances on one
// database: each locks a person's row with SKIP LOCKED, so one works on a person at a time, and
// the unique key stops a second send even so. A reminder is claimed before it is sent, so a crash
// in between loses that one email rather than sending it twice (docs/decisions/011).
import { and, eq, sql } from "drizzle-orm";
import { listAccessibleCaseIds, requireCaseAccess } from "~/auth/access.server";
import { getCaseDocument } from "~/data/case-document.server";
import { db } from "~/data/db.server";
import { remindersSent, userCalendars, users } from "~/data/schema";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import { reminderEmail, remindersDue, upcomingDates, type UpcomingDate } from "~/domain/reminders/upcoming";
import { config } from "~/services/config.server";
import { log } from "~/services/log.server";
import { sendMail } from "~/services/mail.server";

type Claimed = { to: string; caseId: string; item: UpcomingDate };

/** Sends today's reminders; returns how many went. */
export async function runReminders(today: CalendarDate): Promise<number> {
  // Everyone gets the default choices (on, 7 days) until they change them.
  await db.execute(sql`insert into user_calendars (user_id) select id from users on conflict do nothing`);
  const people = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(userCalendars)
    .innerJoin(users, eq(users.id, userCalendars.userId))
    .where(and(eq(userCalendars.remindersOn, true), sql`${users.emailVerifiedAt} is not null`));
  let sent = 0;
  for (const person of people) {
    const claimed = await claimForPerson({ ...person, sessionId: "reminder-job" }, today);
    for (const { to, caseId, item } of claimed) {
      const link = `${config.origin}/cases/${caseId}/${item.path}`;
      try {
        await sendMail({ to, ...reminderEmail(item, today, link) });
        sent += 1;
      } catch (error) {
        // Claimed, so it will not be tried again: say so, and go on with the others.
        log("error", "a reminder email could not be sent", { key: item.key, error: String(error) });
      }
    }
  }
  if (sent > 0) log("info", "reminders sent", { count: sent });
  return sent;
}

async function claimForPerson(person: { id: string; email: string; name: string; sessionId: string }, today: CalendarDate): Promise<Claimed[]> {
  // Work out what is due before taking the lock: reading the cases needs no lock.
  const due: Array<{ caseId: string; item: UpcomingDate }> = [];
  const [settings] = await db.select().from(userCalendars).where(eq(userCalendars.userId, person.id)).limit(1);
  if (!settings?.remindersOn) return [];
  for (const { caseId } of await listAccessibleCaseIds(person)) {
    const access = await requireCaseAccess(person, caseId, "read");
    const document = await getCaseDocument(access);
    for (const item of remindersDue(upcomingDates(document, today), today, settings.remindDaysBefore)) due.push({ caseId, item });
  }
  if (due.length === 0) return [];
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ userId: userCalendars.userId })
      .from(userCalendars)
      .where(eq(userCalendars.userId, person.id))
      .for("update", { skipLocked: true });
    if (!locked) return [];
    const claimed: Claimed[] = [];
    for (const { caseId, item } of due) {
      const rows = await tx
        .insert(remindersSent)
        .values({ userId: person.id, caseId, subjectKey: item.key, due: item.date })
        .onConflictDoNothing()
        .returning({ id: remindersSent.id });
      if (rows.length > 0) claimed.push({ to: person.email, caseId, item });
    }
    return claimed;
  });
}

let timer: NodeJS.Timeout | undefined;

/** Runs the job soon after start-up and then every `minutes`; the timer never keeps the process alive. */
export function startReminderJob(minutes: number, today: () => CalendarDate): void {
  const run = () =>
    runReminders(today()).catch((error: unknown) => log("error", "the reminder job failed", { error: String(error) }));
  const first = setTimeout(run, 2_000);
  first.unref();
  timer = setInterval(run, minutes * 60_000);
  timer.unref();
}

export function stopReminderJob(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
}
