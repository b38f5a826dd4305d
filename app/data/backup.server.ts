// Backups of a whole Clearpath: every table's rows, every document's file and the storage key, in
// a folder an operator can copy anywhere, and restored from it into an empty database and data
// folder. It works the same on PGlite and PostgreSQL, and between them. See
// docs/decisions/125-backup-and-restore.md.
//
// The order keeps a backup whole:
// - backup: the rows first, read in one snapshot; then the file of every document in those rows
//   (a file is always stored before its row, decision 050, so each one is there); then the key.
// - restore: the key first, then the files, then the rows in one transaction, so no row is ever
//   visible whose file is not yet stored.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { readAll, type Storage } from "~/services/storage/storage.server";
import { rowsOf, type Db } from "./db.server";

export const BACKUP_FORMAT = "clearpath-backup";
export const BACKUP_VERSION = 1;
const MANIFEST = "manifest.json";
const ROWS_FOLDER = "tables";
const FILES_FOLDER = "files";
export const BACKUP_KEY_FILE = "storage.key";
/** Rows per insert when restoring: well within PostgreSQL's limits on one statement. */
const ROWS_PER_INSERT = 1000;

type Row = Record<string, unknown>;
type TableInfo = { name: string; columns: string[]; parents: string[] };
export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** The last migration applied when the backup was made: a backup restores only into the same schema. */
  migration: string;
  tables: Array<{ name: string; rows: number }>;
  files: Array<{ key: string; bytes: number; sha256: string }>;
};

/** A backup or restore that cannot go on, with a sentence for the operator. */
export class BackupError extends Error {
  override name = "BackupError";
}


/** The app's tables (not the migrations' own), with their writable columns (not the search vectors the database computes) and the tables they refer to. */
async function readTables(db: Db): Promise<TableInfo[]> {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and is_generated = 'NEVER'
      and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
      order by table_name, ordinal_position`),
  );
  const references = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`select conrelid::regclass::text as child, confrelid::regclass::text as parent
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`),
  );
  const tables = new Map<string, TableInfo>();
  for (const { table_name, column_name } of columns) {
    const table = tables.get(table_name) ?? { name: table_name, columns: [], parents: [] };
    table.columns.push(column_name);
    tables.set(table_name, table);
  }
  for (const { child, parent } of references) {
    const table = tables.get(child.replace(/"/g, ""));
    const parentName = parent.replace(/"/g, "");
    if (table && parentName !== table.name) table.parents.push(parentName);
  }
  // Parents before children, so rows can go back in this order.
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const waiting = [...tables.values()].sort((a, b) => a.name.localeCompare(b.name));
  while (waiting.length > 0) {
    const at = waiting.findIndex((t) => t.parents.every((p) => placed.has(p) || !tables.has(p)));
    if (at < 0) throw new BackupError("The database's tables refer to each other in a circle, so they cannot be backed up in order.");
    const [next] = waiting.splice(at, 1);
    ordered.push(next!);
    placed.add(next!.name);
  }
  return ordered;
}

async function lastMigration(db: Db): Promise<string> {
  const [row] = rowsOf<{ hash: string }>(
    await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at desc limit 1`),
  );
  if (!row) throw new BackupError("The database has no migrations applied: it is not a Clearpath database.");
  return row.hash;
}

