// Files kept in memory, for a throwaway database (DATA_DIR=memory://, in tests): nothing is
// written to disk at all, so nothing needs encrypting.
import { Readable } from "node:stream";
import { checkStorageKey, type Storage, type StoredObject } from "./storage.server";

export class MemoryStorage implements Storage {
  private readonly files = new Map<string, { bytes: Buffer; modifiedAt: Date }>();

  async put(key: string, content: AsyncIterable<Uint8Array>): Promise<void> {
    checkStorageKey(key);
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(Buffer.from(chunk));
    this.files.set(key, { bytes: Buffer.concat(chunks), modifiedAt: new Date() });
  }

  async get(key: string): Promise<Readable | null> {
    checkStorageKey(key);
    const file = this.files.get(key);
    return file ? Readable.from([file.bytes]) : null;
  }

  async remove(key: string): Promise<void> {
    checkStorageKey(key);
    this.files.delete(key);
  }

  async *list(): AsyncIterable<StoredObject> {
    for (const [key, file] of [...this.files]) yield { key, modifiedAt: file.modifiedAt };
  }

  async removeUnfinished(): Promise<number> {
    return 0;
  }
}
