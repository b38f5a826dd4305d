import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEY_CHECK_STORAGE_KEY, verifyStorageKey } from "./key-check.server";
import { LocalFolderStorage } from "./local-folder.server";
import { MemoryStorage } from "./memory.server";
import { newStorageKey, readAll } from "./storage.server";

const RIGHT_KEY = Buffer.alloc(32, 1);
const WRONG_KEY = Buffer.alloc(32, 2);
const REFUSAL = /^Clearpath cannot start: the storage key \(STORAGE_KEY\) cannot read the files already stored\./;

let root: string;
const storeWith = (secret: Buffer) => new LocalFolderStorage(root, secret);
const verify = (secret: Buffer) => verifyStorageKey(storeWith(secret), { keySource: "STORAGE_KEY" });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "clearpath-key-check-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function filesOnDisk(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [file, readFileSync(file).toString("base64")];
      }),
  );
}

describe("the storage key check at start", () => {
  it("lets a first start with nothing stored go ahead, and leaves a check object that the same key reads", async () => {
    await verify(RIGHT_KEY);
    const check = await storeWith(RIGHT_KEY).get(KEY_CHECK_STORAGE_KEY);
    expect(check).not.toBeNull();
    await readAll(check!);
    await expect(verify(RIGHT_KEY)).resolves.toBeUndefined();
  });

  it("refuses another key in one line, and changes nothing stored", async () => {
    await verify(RIGHT_KEY);
    await storeWith(RIGHT_KEY).put(newStorageKey(), Readable.from([Buffer.from("a report")]));
    const before = filesOnDisk();
    const refusal = await verify(WRONG_KEY).catch((error: unknown) => error as Error);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal!.name).toBe("ConfigError");
    expect(refusal!.message).toMatch(REFUSAL);
    expect(refusal!.message).not.toContain("\n");
    expect(filesOnDisk()).toEqual(before);
  });

  it("checks a store made before the check on one of its files, then keeps a check object", async () => {
    const key = newStorageKey();
    await storeWith(RIGHT_KEY).put(key, Readable.from([Buffer.from("a report")]));
    await expect(verify(WRONG_KEY)).rejects.toThrow(REFUSAL);
    expect(await storeWith(RIGHT_KEY).get(KEY_CHECK_STORAGE_KEY)).toBeNull();
    await verify(RIGHT_KEY);
    expect(await storeWith(RIGHT_KEY).get(KEY_CHECK_STORAGE_KEY)).not.toBeNull();
    await expect(verify(WRONG_KEY)).rejects.toThrow(REFUSAL);
  });

  it("refuses a check object that reads as something else", async () => {
    await storeWith(RIGHT_KEY).put(KEY_CHECK_STORAGE_KEY, Readable.from([Buffer.from("not the check")]));
    await expect(verify(RIGHT_KEY)).rejects.toThrow(REFUSAL);
  });

  it("passes on an error from the store itself rather than blaming the key", async () => {
    const unreachable = new MemoryStorage();
    unreachable.get = () => Promise.reject(Object.assign(new Error("permission denied"), { code: "EACCES" }));
    await expect(verifyStorageKey(unreachable, { keySource: "STORAGE_KEY" })).rejects.toThrow("permission denied");
  });
});
