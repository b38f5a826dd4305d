// The key that encrypts stored files: STORAGE_KEY from the environment, or else a key file made
// on first start in the data folder, readable by the server's user only. Losing the key loses
// every stored file, so it is never printed, logged or committed (data/ is ignored by git).
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { log } from "~/services/log.server";

export const KEY_FILE_NAME = "storage.key";
const KEY_BYTES = 32;

function decode(base64: string, where: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== KEY_BYTES)
    throw new Error(`Clearpath cannot start: ${where} must hold 32 random bytes in base64`);
  return key;
}

/**
 * Writes a new key to a private temporary file, then links it into place: the link is atomic and
 * fails if the file exists, so a second process starting at the same moment reads the first one's
 * key, and nobody ever reads a half-written file.
 */
function createKeyFile(file: string) {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const fd = openSync(temporary, "wx", 0o600);
  try {
    writeSync(fd, `${randomBytes(KEY_BYTES).toString("base64")}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, file);
    log("info", "created the storage key file", { file: KEY_FILE_NAME });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  const dir = openSync(path.dirname(file), "r");
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** The 32-byte AES-256 key: from `configuredKey` when set, else from (or into) DATA_DIR/storage.key. */
export function loadStorageSecret({
  dataDir,
  configuredKey,
}: {
  dataDir: string;
  configuredKey?: string;
}): Buffer {
  if (configuredKey) return decode(configuredKey, "STORAGE_KEY");
  const file = path.join(dataDir, KEY_FILE_NAME);
  mkdirSync(dataDir, { recursive: true });
  try {
    readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    createKeyFile(file);
  }
  if ((statSync(file).mode & 0o077) !== 0)
    log("warn", "the storage key file can be read by other users: chmod 600 it", {
      file: KEY_FILE_NAME,
    });
  return decode(readFileSync(file, "utf8"), KEY_FILE_NAME);
}
