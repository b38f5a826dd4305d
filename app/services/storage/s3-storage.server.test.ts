// The S3 store against a local S3-compatible server (s3rver, started by tests/support/s3-server.ts).
import {
  GetObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "~/services/config.server";
import { startS3Server, type TestS3Server } from "../../../tests/support/s3-server";
import { createS3Client, S3Storage } from "./s3-storage.server";
import { newStorageKey, readAll } from "./storage.server";

const BUCKET = "clearpath-unit";
const SECRET = Buffer.alloc(32, 5);
const SECRET_TEXT = "Sam's educational psychology report: reading age 6 years 2 months.";
const MB = 1024 * 1024;

let server: TestS3Server;
let client: S3Client;
let prefixes = 0;

beforeAll(async () => {
  server = await startS3Server({ buckets: [BUCKET] });
  client = newClient();
});

afterAll(async () => {
  client?.destroy();
  await server?.stop();
});

/** A client made as the app makes it, from its settings. */
function newClient(): S3Client {
  const settings = { ...server.settingsFor(BUCKET), STORAGE_KEY: SECRET.toString("base64") };
  return createS3Client(readConfig(settings));
}

/** A store in a folder of the bucket of its own, so tests never see each other's files. */
function newStore(options: { pageSize?: number; client?: S3Client } = {}) {
  prefixes += 1;
  const prefix = `test-${prefixes}/`;
  return new S3Storage({ client, bucket: BUCKET, prefix, secret: SECRET, ...options });
}

async function read(storage: S3Storage, key: string): Promise<Buffer> {
  const stream = await storage.get(key);
  if (!stream) throw new Error("not stored");
  return readAll(stream);
}

async function listKeys(storage: S3Storage): Promise<string[]> {
  const keys = [];
  for await (const object of storage.list()) keys.push(object.key);
  return keys.sort();
}

async function rawObject(storage: S3Storage, key: string): Promise<Buffer> {
  const response = await client.send(
    new GetObjectCommand({ Bucket: BUCKET, Key: storage.objectKey(key) }),
  );
  return Buffer.from(await response.Body!.transformToByteArray());
}

async function replaceObject(storage: S3Storage, key: string, bytes: Buffer) {
  await client.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: storage.objectKey(key), Body: bytes }),
  );
}

