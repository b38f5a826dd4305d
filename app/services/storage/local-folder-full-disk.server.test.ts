// The local folder store on a disk that fills up: the system's ENOSPC (or EDQUOT) is injected into
// its writes, since a test must not fill a real disk. Whatever step fails, nothing is left behind.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalFolderStorage } from "./local-folder.server";
import { newStorageKey } from "./storage.server";

/** Which step of a write fails as on a full disk, and how; null for none. */
const fault: { step: "write" | "sync" | "rename" | null; code: string } = { step: null, code: "ENOSPC" };
const noRoom = () => Object.assign(new Error(`${fault.code}: no space left on device`), { code: fault.code });

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (args[1] !== "wx") return handle;
      let written = 0;
      return new Proxy(handle, {
        get(target, property) {
          if (property === "write")
            return async (...writeArgs: unknown[]) => {
              written += 1;
              // The header goes in; the disk fills up on the content.
              if (fault.step === "write" && written > 1) throw noRoom();
              return (target.write as (...a: unknown[]) => unknown)(...writeArgs);
            };
          if (property === "sync" && fault.step === "sync") return async () => Promise.reject(noRoom());
          const value = Reflect.get(target, property) as unknown;
          return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (fault.step === "rename") throw noRoom();
      return actual.rename(...args);
    },
  };
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "clearpath-full-disk-"));
  fault.step = null;
  fault.code = "ENOSPC";
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("the local folder store on a full disk", () => {
  for (const [step, code] of [["write", "ENOSPC"], ["write", "EDQUOT"], ["sync", "ENOSPC"], ["rename", "ENOSPC"]] as const) {
    it(`fails with the system's ${code} when the ${step} fails, and leaves no file`, async () => {
      const storage = new LocalFolderStorage(root, Buffer.alloc(32, 3));
      fault.step = step;
      fault.code = code;
      const key = newStorageKey();
      const content = Readable.from(Array.from({ length: 8 }, () => Buffer.alloc(65_536, 1)));
      await expect(storage.put(key, content)).rejects.toMatchObject({ code });
      expect(filesUnder(root)).toEqual([]);
      fault.step = null;
      expect(await storage.get(key)).toBeNull();
    });
  }
});
