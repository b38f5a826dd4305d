// Where uploaded files live: a small interface with one implementation per kind of store, so an
// S3-compatible store can replace the local folder later without touching its callers. Files are
// written whole or not at all, and read back decrypted. See docs/decisions/049-uploads-encrypted-at-rest.md.
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";

export type StoredObject = { key: string; modifiedAt: Date };

export interface Storage {
  /** Stores the content under `key`. Nothing is visible under the key until the whole content is safely kept. */
  put(key: string, content: AsyncIterable<Uint8Array>): Promise<void>;
  /** The content, decrypted as it is read (the stream fails if the file was changed), or null when there is none. */
  get(key: string): Promise<Readable | null>;
  /** Removes the content; does nothing when there is none. */
  remove(key: string): Promise<void>;
  /** Every stored object, for the start-up sweep. */
  list(): AsyncIterable<StoredObject>;
  /** Removes files left half-written (by a crash) that were last touched before `before`; returns how many. */
  removeUnfinished(before: Date): Promise<number>;
}

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** A new, random key for a file: nothing in it says whose file it is or what it holds. */
export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

/** Keys come from our own database, but a key that could name another path is refused all the same. */
export function checkStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error("Not a storage key");
}

/** Reads a stored file whole: for text extraction, of files no larger than the upload limit. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
