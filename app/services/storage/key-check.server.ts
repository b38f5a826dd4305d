// The start-up check that the storage key can read the files already stored (decision 126). A
// small known object is kept in the store under a reserved key, written with the key on first
// start; every later start reads it back, and a key that cannot read it stops the start. A store
// made before the check existed is tested on one of its files instead, then given the object.
// It uses only the Storage interface, so every kind of store (the local folder, S3) gets it.
import { Readable } from "node:stream";
import { ConfigError } from "~/services/config.server";
import { readAll, type Storage } from "./storage.server";

/** The reserved key of the check object: no random key (newStorageKey) is ever all zeros. */
export const KEY_CHECK_STORAGE_KEY = "0".repeat(32);

const KEY_CHECK_TEXT = "Clearpath storage key check, format 1";

/** An error from the system (a missing permission, a network failure), not from decrypting. */
function isSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}

/**
 * Reads one object whole. A failure to decrypt or authenticate it means the key cannot read it;
 * a system error (the store cannot be reached) is passed on as it is, to be reported as that.
 */
async function canRead(storage: Storage, key: string): Promise<{ readable: boolean; bytes: Buffer | null }> {
  try {
    const stream = await storage.get(key);
    return { readable: true, bytes: stream ? await readAll(stream) : null };
  } catch (error) {
    if (isSystemError(error)) throw error;
    return { readable: false, bytes: null };
  }
}

/**
 * Resolves when the store's key can read the files already stored, writing the check object when
 * it is missing; otherwise throws a ConfigError, whose message is the one line printed at start. `keySource` names the key in the message
 * ("STORAGE_KEY" or the key file). A first start with nothing stored passes and writes the object.
 */
export async function verifyStorageKey(storage: Storage, { keySource }: { keySource: string }): Promise<void> {
  const refuse = () =>
    new ConfigError(
      `Clearpath cannot start: the storage key (${keySource}) cannot read the files already stored. Set it back to the key they were saved with; the stored files have not been changed.`,
    );
  const check = await canRead(storage, KEY_CHECK_STORAGE_KEY);
  if (!check.readable) throw refuse();
  if (check.bytes) {
    if (check.bytes.toString("utf8") !== KEY_CHECK_TEXT) throw refuse();
    return;
  }
  // No check object yet: a new store, or one made before the check. Try one stored file.
  for await (const object of storage.list()) {
    if (object.key === KEY_CHECK_STORAGE_KEY) continue;
    const sample = await canRead(storage, object.key);
    if (!sample.readable) throw refuse();
    if (sample.bytes) break;
  }
  await storage.put(KEY_CHECK_STORAGE_KEY, Readable.from([Buffer.from(KEY_CHECK_TEXT)]));
}
