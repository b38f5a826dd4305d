// Makes an existing account the advice organisation's admin, who then invites and manages its
// advisers in the app (/organisation). Run with the same DATA_DIR or DATABASE_URL as the server
// (with the embedded database, stop the server first: while it runs, its data folder is locked
// and this says so):
//   npm run make-admin -- person@example.org
import { eq } from "drizzle-orm";
import { closeDatabase, DatabaseStartError, db, migrateDatabase } from "~/data/db.server";
import { users } from "~/data/schema";

const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  process.stderr.write("Usage: npm run make-admin -- person@example.org (the account must exist: sign up first)\n");
  process.exit(2);
}
try {
  await migrateDatabase();
} catch (error) {
  if (!(error instanceof DatabaseStartError)) throw error;
  process.stderr.write(`${error.message.replace(/^Clearpath cannot start/, "npm run make-admin cannot run")}\n`);
  process.exit(1);
}
const updated = await db.update(users).set({ orgRole: "admin" }).where(eq(users.email, email)).returning({ name: users.name });
await closeDatabase();
if (updated.length === 0) {
  process.stderr.write(`No account with the email ${email}. Sign up in the app first, then run this again.\n`);
  process.exit(1);
}
process.stdout.write(`${updated[0]!.name} (${email}) is now the organisation's admin. They must turn on two-step sign-in when they next sign in.\n`);
