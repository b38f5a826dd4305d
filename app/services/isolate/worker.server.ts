// The worker thread's entry (bundled on its own, see bundle-worker.server.ts): runs one task at a
// time and posts back its result. Byte arrays in the result are moved, not copied.
import { parentPort } from "node:worker_threads";
import { TASKS, type TaskName } from "./tasks.server";

/** The buffers under a result's bytes, to move them to the main thread instead of copying. */
function transferables(output: unknown): ArrayBuffer[] {
  const arrays: unknown[] = [output];
  if (output && typeof output === "object" && "files" in output && output.files && typeof output.files === "object") arrays.push(...Object.values(output.files));
  const buffers = new Set<ArrayBuffer>();
  for (const value of arrays) {
    // Only a view of a whole buffer of its own: moving a shared one would empty the others.
    if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) {
      buffers.add(value.buffer);
    }
  }
  return [...buffers];
}

parentPort!.on("message", async ({ task, input }: { task: TaskName; input: never }) => {
  try {
    const output: unknown = await TASKS[task](input);
    parentPort!.postMessage({ ok: true, output }, transferables(output));
  } catch {
    parentPort!.postMessage({ ok: false });
  }
});
