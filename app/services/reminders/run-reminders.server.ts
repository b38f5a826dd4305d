// The reminder job: runs inside the app, on a timer. For each person with reminders on, it works
// out what is due in every case they can still see (read for everyone in one query, with the
// gate's own "in force" condition), claims each reminder by inserting its unique key, and emails
// only what it claimed. Two app instances on one
// database: each locks a person's row with SKIP LOCKED, so one works on a person at a time, and
// the unique key stops a second send even so. A reminder is claimed before it is sent, so a crash
// in between loses that one email rather than sending it twice (docs/decisions/029).
import { and, eq, sql } from "drizzle-orm";
import { accessInForce } from "~/auth/access.server";
import { db } from "~/data/db.server";
import { appealDates, appealOrders, appeals, caseAccess, cases, cycles, meetings, remindersSent, reviews, schoolDayEvents, schoolTerms, statutoryEvents, userCalendars, users } from "~/data/schema";
import { SCHOOL_DAY_COLUMNS, SCHOOL_TERM_COLUMNS, toSchoolDayRecord, toSchoolTerm } from "~/data/school-day.server";
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import { reminderEmail, remindersDue, upcomingDates, type UpcomingDate, type UpcomingSource } from "~/domain/reminders/upcoming";
import { config } from "~/services/config.server";
import { log } from "~/services/log.server";
import { sendMail } from "~/services/mail.server";

type Claimed = { to: string; caseId: string; item: UpcomingDate };
type Person = { id: string; email: string };
type Due = { caseId: string; item: UpcomingDate };

/** A JSON array of rows from a correlated subquery, "[]" when there are none. */
function jsonRows<T>(subquery: ReturnType<typeof sql>) {
  return sql<T[]>`coalesce((${subquery}), '[]'::json)`;
}

type ReminderAppeal = UpcomingSource["appeals"][number];
type ReminderAppealRow = Omit<ReminderAppeal, "dates" | "order">;
type ReminderAppealDate = ReminderAppeal["dates"][number] & { appealId: string };
type ReminderOrder = NonNullable<ReminderAppeal["order"]> & { appealId: string };

/**
 * An appeal's columns the dates are worked out from (the certificate and the days sent and
 * registered move the appeal date, decision 147), and its directions' dates and order, by the
 * case document's names.
 */
const APPEAL_KEYS = ["id", "decisionEventId", "appealType", "status", "mediation", "mediationCertificateOn", "submittedOn", "registeredOn", "bundleFixedOn"] as const satisfies readonly (keyof ReminderAppealRow)[];
// Every column the source names is read: a column added to the source and not here fails to compile.
const APPEAL_KEYS_COMPLETE: Exclude<keyof ReminderAppealRow, (typeof APPEAL_KEYS)[number]> extends never ? true : never = true;
void APPEAL_KEYS_COMPLETE;
const APPEAL_DATE_KEYS = ["id", "appealId", "kind", "date", "label", "notes"] as const satisfies readonly (keyof ReminderAppealDate)[];
const ORDER_KEYS = ["id", "appealId", "kind", "madeOn", "notOpposedOn", "notes"] as const satisfies readonly (keyof ReminderOrder)[];

/** A case's rows of one appeal table as a JSON array of objects named as the case document names them. */
function appealRows<T>(table: typeof appeals | typeof appealDates | typeof appealOrders, keys: readonly string[]) {
  const columns = table as unknown as Record<string, { name: string }>;
  return jsonRows<T>(
    sql`select json_agg(json_build_object(${sql.join(
      keys.map((key) => sql`${key}::text, x.${sql.identifier(columns[key]!.name)}`),
      sql`, `,
    )})) from ${table} x where x.case_id = ${cases.id}`,
  );
}

/** The appeals as the dates coming up read them: each with its directions' dates and its order. */
function toReminderAppeals(rows: ReminderAppealRow[], dates: ReminderAppealDate[], orders: ReminderOrder[]): ReminderAppeal[] {
  return rows.map((appeal) => {
    const order = orders.find((entry) => entry.appealId === appeal.id);
    return {
      ...appeal,
      dates: dates.filter((date) => date.appealId === appeal.id).map(({ appealId: _, ...date }) => date),
      order: order ? { id: order.id, kind: order.kind, madeOn: order.madeOn, notOpposedOn: order.notOpposedOn, notes: order.notes } : null,
    };
  });
}

/**
 * For everyone with reminders on and a confirmed address, each case they can see now (the gate's
 * own "in force" condition) with only what the dates coming up are worked out from: the child's
 * name, the statutory events, the meetings from today on, the cycles not yet reviewed, the
 * school-day records with the school's terms (the school days are counted on its calendar), and
 * the appeals with their directions' dates and orders. One query for the whole job. It looks past the gate, as a job with no request must: it reads the
 * access rows the gate reads, and nothing of a case anyone cannot see.
 */
