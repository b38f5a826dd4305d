// Sweeps stored files left without a document while the server runs, not only at start
// (docs/decisions/116-full-disk-and-sweeping-while-running.md). One sweep at a time: the next is
// planned only when the last has finished, however long it took. A failed sweep is logged and
// tried again at the next turn.
import { SWEEP_GRACE_MS, unsafeSweepStoredFiles } from "~/data/documents.server";
import { describeError, log } from "~/services/log.server";

let timer: NodeJS.Timeout | undefined;
/** Raised by every start and stop, so a sweep still running from an earlier start plans nothing. */
let generation = 0;

/** Starts sweeping every `intervalMs` (the first sweep after one interval: start-up has just swept). */
export function startStorageSweep({ intervalMs, graceMs = SWEEP_GRACE_MS }: { intervalMs: number; graceMs?: number }): void {
  stopStorageSweep();
  const own = generation;
  const plan = () => {
    timer = setTimeout(() => void sweep(), intervalMs);
    // A pending sweep never keeps the process alive.
    timer.unref();
  };
  const sweep = async () => {
    try {
      await unsafeSweepStoredFiles({ graceMs });
    } catch (error) {
      log("warn", "the storage sweep failed; it will try again at its next turn", { error: describeError(error) });
    }
    if (own === generation) plan();
  };
  plan();
}

export function stopStorageSweep(): void {
  generation += 1;
  clearTimeout(timer);
  timer = undefined;
}
