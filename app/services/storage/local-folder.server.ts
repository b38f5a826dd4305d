// Files in a folder on local disk, each encrypted as it is written (encryption.server.ts gives
// the format). Files are written under tmp/, flushed to disk, then renamed into objects/: a crash
// leaves either the whole file or a leftover in tmp/ (removed by the start-up sweep), never half a
// file under its key.
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { pipeline, Readable } from "node:stream";
import { createFileDecipher, encryptContent, HEADER_BYTES, TAG_BYTES } from "./encryption.server";
import { checkStorageKey, type Storage, type StoredObject } from "./storage.server";

async function writeAll(handle: FileHandle, bytes: Uint8Array) {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

/** Flushes a folder's entries, so a rename into it survives a power cut. */
async function syncFolder(folder: string) {
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems cannot flush a folder; the rename is still atomic there.
    if (
      !["EINVAL", "EPERM", "EISDIR", "EBADF"].includes((error as NodeJS.ErrnoException).code ?? "")
    )
      throw error;
  } finally {
    await handle.close();
  }
}

export class LocalFolderStorage implements Storage {
  private readonly objects: string;
  private readonly unfinished: string;

  constructor(
    readonly root: string,
    private readonly secret: Buffer,
  ) {
    if (secret.length !== 32) throw new Error("The storage key must be 32 bytes");
    this.objects = path.join(root, "objects");
    this.unfinished = path.join(root, "tmp");
  }

  /** Where a key's file lives: objects/ab/abcdef…, so no folder grows too large. */
  pathOf(key: string): string {
    checkStorageKey(key);
    return path.join(this.objects, key.slice(0, 2), key);
  }

  async put(key: string, content: AsyncIterable<Uint8Array>): Promise<void> {
    const finalPath = this.pathOf(key);
    await mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
    await mkdir(this.unfinished, { recursive: true, mode: 0o700 });
    const temporary = path.join(this.unfinished, `${key}.${randomBytes(6).toString("hex")}.part`);
    const handle = await open(temporary, "wx", 0o600);
    let isRenamed = false;
    try {
      for await (const bytes of encryptContent(this.secret, key, content))
        await writeAll(handle, bytes);
      await handle.sync();
      await handle.close();
      await rename(temporary, finalPath);
      isRenamed = true;
      await syncFolder(path.dirname(finalPath));
    } catch (error) {
      // Whatever failed (the content, or the disk filling up at any step), nothing is left behind.
      await handle.close().catch(() => {});
      await rm(isRenamed ? finalPath : temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(key), "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const header = Buffer.alloc(HEADER_BYTES);
      const tag = Buffer.alloc(TAG_BYTES);
      if (size < HEADER_BYTES + TAG_BYTES)
        throw new Error("The stored file is damaged: it is too short");
      await handle.read(header, 0, HEADER_BYTES, 0);
      await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
      const decipher = createFileDecipher(this.secret, key, header, tag);
      const ciphertextEnd = size - TAG_BYTES;
      if (ciphertextEnd === HEADER_BYTES) {
        await handle.close();
        return pipeline(Readable.from([]), decipher, () => {});
      }
      // pipeline passes a read error on to the decrypted stream, and the tag check at its end
      // fails the stream when any byte was changed.
      const ciphertext = handle.createReadStream({
        start: HEADER_BYTES,
        end: ciphertextEnd - 1,
        autoClose: true,
      });
      return pipeline(ciphertext, decipher, () => {});
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    let shards: string[];
    try {
      shards = await readdir(this.objects);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const shard of shards) {
      for (const key of await readdir(path.join(this.objects, shard)).catch(() => [] as string[])) {
        const info = await stat(path.join(this.objects, shard, key)).catch(() => null);
        if (info?.isFile()) yield { key, modifiedAt: info.mtime };
      }
    }
  }

  async removeUnfinished(before: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.unfinished);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.unfinished, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtime < before) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