describe("the S3 store", () => {
  it("gives back exactly what was stored", async () => {
    const storage = newStore();
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    expect((await read(storage, key)).toString()).toBe(SECRET_TEXT);
  });

  it("sends a large file in parts and gives it back byte for byte", async () => {
    const storage = newStore();
    const key = newStorageKey();
    const chunks = Array.from({ length: 12 }, (_, i) => Buffer.alloc(MB, i));
    await storage.put(key, Readable.from(chunks));
    expect((await read(storage, key)).equals(Buffer.concat(chunks))).toBe(true);
  });

  it("keeps an empty file", async () => {
    const storage = newStore();
    const key = newStorageKey();
    await storage.put(key, Readable.from([]));
    expect((await read(storage, key)).length).toBe(0);
  });

  it("never gives the store the plaintext", async () => {
    const storage = newStore();
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT.repeat(100))]));
    const stored = await rawObject(storage, key);
    expect(stored.includes(Buffer.from("reading age"))).toBe(false);
    expect(stored.subarray(0, 4).toString()).toBe("CPE1");
  });

  it("refuses an object changed in the store", async () => {
    const storage = newStore();
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    const bytes = await rawObject(storage, key);
    bytes[20] = bytes[20]! ^ 0x01;
    await replaceObject(storage, key, bytes);
    await expect(read(storage, key)).rejects.toThrow(/authenticate/);
  });

  it("refuses an object copied over another key's object, or cut short", async () => {
    const storage = newStore();
    const [a, b] = [newStorageKey(), newStorageKey()];
    await storage.put(a, Readable.from([Buffer.from("first")]));
    await storage.put(b, Readable.from([Buffer.from("second")]));
    await replaceObject(storage, b, await rawObject(storage, a));
    await expect(read(storage, b)).rejects.toThrow(/authenticate/);
    await replaceObject(storage, a, (await rawObject(storage, a)).subarray(0, 20));
    await expect(read(storage, a)).rejects.toThrow(/too short/);
  });

  it("cannot read objects with another key", async () => {
    const storage = newStore();
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    const prefix = storage.objectKey(key).slice(0, -key.length);
    const other = new S3Storage({ client, bucket: BUCKET, prefix, secret: Buffer.alloc(32, 7) });
    await expect(read(other, key)).rejects.toThrow(/authenticate/);
  });

  it("answers null for a key it does not have, and removing it again is harmless", async () => {
    const storage = newStore();
    const key = newStorageKey();
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Readable.from([Buffer.from("x")]));
    await storage.remove(key);
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
  });

  it("refuses keys that could name another object", async () => {
    const storage = newStore();
    await expect(storage.put("../other-site/x", Readable.from([]))).rejects.toThrow(/storage key/);
    await expect(storage.get("readme.txt")).rejects.toThrow(/storage key/);
  });

  it("shows nothing under the key until the whole file is stored", async () => {
    // The client says when a part has reached the store, so the check below runs while the
    // upload is truly under way, with its first part already stored.
    let onPartStored = () => {};
    const partStored = new Promise<void>((resolve) => (onPartStored = resolve));
    const watchedClient = newClient();
    watchedClient.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName === "UploadPartCommand") onPartStored();
        return result;
      },
      { step: "initialize" },
    );
    const storage = newStore({ client: watchedClient });
    const key = newStorageKey();
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    async function* slowContent() {
      for (let i = 0; i < 6; i += 1) yield Buffer.alloc(MB, i);
      await finished;
      yield Buffer.from("the end");
    }
    const putting = storage.put(key, slowContent());
    await partStored;
    expect(await storage.get(key)).toBeNull();
    expect(await listKeys(storage)).toEqual([]);
    finish();
    await putting;
    expect((await read(storage, key)).subarray(-7).toString()).toBe("the end");
    expect(await listKeys(storage)).toEqual([key]);
    watchedClient.destroy();
  });

  it("leaves nothing under the key when the content fails half-way, and says why it failed", async () => {
    const storage = newStore();
    const [small, large] = [newStorageKey(), newStorageKey()];
    async function* failing(bytes: number) {
      yield Buffer.alloc(bytes, 1);
      throw new Error("connection lost");
    }
    await expect(storage.put(small, failing(1000))).rejects.toThrow("connection lost");
    await expect(storage.put(large, failing(7 * MB))).rejects.toThrow("connection lost");
    expect(await storage.get(small)).toBeNull();
    expect(await storage.get(large)).toBeNull();
    expect(await listKeys(storage)).toEqual([]);
  });

  it("lists what it keeps page by page, with when each was written, and only its own", async () => {
    const storage = newStore({ pageSize: 2 });
    const keys = Array.from({ length: 5 }, () => newStorageKey());
    for (const key of keys) await storage.put(key, Readable.from([Buffer.from(key)]));
    const prefix = storage.objectKey(keys[0]!).slice(0, -32);
    // Another app's object in the same folder, and one of ours outside it.
    await client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}notes.txt`, Body: "x" }),
    );
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: newStorageKey(), Body: "x" }));
    const listed = [];
    for await (const object of storage.list()) listed.push(object);
    expect(listed.map((o) => o.key).sort()).toEqual([...keys].sort());
    expect(listed.every((o) => o.modifiedAt instanceof Date)).toBe(true);
  });

  it("aborts its own uploads left unfinished before the given time, page by page", async () => {
    // s3rver cannot list unfinished uploads, so here the store's two answers are played back.
    const [stale, fresh, alsoStale] = [newStorageKey(), newStorageKey(), newStorageKey()];
    const hourAgo = new Date(Date.now() - 3_600_000);
    const pages = [
      {
        Uploads: [
          { Key: `site/${stale}`, UploadId: "u1", Initiated: hourAgo },
          { Key: `site/${fresh}`, UploadId: "u2", Initiated: new Date() },
        ],
        IsTruncated: true,
        NextKeyMarker: `site/${fresh}`,
        NextUploadIdMarker: "u2",
      },
      {
        Uploads: [
          { Key: "site/backup.tar", UploadId: "u3", Initiated: hourAgo },
          { Key: `site/${alsoStale}`, UploadId: "u4", Initiated: hourAgo },
        ],
        IsTruncated: false,
      },
    ];
    const sent: Array<{ command: string; input: Record<string, unknown> }> = [];
    const playback = {
      send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
        sent.push({ command: command.constructor.name, input: command.input });
        return command.constructor.name === "ListMultipartUploadsCommand" ? pages.shift() : {};
      },
    } as unknown as S3Client;
    const storage = new S3Storage({
      client: playback,
      bucket: BUCKET,
      prefix: "site/",
      secret: SECRET,
    });
    expect(await storage.removeUnfinished(new Date(Date.now() - 600_000))).toBe(2);
    expect(
      sent.filter((s) => s.command === "AbortMultipartUploadCommand").map((s) => s.input),
    ).toEqual([
      { Bucket: BUCKET, Key: `site/${stale}`, UploadId: "u1" },
      { Bucket: BUCKET, Key: `site/${alsoStale}`, UploadId: "u4" },
    ]);
    expect(sent.filter((s) => s.command === "ListMultipartUploadsCommand")[1]?.input).toMatchObject(
      {
        Prefix: "site/",
        KeyMarker: `site/${fresh}`,
        UploadIdMarker: "u2",
      },
    );
  });

  it("finds no unfinished uploads to remove on a store that cannot list them", async () => {
    const storage = newStore();
    await expect(
      client.send(new ListMultipartUploadsCommand({ Bucket: BUCKET })),
    ).rejects.toMatchObject({ name: "NotImplemented" });
    expect(await storage.removeUnfinished(new Date())).toBe(0);
  });
});
