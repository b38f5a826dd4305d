// Whether the demo family is to be added: only to a database with no users yet. Kept apart from
// demo.server.ts so that a start on a database in use never loads the demo, which brings PDF
// drawing with it (about 0.6 s of CPU to load; docs/decisions/115-start-up-speed.md).
import { db } from "./db.server";
import { users } from "./schema";

export async function isDemoNeeded(): Promise<boolean> {
  const someone = await db.select({ id: users.id }).from(users).limit(1);
  return someone.length === 0;
}
