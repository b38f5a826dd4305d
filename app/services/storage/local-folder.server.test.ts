import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEY_FILE_NAME, loadStorageSecret } from "./key.server";
import { LocalFolderStorage } from "./local-folder.server";
import { newStorageKey, readAll } from "./storage.server";

let dataDir: string;
let storage: LocalFolderStorage;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-storage-test-"));
  storage = new LocalFolderStorage(path.join(dataDir, "storage"), loadStorageSecret({ dataDir }));
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const SECRET_TEXT = "Sam's educational psychology report: reading age 6 years 2 months.";

async function read(key: string): Promise<Buffer> {
  const stream = await storage.get(key);
  if (!stream) throw new Error("not stored");
  return readAll(stream);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("the local folder store", () => {
  it("gives back exactly what was stored", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    expect((await read(key)).toString()).toBe(SECRET_TEXT);
  });

  it("keeps large files in many chunks, byte for byte", async () => {
    const key = newStorageKey();
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(65_536, i));
    await storage.put(key, Readable.from(chunks));
    expect((await read(key)).equals(Buffer.concat(chunks))).toBe(true);
  });

  it("keeps an empty file", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([]));
    expect((await read(key)).length).toBe(0);
  });

  it("never writes the plaintext to disk", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT.repeat(100))]));
    const [file] = filesUnder(path.join(dataDir, "storage"));
    const onDisk = readFileSync(file!);
    expect(onDisk.includes(Buffer.from("reading age"))).toBe(false);
    expect(onDisk.subarray(0, 4).toString()).toBe("CPE1");
    expect(statSync(file!).mode & 0o777).toBe(0o600);
  });

  it("uses a fresh IV for every file, so the same content never looks the same twice", async () => {
    const [a, b] = [newStorageKey(), newStorageKey()];
    await storage.put(a, Readable.from([Buffer.from(SECRET_TEXT)]));
    await storage.put(b, Readable.from([Buffer.from(SECRET_TEXT)]));
    expect(readFileSync(storage.pathOf(a)).equals(readFileSync(storage.pathOf(b)))).toBe(false);
  });

  it("refuses a file changed on disk", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    const bytes = readFileSync(storage.pathOf(key));
    bytes[20] = bytes[20]! ^ 0x01;
    writeFileSync(storage.pathOf(key), bytes);
    await expect(read(key)).rejects.toThrow(/authenticate/);
  });

  it("refuses a file with its tag changed", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    const bytes = readFileSync(storage.pathOf(key));
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x80;
    writeFileSync(storage.pathOf(key), bytes);
    await expect(read(key)).rejects.toThrow(/authenticate/);
  });

  it("refuses a file copied over another key's file", async () => {
    const [a, b] = [newStorageKey(), newStorageKey()];
    await storage.put(a, Readable.from([Buffer.from("first")]));
    await storage.put(b, Readable.from([Buffer.from("second")]));
    writeFileSync(storage.pathOf(b), readFileSync(storage.pathOf(a)));
    await expect(read(b)).rejects.toThrow(/authenticate/);
  });

  it("cannot read files with another key", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    const other = new LocalFolderStorage(path.join(dataDir, "storage"), Buffer.alloc(32, 7));
    const stream = await other.get(key);
    await expect(readAll(stream!)).rejects.toThrow(/authenticate/);
  });

  it("refuses a truncated file", async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from(SECRET_TEXT)]));
    writeFileSync(storage.pathOf(key), readFileSync(storage.pathOf(key)).subarray(0, 20));
    await expect(storage.get(key)).rejects.toThrow(/damaged/);
  });

  it("answers null for a key it does not have, and removing it again is harmless", async () => {
    const key = newStorageKey();
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Readable.from([Buffer.from("x")]));
    await storage.remove(key);
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
  });

  it("refuses keys that could name another path", async () => {
    await expect(storage.put("../../etc/passwd", Readable.from([]))).rejects.toThrow(/storage key/);
    await expect(storage.get("../storage.key")).rejects.toThrow(/storage key/);
  });

  it("leaves nothing under the key when the content fails half-way", async () => {
    const key = newStorageKey();
    async function* failing() {
      yield Buffer.from("the start");
      throw new Error("connection lost");
    }
    await expect(storage.put(key, failing())).rejects.toThrow("connection lost");
    expect(await storage.get(key)).toBeNull();
    expect(filesUnder(path.join(dataDir, "storage"))).toEqual([]);
  });

  it("lists what it keeps, with when each was written", async () => {
    const keys = [newStorageKey(), newStorageKey(), newStorageKey()];
    for (const key of keys) await storage.put(key, Readable.from([Buffer.from(key)]));
    const listed = [];
    for await (const object of storage.list()) listed.push(object);
    expect(listed.map((o) => o.key).sort()).toEqual([...keys].sort());
    expect(listed.every((o) => o.modifiedAt instanceof Date)).toBe(true);
  });

  it("removes half-written files older than asked, and keeps newer ones (another upload may be writing them)", async () => {
    const folder = path.join(dataDir, "storage", "tmp");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "old.part"), "x");
    writeFileSync(path.join(folder, "new.part"), "x");
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path.join(folder, "old.part"), hourAgo, hourAgo);
    expect(await storage.removeUnfinished(new Date(Date.now() - 600_000))).toBe(1);
    expect(readdirSync(folder)).toEqual(["new.part"]);
  });
});

describe("the storage key", () => {
  it("is made on first start, readable by its owner only, and the same on every later start", () => {
    const first = loadStorageSecret({ dataDir });
    const file = path.join(dataDir, KEY_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBe(32);
    expect(loadStorageSecret({ dataDir }).equals(first)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("comes from STORAGE_KEY when set, and then no key file is made", () => {
    const other = mkdtempSync(path.join(tmpdir(), "clearpath-storage-env-"));
    try {
      const key = loadStorageSecret({
        dataDir: other,
        configuredKey: Buffer.alloc(32, 9).toString("base64"),
      });
      expect(key.equals(Buffer.alloc(32, 9))).toBe(true);
      expect(readdirSync(other)).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("refuses a key of the wrong length", () => {
    expect(() =>
      loadStorageSecret({ dataDir, configuredKey: Buffer.alloc(16).toString("base64") }),
    ).toThrow(/32 random bytes/);
  });
});
