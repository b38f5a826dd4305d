import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import {
  createDecryptingStream,
  encryptContent,
  HEADER_BYTES,
  TAG_BYTES,
} from "./encryption.server";
import { newStorageKey, readAll } from "./storage.server";

const SECRET = Buffer.alloc(32, 3);
const TEXT = Buffer.from("Annual review notes: speech and language therapy twice a week.");

async function encrypt(key: string, content: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of encryptContent(SECRET, key, Readable.from([content]))) parts.push(part);
  return Buffer.concat(parts);
}

/** Feeds `stored` to the decrypting stream in pieces of `size` bytes. */
async function decrypt(key: string, stored: Buffer, size: number): Promise<Buffer> {
  const pieces = [];
  for (let i = 0; i < stored.length; i += size) pieces.push(stored.subarray(i, i + size));
  const output = createDecryptingStream(SECRET, key);
  const [, plaintext] = await Promise.all([
    pipeline(Readable.from(pieces), output),
    readAll(output),
  ]);
  return plaintext;
}

describe("the stored file format, read as one stream", () => {
  it.each([1, 7, 16, 17, 4096])(
    "gives back the content when read %i bytes at a time",
    async (size) => {
      const key = newStorageKey();
      const stored = await encrypt(key, TEXT);
      expect(stored.length).toBe(HEADER_BYTES + TEXT.length + TAG_BYTES);
      expect((await decrypt(key, stored, size)).equals(TEXT)).toBe(true);
    },
  );

  it("gives back an empty file", async () => {
    const key = newStorageKey();
    expect((await decrypt(key, await encrypt(key, Buffer.alloc(0)), 5)).length).toBe(0);
  });

  it("fails when a byte was changed", async () => {
    const key = newStorageKey();
    const stored = await encrypt(key, TEXT);
    stored[HEADER_BYTES + 3] = stored[HEADER_BYTES + 3]! ^ 0x01;
    await expect(decrypt(key, stored, 10)).rejects.toThrow(/authenticate/);
  });

  it("fails when read under another key", async () => {
    const stored = await encrypt(newStorageKey(), TEXT);
    await expect(decrypt(newStorageKey(), stored, 10)).rejects.toThrow(/authenticate/);
  });

  it("fails when it is too short to hold a tag, or is not in the format", async () => {
    const key = newStorageKey();
    const stored = await encrypt(key, TEXT);
    await expect(decrypt(key, stored.subarray(0, HEADER_BYTES + 5), 4)).rejects.toThrow(
      /too short/,
    );
    await expect(decrypt(key, Buffer.alloc(0), 4)).rejects.toThrow(/too short/);
    await expect(
      decrypt(key, Buffer.from(`XXXX${stored.subarray(4).toString("latin1")}`, "latin1"), 64),
    ).rejects.toThrow(/unknown format/);
  });
});
