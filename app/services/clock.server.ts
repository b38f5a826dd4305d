// The app's one clock: "now", and today's date where the family lives. The domain never reads the
// clock; routes pass it this. Tests can fix the instant for the whole process
// (docs/decisions/071-one-clock.md); timestamps of writes keep the real time. Wall-clock time in
// a zone is read by the presentation module's wallClockIn, re-exported here for the server's use.
// A relative import: the command line (cli/, run by tsx from anywhere) reads this file too.
import { wallClockIn } from "../domain/presentation";

export { wallClockIn };

let fixedInstant: number | null = null;

/** The current instant: the real time, unless a test has fixed it. */
export function now(): Date {
  return new Date(fixedInstant ?? Date.now());
}

/**
 * Tests only: fixes "now" (and so "today") for this process, or with null returns it to the real
 * time. Lint allows it only in tests and server/test-hooks.server.ts, which only the test entry
 * (tests/support/serve-for-tests.js) mounts; the production server never reaches it.
 */
export function fixClockForTests(at: Date | null): void {
  fixedInstant = at === null ? null : at.getTime();
}

/** Today's calendar date in a time zone, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, at: Date = now()): string {
  return wallClockIn(timeZone, at).date;
}

/**
 * The instant when a time zone's clocks show `date` at `time` ("HH:MM"). Across the spring clock
 * change a time that does not exist moves an hour on; in autumn the first of the two is used.
 */
export function instantAt(timeZone: string, date: string, time = "00:00"): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const asIfUtc = Date.UTC(y, m - 1, d, hh, mm);
  const offsetMinutes = (at: number) => {
    const wall = wallClockIn(timeZone, new Date(at));
    const [wy, wm, wd] = wall.date.split("-").map(Number) as [number, number, number];
    const [wh, wmin] = wall.time.split(":").map(Number) as [number, number];
    return (Date.UTC(wy, wm - 1, wd, wh, wmin) - at) / 60_000;
  };
  const before = asIfUtc - offsetMinutes(asIfUtc - 12 * 3_600_000) * 60_000;
  const after = asIfUtc - offsetMinutes(asIfUtc + 12 * 3_600_000) * 60_000;
  const shows = (at: number) => {
    const wall = wallClockIn(timeZone, new Date(at));
    return wall.date === date && wall.time === time;
  };
  const matches = [before, after].filter(shows);
  return new Date(matches.length > 0 ? Math.min(...matches) : before);
}
