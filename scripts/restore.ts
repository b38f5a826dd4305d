// Restores a backup made by `npm run backup` into a new, empty Clearpath: set DATA_DIR to a new
// folder (or DATABASE_URL to a new, empty database) and run
//   npm run restore -- /safe/place/clearpath-2026-12-06
// The storage key comes back first (into DATA_DIR/storage.key, unless STORAGE_KEY is set), then
// the files, then every record in one transaction. See docs/decisions/125-backup-and-restore.md.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BackupError, readBackupKey, readBackupManifest, restoreBackup } from "~/data/backup.server";
import { closeDatabase, db, migrateDatabase } from "~/data/db.server";
import { config } from "~/services/config.server";
import { getStorage } from "~/services/storage/get-storage.server";
import { KEY_FILE_NAME } from "~/services/storage/key.server";

const folder = process.argv[2]?.trim();
if (!folder) {
  process.stderr.write("Usage: npm run restore -- <the backup's folder>   (with DATA_DIR or DATABASE_URL set to a new, empty place)\n");
  process.exit(2);
}
try {
  const source = path.resolve(folder);
  readBackupManifest(source);
  // 1. The key, unless the operator gives one: the restored files are stored with it.
  const dataDir = path.resolve(config.DATA_DIR);
  const keyFile = path.join(dataDir, KEY_FILE_NAME);
  if (!config.STORAGE_KEY && !config.DATA_DIR.startsWith("memory://") && !existsSync(keyFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(keyFile, `${readBackupKey(source)}\n`, { mode: 0o600, flag: "wx" });
  }
  await migrateDatabase();
  // 2 and 3. The files, then the records.
  const manifest = await restoreBackup({ db, storage: getStorage(), folder: source });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  process.stdout.write(`Restored ${rows} records and ${manifest.files.length} files from the backup made ${manifest.createdAt}.\n`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`Nothing was restored: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
