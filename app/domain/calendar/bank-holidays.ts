// Bank holidays in England and Wales, worked out for any year by the rules they follow, so that
// working-day deadlines need no list that runs out and no network call (decision 031):
//
// - New Year's Day, 1 January; when it falls at a weekend, the Monday after is the holiday;
// - Good Friday and Easter Monday, from the date of Easter Sunday (the Gregorian computus);
// - the early May bank holiday, the first Monday in May;
// - the spring bank holiday, the last Monday in May;
// - the summer bank holiday, the last Monday in August;
// - Christmas Day and Boxing Day; when either falls at a weekend, the next weekday not already a
//   holiday is the substitute day.
//
// Days a royal proclamation moved or added (a jubilee, a coronation, a state funeral) are data,
// in ONE_OFF_CHANGES below: add one when it is announced. Checked against gov.uk/bank-holidays for
// 2018 to 2028 by the tests.

import { addDays, dayOfWeek, daysInMonth, makeDate, type CalendarDate } from "./calendar-date";

export type BankHoliday = { date: CalendarDate; name: string };

/**
 * The first date the rules below hold for: every one-off change since then is in ONE_OFF_CHANGES.
 * Before it, the calendar is not known (the early May holiday itself began in 1978).
 */
export const BANK_HOLIDAYS_COVER_FROM: CalendarDate = "1995-01-01";

/** A change a proclamation made to one year: a holiday moved to another day, or a day added. */
export type OneOffChange =
  | { kind: "moved"; from: CalendarDate; to: CalendarDate; name: string }
  | { kind: "added"; date: CalendarDate; name: string };

/** Every one-off change since BANK_HOLIDAYS_COVER_FROM, oldest first. */
export const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  { kind: "moved", from: "1995-05-01", to: "1995-05-08", name: "Early May bank holiday (VE Day)" },
  { kind: "added", date: "1999-12-31", name: "Millennium bank holiday" },
  { kind: "moved", from: "2002-05-27", to: "2002-06-04", name: "Spring bank holiday" },
  { kind: "added", date: "2002-06-03", name: "Golden Jubilee bank holiday" },
  { kind: "added", date: "2011-04-29", name: "Royal wedding bank holiday" },
  { kind: "moved", from: "2012-05-28", to: "2012-06-04", name: "Spring bank holiday" },
  { kind: "added", date: "2012-06-05", name: "Diamond Jubilee bank holiday" },
  { kind: "moved", from: "2020-05-04", to: "2020-05-08", name: "Early May bank holiday (VE Day)" },
  { kind: "moved", from: "2022-05-30", to: "2022-06-02", name: "Spring bank holiday" },
  { kind: "added", date: "2022-06-03", name: "Platinum Jubilee bank holiday" },
  { kind: "added", date: "2022-09-19", name: "Bank holiday for the State Funeral of Queen Elizabeth II" },
  { kind: "added", date: "2023-05-08", name: "Bank holiday for the coronation of King Charles III" },
];

/** Easter Sunday by the anonymous Gregorian algorithm, e.g. easterSunday(2027) === "2027-03-28". */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

const MONDAY = 1;
const SATURDAY = 6;
const SUNDAY = 0;

function firstMonday(year: number, month: number): CalendarDate {
  const first = makeDate(year, month, 1);
  return addDays(first, (MONDAY - dayOfWeek(first) + 7) % 7);
}

function lastMonday(year: number, month: number): CalendarDate {
  const last = makeDate(year, month, daysInMonth(year, month));
  return addDays(last, -((dayOfWeek(last) - MONDAY + 7) % 7));
}

/** New Year's Day, or the Monday after it when it falls at a weekend. */
function newYear(year: number): BankHoliday {
  const day = makeDate(year, 1, 1);
  const weekday = dayOfWeek(day);
  if (weekday === SATURDAY) return { date: addDays(day, 2), name: "New Year’s Day (substitute day)" };
  if (weekday === SUNDAY) return { date: addDays(day, 1), name: "New Year’s Day (substitute day)" };
  return { date: day, name: "New Year’s Day" };
}

/** Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
function christmas(year: number): BankHoliday[] {
  const christmasDay = makeDate(year, 12, 25);
  switch (dayOfWeek(christmasDay)) {
    case SATURDAY:
      return [
        { date: makeDate(year, 12, 27), name: "Christmas Day (substitute day)" },
        { date: makeDate(year, 12, 28), name: "Boxing Day (substitute day)" },
      ];
    case SUNDAY:
      return [
        { date: makeDate(year, 12, 26), name: "Boxing Day" },
        { date: makeDate(year, 12, 27), name: "Christmas Day (substitute day)" },
      ];
    case 5: // Friday: Boxing Day is a Saturday.
      return [
        { date: christmasDay, name: "Christmas Day" },
        { date: makeDate(year, 12, 28), name: "Boxing Day (substitute day)" },
      ];
    default:
      return [
        { date: christmasDay, name: "Christmas Day" },
        { date: makeDate(year, 12, 26), name: "Boxing Day" },
      ];
  }
}

/**
 * The bank holidays of England and Wales in a year, in date order, by the usual rules with the
 * one-off changes applied, e.g. bankHolidaysIn(2029)[0] === { date: "2029-01-01", name: "New Year’s Day" }.
 */
export function bankHolidaysIn(year: number, changes: readonly OneOffChange[] = ONE_OFF_CHANGES): BankHoliday[] {
  const easter = easterSunday(year);
  let holidays: BankHoliday[] = [
    newYear(year),
    { date: addDays(easter, -2), name: "Good Friday" },
    { date: addDays(easter, 1), name: "Easter Monday" },
    { date: firstMonday(year, 5), name: "Early May bank holiday" },
    { date: lastMonday(year, 5), name: "Spring bank holiday" },
    { date: lastMonday(year, 8), name: "Summer bank holiday" },
    ...christmas(year),
  ];
  const prefix = `${String(year).padStart(4, "0")}-`;
  for (const change of changes) {
    if (change.kind === "moved" && change.from.startsWith(prefix)) {
      holidays = holidays.map((holiday) => (holiday.date === change.from ? { date: change.to, name: change.name } : holiday));
    }
    if (change.kind === "added" && change.date.startsWith(prefix)) holidays.push({ date: change.date, name: change.name });
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