async function unsafeListReminderCases(today: CalendarDate) {
  const events = jsonRows<UpcomingSource["statutoryEvents"][number]>(
    sql`select json_agg(json_build_object('id', e.id, 'type', e.type, 'date', e.date, 'transfer', e.transfer, 'key', e.key)) from ${statutoryEvents} e where e.case_id = ${cases.id}`,
  );
  const comingMeetings = jsonRows<UpcomingSource["meetings"][number]>(
    sql`select json_agg(json_build_object('id', m.id, 'date', m.date, 'title', m.title)) from ${meetings} m where m.case_id = ${cases.id} and m.date >= ${today}`,
  );
  const unreviewed = jsonRows<UpcomingSource["cycles"][number]>(
    sql`select json_agg(json_build_object('id', y.id, 'title', y.title, 'reviewDate', y.review_date, 'review', null)) from ${cycles} y
        where y.case_id = ${cases.id} and y.review_date is not null
          and not exists (select 1 from ${reviews} r where r.cycle_id = y.id and r.case_id = y.case_id)`,
  );
  // Every column the case document reads, by the same names, so the rows become records as it makes them.
  const schoolDayRows = jsonRows<Parameters<typeof toSchoolDayRecord>[0]>(
    sql`select json_agg(json_build_object(${sql.join(
      SCHOOL_DAY_COLUMNS.map((key) => sql`${key}::text, s.${sql.identifier(schoolDayEvents[key].name)}`),
      sql`, `,
    )})) from ${schoolDayEvents} s where s.case_id = ${cases.id}`,
  );
  const termRows = jsonRows<Parameters<typeof toSchoolTerm>[0]>(
    sql`select json_agg(json_build_object(${sql.join(
      SCHOOL_TERM_COLUMNS.map((key) => sql`${key}::text, t.${sql.identifier(schoolTerms[key].name)}`),
      sql`, `,
    )})) from ${schoolTerms} t where t.case_id = ${cases.id}`,
  );
  return db
    .select({
      userId: users.id,
      email: users.email,
      remindDaysBefore: userCalendars.remindDaysBefore,
      caseId: cases.id,
      childName: cases.childName,
      statutoryEvents: events,
      meetings: comingMeetings,
      cycles: unreviewed,
      schoolDay: schoolDayRows,
      schoolTerms: termRows,
      appeals: appealRows<ReminderAppealRow>(appeals, APPEAL_KEYS),
      appealDates: appealRows<ReminderAppealDate>(appealDates, APPEAL_DATE_KEYS),
      appealOrders: appealRows<ReminderOrder>(appealOrders, ORDER_KEYS),
    })
    .from(userCalendars)
    .innerJoin(users, eq(users.id, userCalendars.userId))
    .innerJoin(caseAccess, and(eq(caseAccess.userId, users.id), accessInForce()))
    .innerJoin(cases, eq(cases.id, caseAccess.caseId))
    .where(and(eq(userCalendars.remindersOn, true), sql`${users.emailVerifiedAt} is not null`))
    .orderBy(users.id, cases.id);
}

/** Sends today's reminders; returns how many went. */
export async function runReminders(today: CalendarDate): Promise<number> {
  // Everyone gets the default choices (on, 7 days) until they change them.
  await db.execute(sql`insert into user_calendars (user_id) select id from users on conflict do nothing`);
  // Work out what is due before taking any lock: reading the cases needs none.
  const duePerPerson = new Map<string, { person: Person; due: Due[] }>();
  for (const row of await unsafeListReminderCases(today)) {
    const source: UpcomingSource = {
      child: { name: row.childName },
      statutoryEvents: row.statutoryEvents,
      meetings: row.meetings,
      cycles: row.cycles,
      schoolDay: row.schoolDay.map(toSchoolDayRecord),
      schoolTerms: row.schoolTerms.map(toSchoolTerm),
      appeals: toReminderAppeals(row.appeals, row.appealDates, row.appealOrders),
    };
    const due = remindersDue(upcomingDates(source, today), today, row.remindDaysBefore);
    if (due.length === 0) continue;
    const entry = duePerPerson.get(row.userId) ?? { person: { id: row.userId, email: row.email }, due: [] };
    entry.due.push(...due.map((item) => ({ caseId: row.caseId, item })));
    duePerPerson.set(row.userId, entry);
  }
  let sent = 0;
  for (const { person, due } of duePerPerson.values()) {
    const claimed = await claimForPerson(person, due);
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

/** Claims what is due for one person, under a lock on their row, and returns what this run claimed. */
async function claimForPerson(person: Person, due: Due[]): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ userId: userCalendars.userId })
      .from(userCalendars)
      .where(and(eq(userCalendars.userId, person.id), eq(userCalendars.remindersOn, true)))
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
