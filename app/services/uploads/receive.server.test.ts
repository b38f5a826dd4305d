import { Readable } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { FORM_PROBLEMS } from "~/forms/parse";
import { MemoryStorage } from "~/services/storage/memory.server";
import { listHeldStorageKeys } from "~/services/storage/held-keys.server";
import { discardUpload, receiveUpload } from "./receive.server";

const LIMITS = { maxFileBytes: 1024 * 1024, maxFiles: 3, maxTotalBytes: 2 * 1024 * 1024 };
const BOUNDARY = "----receivetest";

function upload(parts: string[]): Request {
  const body = `${parts.map((part) => `--${BOUNDARY}\r\n${part}\r\n`).join("")}--${BOUNDARY}--\r\n`;
  return new Request("http://localhost/cases/import", {
    method: "POST",
    body,
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
  });
}

const field = (name: string, value: string) =>
  `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`;
const file = (fileName: string, content: string) =>
  `Content-Disposition: form-data; name="files"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n${content}`;

async function storedCount(storage: MemoryStorage): Promise<number> {
  let count = 0;
  for await (const _ of storage.list()) count++;
  return count;
}

describe("receiveUpload", () => {
  it("cleans the form's other fields as every form is cleaned", async () => {
    const storage = new MemoryStorage();
    const received = await receiveUpload(
      upload([field("title", "Plan\u0000 notes"), file("plan.txt", "hello")]),
      { storage, limits: LIMITS, fileField: "files" },
    );
    expect(received.problems).toEqual([]);
    expect(received.fields.get("title")).toBe("Plan notes");
    expect(received.files).toHaveLength(1);
  });

  it("refuses a field name that reaches a prototype with a 400, and keeps none of the files", async () => {
    const storage = new MemoryStorage();
    const request = upload([
      file("plan.txt", "hello"),
      field("constructor.prototype.APP_ORIGIN", "http://evil.example"),
    ]);
    const refusal: unknown = await receiveUpload(request, {
      storage,
      limits: LIMITS,
      fileField: "files",
    }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      data: { problem: FORM_PROBLEMS.refusedName },
      init: { status: 400 },
    });
    expect(await storedCount(storage)).toBe(0);
    expect(({} as Record<string, unknown>).APP_ORIGIN).toBeUndefined();
  });

  it("says the upload did not arrive whole when a part header is malformed, reading the body to its end", async () => {
    const storage = new MemoryStorage();
    const bytes = await upload([
      file("x\u0000.csv", "2026-01-01,held"),
      field("after", "x".repeat(200_000)),
    ]).arrayBuffer();
    // Cancelling the body would make the server drop the connection with no answer at all.
    let isCancelled = false;
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.byteLength) return controller.close();
        controller.enqueue(new Uint8Array(bytes.slice(offset, offset + 16_384)));
        offset += 16_384;
      },
      cancel() {
        isCancelled = true;
      },
    });
    const request = new Request("http://localhost/cases/import", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    } as RequestInit);
    const received = await receiveUpload(request, { storage, limits: LIMITS, fileField: "files" });
    expect(received.problems).toEqual([
      "The upload did not arrive whole. Choose the files and try again.",
    ]);
    expect(received.files).toEqual([]);
    expect(isCancelled).toBe(false);
    expect(offset).toBeGreaterThanOrEqual(bytes.byteLength);
  });

  /** What receiveUpload throws for a body of this type. */
  function refusalOf(body: string, contentType: string): Promise<unknown> {
    const request = new Request("http://localhost/x", { method: "POST", body, headers: { "Content-Type": contentType } });
    return receiveUpload(request, { storage: new MemoryStorage(), limits: LIMITS, fileField: "files" }).catch((error: unknown) => error);
  }

  it("answers 400 to a multipart type with no boundary", async () => {
    expect(await refusalOf("--x\r\n", "multipart/form-data")).toMatchObject({
      data: { problem: FORM_PROBLEMS.unreadable },
      init: { status: 400 },
    });
  });

  it("answers 415 to a body that is not a form", async () => {
    expect(await refusalOf("{}", "application/json")).toMatchObject({
      data: { problem: FORM_PROBLEMS.wrongType },
      init: { status: 415 },
    });
  });

  /** A body sent in pieces, as a slow client sends it; `failAfter` bytes in, it breaks as a dropped connection does. */
  function streamed(bytes: Uint8Array, { failAfter }: { failAfter?: number } = {}) {
    let offset = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        await delay(1);
        if (failAfter !== undefined && offset >= failAfter)
          return controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
        if (offset >= bytes.byteLength) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + 16_384));
        offset += 16_384;
      },
    });
  }

  function requestWith(body: ReadableStream<Uint8Array>) {
    return new Request("http://localhost/cases/import", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    } as RequestInit);
  }

  /** A store whose disk fills up after `roomBytes`: the write fails as the system fails it. */
  function fullDisk(code: "ENOSPC" | "EDQUOT", roomBytes: number) {
    const storage = new MemoryStorage();
    const put = storage.put.bind(storage);
    let used = 0;
    storage.put = async (key, content) => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of content) {
        used += chunk.length;
        if (used > roomBytes) throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
        chunks.push(chunk);
      }
      await put(key, Readable.from(chunks));
    };
    return storage;
  }

  for (const code of ["ENOSPC", "EDQUOT"] as const) {
    it(`answers a full disk (${code}) with 507 at once, keeping none of the files`, async () => {
      const storage = fullDisk(code, 200_000);
      const bytes = new Uint8Array(
        await upload([
          file("small.txt", "a first file that fits"),
          file("large.txt", "x".repeat(600_000)),
          file("after.txt", "a file after the disk filled"),
          field("title", "Reports"),
        ]).arrayBuffer(),
      );
      const refusal: unknown = await receiveUpload(requestWith(streamed(bytes)), {
        storage,
        limits: LIMITS,
        fileField: "files",
      }).catch((error: unknown) => error);
      expect(refusal).toMatchObject({ data: { code: "storage_full" }, init: { status: 507 } });
      expect(await storedCount(storage)).toBe(0);
    });
  }

  it("survives a client that goes away mid-file, before the store has begun to read it", async () => {
    const storage = new MemoryStorage();
    const put = storage.put.bind(storage);
    // The local store opens its file before it reads the upload: the connection can drop meanwhile.
    storage.put = async (key, content) => {
      await delay(50);
      await put(key, content);
    };
    const bytes = new Uint8Array(
      await upload([file("plan.txt", "x".repeat(300_000)), field("title", "Plan")]).arrayBuffer(),
    );
    const received = await receiveUpload(requestWith(streamed(bytes, { failAfter: 32_768 })), {
      storage,
      limits: LIMITS,
      fileField: "files",
    });
    expect(received.problems).toEqual(["The upload did not arrive whole. Choose the files and try again."]);
    expect(received.files).toEqual([]);
    expect(await storedCount(storage)).toBe(0);
  });

  it("holds each received file from the sweep until it is discarded (or recorded)", async () => {
    const storage = new MemoryStorage();
    const received = await receiveUpload(upload([file("a.txt", "one"), file("b.txt", "two")]), {
      storage,
      limits: LIMITS,
      fileField: "files",
    });
    const keys = received.files.map((f) => f.storageKey);
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(listHeldStorageKeys().has(key)).toBe(true);
    await discardUpload(storage, received.files);
    for (const key of keys) expect(listHeldStorageKeys().has(key)).toBe(false);
  });
});
