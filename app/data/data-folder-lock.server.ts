// One process at a time on an embedded database's folder (docs/decisions/113-data-folder-lock.md).
// Two PGlite processes on one folder each believe they own it, and writes are lost. The lock is a
// file, DATA_DIR/clearpath.lock, created whole or not at all (written aside, then hard-linked into
// place, which fails if it exists), holding the owner's pid and start time. A lock whose process
// has gone (killed with kill -9, a power cut) is taken over at once: the pid is checked, and where
// /proc exists so is its start time, so a pid reused by another program does not count.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

export const LOCK_FILE_NAME = "clearpath.lock";

type Holder = { pid: number; startedAt: number; host: string; command: string };

/** Thrown when another process holds the folder; its message is one plain line for the operator. */
export class DataFolderInUseError extends Error {
  override name = "DataFolderInUseError";
}

/** When this process started, in ms since 1970: recorded in the lock, compared on a pid's reuse. */
const STARTED_AT = Math.round(performance.timeOrigin);
// A process's start time read from /proc is in clock ticks since boot; a few seconds of slack
// covers the rounding and the time Node takes to start.
const START_TIME_SLACK_MS = 5_000;

/**
 * Takes the lock on `dataDir` for this process, or throws DataFolderInUseError naming the process
 * that holds it. Returns the function that gives it back (also run when the process exits).
 */
export function lockDataFolder(dataDir: string, command = describeThisProcess()): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const mine: Holder = { pid: process.pid, startedAt: STARTED_AT, host: hostname(), command };
  const text = JSON.stringify(mine);
  // A few tries: after taking over a stale lock, or when the file vanished as it was read.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (placeLockFile(lockPath, text)) {
      const release = () => {
        process.off("exit", release);
        // Only our own lock is removed: after a takeover race the file may be another's.
        if (readText(lockPath) === text) rmSync(lockPath, { force: true });
      };
      process.on("exit", release);
      return release;
    }
    const found = readText(lockPath);
    if (found === null) continue; // removed meanwhile: try again
    const holder = parseHolder(found);
    if (holder && holder.host !== hostname()) {
      // Another machine's process cannot be checked from here, so it is taken to be running.
      throw new DataFolderInUseError(
        `Clearpath cannot start: its data folder ${dataDir} is in use by ${holder.command} (pid ${holder.pid}) on the computer ${holder.host}. Stop it there first; if nothing runs there any more, delete ${lockPath}.`,
      );
    }
    if (holder && holder.pid !== process.pid && isRunning(holder)) {
      throw new DataFolderInUseError(
        `Clearpath cannot start: its data folder ${dataDir} is in use by ${holder.command} (pid ${holder.pid}, started ${new Date(holder.startedAt).toISOString()}). Stop that process first, or give this one a different DATA_DIR.`,
      );
    }
    takeOverStale(lockPath, found);
  }
  throw new DataFolderInUseError(`Clearpath cannot start: another process keeps taking the lock on its data folder ${dataDir}. Start one process at a time.`);
}

/** "npm run make-admin" or "the process node server.js", for the message another process shows. */
function describeThisProcess(): string {
  const script = process.argv[1] ? path.basename(process.argv[1]) : "";
  if (script.startsWith("make-admin")) return "npm run make-admin";
  return script ? `the process node ${script}` : "another process";
}

/** Creates the lock file with its content in one step; false if one is already there. */
function placeLockFile(lockPath: string, text: string): boolean {
  const aside = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(aside, text, { flag: "wx" });
  try {
    linkSync(aside, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Removes a lock whose owner has gone. It is moved aside first and compared with what was judged
 * stale: if another process took over in between, its fresh lock is put back.
 */
function takeOverStale(lockPath: string, staleText: string) {
  const aside = `${lockPath}.stale.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  try {
    if (readText(aside) !== staleText) {
      try {
        linkSync(aside, lockPath);
      } catch {
        // Someone else holds it now: the next try reads who.
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (typeof value.pid !== "number" || !Number.isInteger(value.pid) || value.pid <= 0) return null;
    return { pid: value.pid, startedAt: Number(value.startedAt) || 0, host: String(value.host ?? ""), command: String(value.command ?? "another Clearpath process") };
  } catch {
    return null; // an empty or damaged file is no one's lock
  }
}

/** True when the lock's process still runs on this machine: the same pid, started at the same time. */
function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const started = readStartTime(holder.pid);
  return started === null || Math.abs(started - holder.startedAt) <= START_TIME_SLACK_MS;
}

/** A running process's start time in ms since 1970, from Linux's /proc; null elsewhere. */
function readStartTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (start time in clock ticks after boot) counts from after the command's closing
    // parenthesis, since the command itself may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    const bootLine = readFileSync("/proc/stat", "utf8").split("\n").find((line) => line.startsWith("btime "));
    const bootSeconds = Number(bootLine?.slice(6));
    if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds)) return null;
    return bootSeconds * 1000 + (ticks / CLOCK_TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

// Linux's USER_HZ, fixed at 100 on every architecture Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;
