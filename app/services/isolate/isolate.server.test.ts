import { describe, expect, it } from "vitest";
import { makePdf } from "../../../tests/fixtures/documents/make";
import { IsolateError, runIsolated } from "./isolate.server";
import { WORKER_HEAP_MB } from "./limits.server";

const PDF = "application/pdf";

describe("work in a worker", () => {
  it("ends a worker past its time limit, and the next job gets a fresh one", async () => {
    const long = await makePdf({ pages: 50 });
    const stopped = runIsolated("readDocument", { bytes: long, mediaType: PDF, timeoutMs: 60_000 }, { timeoutMs: 1, heapMb: WORKER_HEAP_MB });
    await expect(stopped).rejects.toMatchObject({ reason: "timeout" });
    const next = await runIsolated("readDocument", { bytes: await makePdf({ lines: ["Still here"] }), mediaType: PDF, timeoutMs: 10_000 }, { timeoutMs: 20_000, heapMb: WORKER_HEAP_MB });
    expect(next.text).toContain("Still here");
  });

  it("ends a worker that runs out of memory, and the next job gets a fresh one", async () => {
    const starved = runIsolated("readDocument", { bytes: await makePdf({ pages: 20 }), mediaType: PDF, timeoutMs: 10_000 }, { timeoutMs: 20_000, heapMb: 4 });
    const error: unknown = await starved.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IsolateError);
    expect((error as IsolateError).reason).toBe("memory");
    const next = await runIsolated("readDocument", { bytes: await makePdf({ lines: ["Read again"] }), mediaType: PDF, timeoutMs: 10_000 }, { timeoutMs: 20_000, heapMb: WORKER_HEAP_MB });
    expect(next.text).toContain("Read again");
  });

  it("runs at most two jobs at once and finishes every one", async () => {
    const bytes = await makePdf({ lines: ["One of many"] });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => runIsolated("readDocument", { bytes, mediaType: PDF, timeoutMs: 10_000 }, { timeoutMs: 20_000, heapMb: WORKER_HEAP_MB })),
    );
    expect(results.map((r) => r.text)).toEqual(Array.from({ length: 6 }, () => expect.stringContaining("One of many")));
  });
});