/** Rows in the order they went in: by when they were made where a table says, and then as stored. */
function orderOf(table: TableInfo) {
  const byTime = ["created_at", "at", "occurred_at"].find((c) => table.columns.includes(c));
  return sql.raw(byTime ? `"${byTime}", ctid` : "ctid");
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function writePrivate(file: string, content: string | Uint8Array) {
  writeFileSync(file, content, { mode: 0o600 });
}

/**
 * Writes a backup of everything into `folder` (which must not exist or be empty). Returns its
 * manifest. Files a document row points at that cannot be read are reported, and the backup fails.
 */
export async function writeBackup({ db, storage, secret, folder, now }: { db: Db; storage: Storage; secret: Buffer; folder: string; now: Date }): Promise<BackupManifest> {
  if (existsSync(folder) && readdirSync(folder).length > 0) throw new BackupError(`The backup folder ${folder} is not empty. Choose a new folder.`);
  mkdirSync(path.join(folder, ROWS_FOLDER), { recursive: true, mode: 0o700 });
  mkdirSync(path.join(folder, FILES_FOLDER), { mode: 0o700 });
  chmodSync(folder, 0o700);

  // 1. Every row, in one snapshot: nothing written meanwhile is half in the backup.
  const tables: BackupManifest["tables"] = [];
  const storageKeys: string[] = [];
  let migration = "";
  await db.transaction(
    async (tx) => {
      const db = tx as unknown as Db;
      migration = await lastMigration(db);
      for (const table of await readTables(db)) {
        const rows = rowsOf<{ row: Row }>(
          await db.execute(sql`select row_to_json(t) as row from ${sql.identifier(table.name)} t order by ${orderOf(table)}`),
        ).map((r) => Object.fromEntries(table.columns.map((column) => [column, r.row[column]])));
        writePrivate(path.join(folder, ROWS_FOLDER, `${table.name}.json`), JSON.stringify(rows));
        tables.push({ name: table.name, rows: rows.length });
        if (table.name === "documents") storageKeys.push(...rows.map((row) => String(row.storage_key)));
      }
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );

  // 2. The files those rows point at, decrypted and checked as they are read.
  const files: BackupManifest["files"] = [];
  const unreadable: string[] = [];
  for (const key of storageKeys) {
    try {
      const stream = await storage.get(key);
      if (!stream) {
        unreadable.push(key);
        continue;
      }
      const bytes = await readAll(stream);
      writePrivate(path.join(folder, FILES_FOLDER, key), bytes);
      files.push({ key, bytes: bytes.byteLength, sha256: sha256(bytes) });
    } catch {
      unreadable.push(key);
    }
  }
  if (unreadable.length > 0)
    throw new BackupError(`${unreadable.length} stored file(s) could not be read (missing, changed, or encrypted with another key), so the backup is not whole. The first is ${unreadable[0]}.`);

  // 3. The key, so the restored files can be read by whoever holds this backup: keep it safe.
  writePrivate(path.join(folder, BACKUP_KEY_FILE), `${secret.toString("base64")}\n`);

  const manifest: BackupManifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migration, tables, files };
  // Written last: a folder without a manifest is a backup that did not finish.
  writePrivate(path.join(folder, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reads and checks a backup's manifest: a folder without one is not a finished backup. */
export function readBackupManifest(folder: string): BackupManifest {
  const file = path.join(folder, MANIFEST);
  if (!existsSync(file)) throw new BackupError(`${folder} holds no finished backup (there is no ${MANIFEST}).`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as BackupManifest;
  } catch {
    throw new BackupError(`${file} cannot be read as a backup's manifest.`);
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) throw new BackupError(`${folder} is not a Clearpath backup this version can restore.`);
  return manifest;
}

/** The storage key kept in a backup, to be used by the restored Clearpath. */
export function readBackupKey(folder: string): string {
  return readFileSync(path.join(folder, BACKUP_KEY_FILE), "utf8").trim();
}

/**
 * Restores a backup into a migrated, empty database and an empty store (`storage` must use the
 * backup's key, see readBackupKey). Refuses a database that already holds an account or a case.
 */
export async function restoreBackup({ db, storage, folder }: { db: Db; storage: Storage; folder: string }): Promise<BackupManifest> {
  const manifest = readBackupManifest(folder);
  if ((await lastMigration(db)) !== manifest.migration)
    throw new BackupError("The backup was made by a different version of Clearpath (its database changes differ). Restore it with the version that made it.");
  const [held] = rowsOf<{ n: number | string }>(await db.execute(sql`select (select count(*) from users) + (select count(*) from cases) as n`));
  if (Number(held?.n ?? 0) > 0) throw new BackupError("The database to restore into already holds accounts or cases. Restore into a new, empty data folder or database.");

  // 1. The files, each checked against the manifest before it is stored.
  const stored: string[] = [];
  try {
    for (const { key, bytes, sha256: expected } of manifest.files) {
      const content = readFileSync(path.join(folder, FILES_FOLDER, key));
      if (content.byteLength !== bytes || sha256(content) !== expected) throw new BackupError(`The backup's file ${key} has been changed or cut short, so nothing was restored.`);
      await storage.put(
        key,
        (async function* () {
          yield content;
        })(),
      );
      stored.push(key);
    }

    // 2. The rows, all in one transaction: the database is restored whole or not at all.
    await db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const tables = await readTables(db);
      for (const { name } of manifest.tables) if (!tables.some((t) => t.name === name)) throw new BackupError(`The backup has a table (${name}) this database does not.`);
      // The rows go back as they were: the triggers that count a case's changes and keep the
      // activity log append-only stay off until every row is in (this transaction only).
      for (const table of tables) await db.execute(sql`alter table ${sql.identifier(table.name)} disable trigger user`);
      for (const table of tables) {
        const entry = manifest.tables.find((t) => t.name === table.name);
        if (!entry) continue;
        const rows = JSON.parse(readFileSync(path.join(folder, ROWS_FOLDER, `${table.name}.json`), "utf8")) as Row[];
        if (rows.length !== entry.rows) throw new BackupError(`The backup's ${table.name} rows have been changed or cut short, so nothing was restored.`);
        // Migrations seed some tables (none today); a restore replaces them with the backup's rows.
        await db.execute(sql`delete from ${sql.identifier(table.name)}`);
        const columns = sql.join(
          table.columns.map((c) => sql.identifier(c)),
          sql`, `,
        );
        for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
          const slice = JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT));
          await db.execute(
            sql`insert into ${sql.identifier(table.name)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.identifier(table.name)}, ${slice}::json)`,
          );
        }
        // Counters (bigserial ids) carry on after the restored rows.
        const [counter] = table.columns.includes("id")
          ? rowsOf<{ sequence: string | null }>(await db.execute(sql`select pg_get_serial_sequence(${table.name}, 'id') as sequence`))
          : [];
        if (counter?.sequence)
          await db.execute(sql`select setval(${counter.sequence}::regclass, (select coalesce(max(id), 0) + 1 from ${sql.identifier(table.name)}), false)`);
      }
      for (const table of tables) await db.execute(sql`alter table ${sql.identifier(table.name)} enable trigger user`);
    });
  } catch (error) {
    await Promise.all(stored.map((key) => storage.remove(key)));
    throw error;
  }
  return manifest;
}
