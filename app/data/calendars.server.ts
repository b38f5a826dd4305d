// A person's calendar feed and reminder choices. The feed's secret is shown once when it is made
// and kept only as its hash, like a session; making a new one stops the old link at once.
import { eq } from "drizzle-orm";
import { createToken, hashToken } from "~/auth/tokens.server";
import { db } from "./db.server";
import { userCalendars, users } from "./schema";

export type CalendarSettings = { remindersOn: boolean; remindDaysBefore: number; hasFeed: boolean };

export async function getCalendarSettings(userId: string): Promise<CalendarSettings> {
  const [row] = await db.select().from(userCalendars).where(eq(userCalendars.userId, userId)).limit(1);
  return { remindersOn: row?.remindersOn ?? true, remindDaysBefore: row?.remindDaysBefore ?? 7, hasFeed: Boolean(row?.feedTokenHash) };
}

export async function saveReminderSettings(userId: string, settings: { remindersOn: boolean; remindDaysBefore: number }): Promise<void> {
  await db
    .insert(userCalendars)
    .values({ userId, ...settings })
    .onConflictDoUpdate({ target: userCalendars.userId, set: { ...settings, updatedAt: new Date() } });
}

/** Makes a new feed secret for the user, replacing any old one, and returns it (only this once). */
export async function makeFeedToken(userId: string): Promise<string> {
  const token = createToken();
  const feedTokenHash = hashToken(token);
  await db
    .insert(userCalendars)
    .values({ userId, feedTokenHash })
    .onConflictDoUpdate({ target: userCalendars.userId, set: { feedTokenHash, updatedAt: new Date() } });
  return token;
}

/** The person a feed secret belongs to, or null for an unknown or replaced secret. */
export async function findFeedOwner(token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(userCalendars)
    .innerJoin(users, eq(users.id, userCalendars.userId))
    .where(eq(userCalendars.feedTokenHash, hashToken(token)))
    .limit(1);
  return row ?? null;
}
