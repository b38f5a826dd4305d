// The app's one clock: "now", and today's date where the family lives. The domain never reads the
// clock; routes pass it this. Tests can fix the instant for the whole process
// (docs/decisions/071-one-clock.md); timestamps of writes keep the real time.

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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date in a time zone, as "YYYY-MM-DD". */
export function todayIn(timeZone: string, at: Date = now()): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time in a time zone at an instant: "YYYY-MM-DD" and "HH:MM". */
export function wallClockIn(timeZone: string, at: Date): { date: string; time: string } {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    partFormatters.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
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
