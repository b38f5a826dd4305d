// The one way to run work on untrusted bytes (reading an upload's text, an archive, making a pack
// from stored PDFs): in a worker thread with its own memory limit, stopped after a time limit,
// at most MAX_PARALLEL_WORKERS at once, the rest waiting their turn. A worker that runs out of
// memory or time is ended and a fresh one takes the next job; the server's own thread never
// parses the file, so it keeps answering everyone else. See docs/decisions/014.
//
// The worker runs worker.server.ts bundled to plain JavaScript: by the build (react-router.config.ts)
// in production, and on first use in development and tests (bundle-worker.server.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { MAX_PARALLEL_WORKERS } from "./limits.server";
import type { TaskInput, TaskName, TaskOutput } from "./tasks.server";

export type IsolateFailure = "timeout" | "memory" | "failed";

/** Why isolated work did not finish: it took too long, needed too much memory, or broke. */
export class IsolateError extends Error {
  constructor(readonly reason: IsolateFailure) {
    super(`isolated work stopped: ${reason}`);
    this.name = "IsolateError";
  }
}

export type IsolateLimits = { timeoutMs: number; heapMb: number };

/** Idle workers are ended after this long, giving their memory back. */
const IDLE_MS = 30_000;

type Job = { task: TaskName; input: unknown; limits: IsolateLimits; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Idle = { worker: Worker; heapMb: number; timer: NodeJS.Timeout };

const queue: Job[] = [];
const idle: Idle[] = [];
let busy = 0;
let workerFile: Promise<string> | null = null;

async function findWorkerFile(): Promise<string> {
  if (import.meta.env.PROD) {
    // Built into the server folder by react-router.config.ts (this code may sit in a chunk in a
    // folder below it); nothing is compiled at run time.
    const here = path.dirname(fileURLToPath(import.meta.url));
    const file = [here, path.dirname(here)].map((folder) => path.join(folder, "isolate-worker.mjs")).find((f) => existsSync(f));
    if (!file) throw new Error("The build has no isolate-worker.mjs: build again with `npm run build`");
    return file;
  }
  const { bundleWorkerForDevelopment } = await import("./bundle-worker.server");
  return bundleWorkerForDevelopment();
}

async function takeWorker(heapMb: number): Promise<Worker> {
  const index = idle.findIndex((w) => w.heapMb === heapMb);
  if (index >= 0) {
    const [found] = idle.splice(index, 1);
    clearTimeout(found!.timer);
    found!.worker.ref();
    return found!.worker;
  }
  workerFile ??= findWorkerFile().catch((error: unknown) => {
    workerFile = null;
    throw error;
  });
  return new Worker(await workerFile, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
}

function putBack(worker: Worker, heapMb: number) {
  worker.unref();
  const entry: Idle = {
    worker,
    heapMb,
    timer: setTimeout(() => {
      const at = idle.indexOf(entry);
      if (at >= 0) idle.splice(at, 1);
      void worker.terminate();
    }, IDLE_MS).unref(),
  };
  idle.push(entry);
}

function runOn(worker: Worker, job: Job): Promise<{ value: unknown; reusable: boolean }> {
  return new Promise((resolve, reject) => {
    const finish = (outcome: { value: unknown; reusable: boolean } | IsolateError) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (outcome instanceof IsolateError) {
        void worker.terminate();
        reject(outcome);
      } else resolve(outcome);
    };
    const onMessage = (message: { ok: true; output: unknown } | { ok: false }) =>
      finish(message.ok ? { value: message.output, reusable: true } : new IsolateError("failed"));
    const onError = (error: Error & { code?: string }) =>
      finish(new IsolateError(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "failed"));
    const onExit = () => finish(new IsolateError("failed"));
    const timer = setTimeout(() => finish(new IsolateError("timeout")), job.limits.timeoutMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ task: job.task, input: job.input });
  });
}

async function startNext() {
  if (busy >= MAX_PARALLEL_WORKERS) return;
  const job = queue.shift();
  if (!job) return;
  busy += 1;
  try {
    const worker = await takeWorker(job.limits.heapMb);
    const { value } = await runOn(worker, job);
    putBack(worker, job.limits.heapMb);
    job.resolve(value);
  } catch (error) {
    job.reject(error);
  } finally {
    busy -= 1;
    void startNext();
  }
}

/**
 * Runs `task` from tasks.server.ts on `input` in a worker. Rejects with IsolateError when the
 * worker runs out of time or memory or the task throws; the time limit starts when the job does.
 */
export function runIsolated<T extends TaskName>(task: T, input: TaskInput<T>, limits: IsolateLimits): Promise<TaskOutput<T>> {
  return new Promise<TaskOutput<T>>((resolve, reject) => {
    queue.push({ task, input, limits, resolve: resolve as (value: unknown) => void, reject });
    void startNext();
  });
}
