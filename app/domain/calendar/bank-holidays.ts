// Bank holidays in England and Wales, kept as data in the project so that working-day deadlines
// need no network call. Source: https://www.gov.uk/bank-holidays (the "england-and-wales" list).
// Years up to 2026 are as published; 2027 and 2028 follow the usual rules (first and last
// Monday in May, last Monday in August, Easter, and substitute days when Christmas or New Year
// falls at a weekend) and must be checked against gov.uk once published — a one-off holiday
// (a coronation, a state funeral) can be added at short notice.

import type { CalendarDate } from "./calendar-date";

export type BankHoliday = { date: CalendarDate; name: string };

/** The last date the list below is known to be complete for. A test fails as this date nears. */
export const BANK_HOLIDAYS_COVER_UNTIL: CalendarDate = "2028-12-31";

/** The first date the list below covers. */
export const BANK_HOLIDAYS_COVER_FROM: CalendarDate = "2018-01-01";

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = [
  { date: "2018-01-01", name: "New Year’s Day" },
  { date: "2018-03-30", name: "Good Friday" },
  { date: "2018-04-02", name: "Easter Monday" },
  { date: "2018-05-07", name: "Early May bank holiday" },
  { date: "2018-05-28", name: "Spring bank holiday" },
  { date: "2018-08-27", name: "Summer bank holiday" },
  { date: "2018-12-25", name: "Christmas Day" },
  { date: "2018-12-26", name: "Boxing Day" },

  { date: "2019-01-01", name: "New Year’s Day" },
  { date: "2019-04-19", name: "Good Friday" },
  { date: "2019-04-22", name: "Easter Monday" },
  { date: "2019-05-06", name: "Early May bank holiday" },
  { date: "2019-05-27", name: "Spring bank holiday" },
  { date: "2019-08-26", name: "Summer bank holiday" },
  { date: "2019-12-25", name: "Christmas Day" },
  { date: "2019-12-26", name: "Boxing Day" },

  { date: "2020-01-01", name: "New Year’s Day" },
  { date: "2020-04-10", name: "Good Friday" },
  { date: "2020-04-13", name: "Easter Monday" },
  { date: "2020-05-08", name: "Early May bank holiday (VE Day)" },
  { date: "2020-05-25", name: "Spring bank holiday" },
  { date: "2020-08-31", name: "Summer bank holiday" },
  { date: "2020-12-25", name: "Christmas Day" },
  { date: "2020-12-28", name: "Boxing Day (substitute day)" },

  { date: "2021-01-01", name: "New Year’s Day" },
  { date: "2021-04-02", name: "Good Friday" },
  { date: "2021-04-05", name: "Easter Monday" },
  { date: "2021-05-03", name: "Early May bank holiday" },
  { date: "2021-05-31", name: "Spring bank holiday" },
  { date: "2021-08-30", name: "Summer bank holiday" },
  { date: "2021-12-27", name: "Christmas Day (substitute day)" },
  { date: "2021-12-28", name: "Boxing Day (substitute day)" },

  { date: "2022-01-03", name: "New Year’s Day (substitute day)" },
  { date: "2022-04-15", name: "Good Friday" },
  { date: "2022-04-18", name: "Easter Monday" },
  { date: "2022-05-02", name: "Early May bank holiday" },
  { date: "2022-06-02", name: "Spring bank holiday" },
  { date: "2022-06-03", name: "Platinum Jubilee bank holiday" },
  { date: "2022-08-29", name: "Summer bank holiday" },
  { date: "2022-09-19", name: "Bank holiday for the State Funeral of Queen Elizabeth II" },
  { date: "2022-12-26", name: "Boxing Day" },
  { date: "2022-12-27", name: "Christmas Day (substitute day)" },

  { date: "2023-01-02", name: "New Year’s Day (substitute day)" },
  { date: "2023-04-07", name: "Good Friday" },
  { date: "2023-04-10", name: "Easter Monday" },
  { date: "2023-05-01", name: "Early May bank holiday" },
  { date: "2023-05-08", name: "Bank holiday for the coronation of King Charles III" },
  { date: "2023-05-29", name: "Spring bank holiday" },
  { date: "2023-08-28", name: "Summer bank holiday" },
  { date: "2023-12-25", name: "Christmas Day" },
  { date: "2023-12-26", name: "Boxing Day" },

  { date: "2024-01-01", name: "New Year’s Day" },
  { date: "2024-03-29", name: "Good Friday" },
  { date: "2024-04-01", name: "Easter Monday" },
  { date: "2024-05-06", name: "Early May bank holiday" },
  { date: "2024-05-27", name: "Spring bank holiday" },
  { date: "2024-08-26", name: "Summer bank holiday" },
  { date: "2024-12-25", name: "Christmas Day" },
  { date: "2024-12-26", name: "Boxing Day" },

  { date: "2025-01-01", name: "New Year’s Day" },
  { date: "2025-04-18", name: "Good Friday" },
  { date: "2025-04-21", name: "Easter Monday" },
  { date: "2025-05-05", name: "Early May bank holiday" },
  { date: "2025-05-26", name: "Spring bank holiday" },
  { date: "2025-08-25", name: "Summer bank holiday" },
  { date: "2025-12-25", name: "Christmas Day" },
  { date: "2025-12-26", name: "Boxing Day" },

  { date: "2026-01-01", name: "New Year’s Day" },
  { date: "2026-04-03", name: "Good Friday" },
  { date: "2026-04-06", name: "Easter Monday" },
  { date: "2026-05-04", name: "Early May bank holiday" },
  { date: "2026-05-25", name: "Spring bank holiday" },
  { date: "2026-08-31", name: "Summer bank holiday" },
  { date: "2026-12-25", name: "Christmas Day" },
  { date: "2026-12-28", name: "Boxing Day (substitute day)" },

  { date: "2027-01-01", name: "New Year’s Day" },
  { date: "2027-03-26", name: "Good Friday" },
  { date: "2027-03-29", name: "Easter Monday" },
  { date: "2027-05-03", name: "Early May bank holiday" },
  { date: "2027-05-31", name: "Spring bank holiday" },
  { date: "2027-08-30", name: "Summer bank holiday" },
  { date: "2027-12-27", name: "Christmas Day (substitute day)" },
  { date: "2027-12-28", name: "Boxing Day (substitute day)" },

  { date: "2028-01-03", name: "New Year’s Day (substitute day)" },
  { date: "2028-04-14", name: "Good Friday" },
  { date: "2028-04-17", name: "Easter Monday" },
  { date: "2028-05-01", name: "Early May bank holiday" },
  { date: "2028-05-29", name: "Spring bank holiday" },
  { date: "2028-08-28", name: "Summer bank holiday" },
  { date: "2028-12-25", name: "Christmas Day" },
  { date: "2028-12-26", name: "Boxing Day" },
];
