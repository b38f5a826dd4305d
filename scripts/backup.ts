// Backs up everything (every table's rows, every document's file and the storage key) into a new
// folder. Run with the same DATA_DIR or DATABASE_URL as the server; with the embedded database,
// stop the server first (one process at a time may open its folder).
//   npm run backup -- /safe/place/clearpath-2026-12-06
// See docs/decisions/125-backup-and-restore.md and the README's "Backups".
import path from "node:path";
import { BackupError, writeBackup } from "~/data/backup.server";
import { closeDatabase, db, migrateDatabase } from "~/data/db.server";
import { config } from "~/services/config.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { loadStorageSecret } from "~/services/storage/key.server";

const folder = process.argv[2]?.trim();
if (!folder) {
  process.stderr.write("Usage: npm run backup -- <a new folder for the backup>\n");
  process.exit(2);
}
try {
  await migrateDatabase();
  const secret = loadStorageSecret({ dataDir: path.resolve(config.DATA_DIR), configuredKey: config.STORAGE_KEY });
  const manifest = await writeBackup({ db, storage: getStorage(), secret, folder: path.resolve(folder), now: new Date() });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  process.stdout.write(
    `Backed up ${rows} records in ${manifest.tables.length} tables and ${manifest.files.length} files into ${path.resolve(folder)}.\n` +
      "It holds the storage key and every document readable: keep it as safe as the data itself.\n",
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`The backup did not finish: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
