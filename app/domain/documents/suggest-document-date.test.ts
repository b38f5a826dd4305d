import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isCalendarDate } from "../calendar/calendar-date";
import {
  EARLIEST_DOCUMENT_DATE,
  findDatesByOrigin,
  findDocumentDates,
  HEAD_LINES,
  suggestDocumentDate,
} from "./suggest-document-date";
import { titleFromFileName } from "./title-from-file-name";

const TODAY = "2026-11-23";
const fromText = (text: string, today = TODAY) =>
  suggestDocumentDate({ metadataDate: null, text, today });

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const ordinal = (day: number) =>
  `${day}${day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th"}`;
const pad = (n: number) => String(n).padStart(2, "0");

/** The ways a date is written in English letters and reports, for the property tests. */
function writings(date: string): string[] {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const name = MONTH_NAMES[month - 1]!;
  return [
    `${day} ${name} ${year}`,
    `${ordinal(day)} ${name} ${year}`,
    `${ordinal(day)} of ${name}, ${year}`,
    `${day} ${SHORT_MONTHS[month - 1]} ${year}`,
    `${name} ${day}, ${year}`,
    `${name} ${ordinal(day)} ${year}`,
    `${pad(day)}/${pad(month)}/${year}`,
    `${day}/${month}/${year}`,
    `${pad(day)}.${pad(month)}.${year}`,
    `${pad(day)}-${pad(month)}-${year}`,
    date,
    `${day} ${name.toUpperCase()} ${year}`,
  ];
}

const believableDate = fc
  .integer({ min: 0, max: 13_000 })
  .map((offset) => addDays(EARLIEST_DOCUMENT_DATE, offset))
  .filter((date) => date <= TODAY);

describe("suggestDocumentDate", () => {
  it("prefers a date written at the head of the text to the file's own details", () => {
    // A letter scanned a week after it was written: the scanner's date is in the file.
    const letter = "Riverside Primary School\nMill Lane\nNorthshire\n\n12 March 2026\n\nDear Mr and Mrs Morgan,";
    expect(suggestDocumentDate({ metadataDate: "2026-03-19", text: letter, today: TODAY })).toEqual({
      date: "2026-03-12",
      source: "content",
    });
    expect(findDatesByOrigin({ metadataDate: "2026-03-19", text: letter, today: TODAY })).toEqual({
      head: "2026-03-12",
      metadata: "2026-03-19",
      text: "2026-03-12",
    });
  });

  it("prefers the file's own details to a date further down the text", () => {
    const report = [
      "Educational psychology report",
      ...Array.from({ length: HEAD_LINES }, (_, i) => `Paragraph ${i + 1} about Sam's learning.`),
      "He was first seen on 1 April 2026.",
    ].join("\n");
    expect(suggestDocumentDate({ metadataDate: "2026-03-10", text: report, today: TODAY })).toEqual({
      date: "2026-03-10",
      source: "metadata",
    });
    expect(findDatesByOrigin({ metadataDate: "2026-03-10", text: report, today: TODAY })).toEqual({
      head: null,
      metadata: "2026-03-10",
      text: "2026-04-01",
    });
  });

  it("does not take a date of birth at the head for the document's date", () => {
    expect(
      suggestDocumentDate({ metadataDate: "2026-03-10", text: "Sam Morgan\nDate of birth: 14/11/2017\n", today: TODAY }),
    ).toEqual({ date: "2026-03-10", source: "metadata" });
  });

  it("falls back to the text when the file's date is in the future", () => {
    expect(
      suggestDocumentDate({
        metadataDate: "2027-01-01",
        text: "Written on 1 April 2026",
        today: TODAY,
      }),
    ).toEqual({
      date: "2026-04-01",
      source: "content",
    });
  });

  it("falls back to the text when the file's date is implausibly old", () => {
    expect(
      suggestDocumentDate({
        metadataDate: "1980-01-01",
        text: "Written on 1 April 2026",
        today: TODAY,
      })?.source,
    ).toBe("content");
  });

  it("ignores a file date that is not a real date", () => {
    expect(
      suggestDocumentDate({ metadataDate: "2026-02-30", text: null, today: TODAY }),
    ).toBeNull();
  });

  it("suggests nothing when there is no date anywhere", () => {
    expect(
      suggestDocumentDate({
        metadataDate: null,
        text: "Dear Mr Morgan, thank you for your email.",
        today: TODAY,
      }),
    ).toBeNull();
    expect(suggestDocumentDate({ metadataDate: null, text: null, today: TODAY })).toBeNull();
  });

  it("takes the first date in the text", () => {
    expect(fromText("Report written 9 October 2026. Assessment on 2 October 2026.")?.date).toBe(
      "2026-10-09",
    );
  });

  it("reads 12th March 2026", () => {
    expect(fromText("Dear parent, 12th March 2026")?.date).toBe("2026-03-12");
  });

  it("reads slashed dates day first, the UK way", () => {
    expect(fromText("Meeting held 03/12/2025")?.date).toBe("2025-12-03");
  });

  it("reads a two-digit year written with slashes", () => {
    expect(fromText("Seen 5/3/26 in clinic")?.date).toBe("2026-03-05");
  });

  it("reads a date with its weekday", () => {
    expect(fromText("Tuesday, 10 March 2026")?.date).toBe("2026-03-10");
  });

  it("takes a month and year as the first of the month when no full date is written", () => {
    expect(fromText("Summer term report, March 2026")?.date).toBe("2026-03-01");
  });

  it("prefers a full date later in the text to a month and year before it", () => {
    expect(fromText("Plan for March 2026. Agreed on 4 March 2026.")?.date).toBe("2026-03-04");
  });

  it("skips a date of birth written before the date", () => {
    expect(
      fromText("Child: Sam. Date of birth: 14 November 2017. Report written 9 October 2026.")?.date,
    ).toBe("2026-10-09");
    expect(fromText("DOB 14/11/2017, seen 12/03/2026")?.date).toBe("2026-03-12");
    expect(fromText("D.O.B.: 14.11.2017 — letter of 2 May 2026")?.date).toBe("2026-05-02");
    expect(fromText("born on 14 November 2017; reviewed 2 May 2026")?.date).toBe("2026-05-02");
  });

  it("skips a date followed by '(date of birth)'", () => {
    expect(fromText("14/11/2017 (date of birth). Letter dated 2 May 2026")?.date).toBe(
      "2026-05-02",
    );
  });

  it("skips impossible dates", () => {
    expect(fromText("Dated 31/02/2026, sent 3 March 2026")?.date).toBe("2026-03-03");
    expect(fromText("On 30 February 2026 and 13/13/2026")).toBeNull();
  });

  it("skips dates after today", () => {
    expect(fromText("Next review 4 December 2026. Plan written 8 September 2026.")?.date).toBe(
      "2026-09-08",
    );
  });

  it("treats today as believable", () => {
    expect(fromText("Sent 23 November 2026")?.date).toBe(TODAY);
  });

  it("does not read a version number or a longer number as a date", () => {
    expect(fromText("Version 1.2.3 of form 12/03/20261")).toBeNull();
  });

  it("looks only near the top of very long text", () => {
    expect(fromText(`${"word ".repeat(5000)} 12 March 2026`)).toBeNull();
  });

  it("reads every usual way of writing any believable date", () => {
    fc.assert(
      fc.property(believableDate, fc.integer({ min: 0, max: 11 }), (date, form) => {
        const text = `Dear Mrs Shah,\nThis was written on ${writings(date)[form]} about Sam.`;
        expect(fromText(text)).toEqual({ date, source: "content" });
      }),
    );
  });

  it("never suggests a date of birth, whatever its form", () => {
    fc.assert(
      fc.property(
        believableDate,
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom("Date of birth: ", "DOB ", "D.O.B. ", "born on "),
        (date, form, label) => {
          expect(fromText(`Pupil: Sam. ${label}${writings(date)[form]}.`)).toBeNull();
        },
      ),
    );
  });

  it("never suggests a date after today or before the earliest believable date", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 0, max: 40_000 }).map((n) => addDays("1950-01-01", n)),
        (noise, date) => {
          const found = fromText(`${noise} ${writings(date)[0]} ${noise}`);
          if (found) {
            expect(isCalendarDate(found.date)).toBe(true);
            expect(found.date <= TODAY && found.date >= EARLIEST_DOCUMENT_DATE).toBe(true);
          }
        },
      ),
    );
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const found = fromText(text);
        expect(found === null || isCalendarDate(found.date)).toBe(true);
      }),
    );
  });

  it("finds the dates in reading order", () => {
    expect(findDocumentDates("1/9/2025 then 2025-10-01 then 3 November 2025", TODAY)).toEqual([
      "2025-09-01",
      "2025-10-01",
      "2025-11-03",
    ]);
  });
});

describe("titleFromFileName", () => {
  it("drops the extension and turns separators into spaces", () => {
    expect(titleFromFileName("EP_report-final.v2.pdf")).toBe("EP report final v2");
  });

  it("keeps the words as they were written", () => {
    expect(titleFromFileName("Sam's SEN Support Plan (Autumn).docx")).toBe(
      "Sam's SEN Support Plan (Autumn)",
    );
  });

  it("drops a folder path some browsers send", () => {
    expect(titleFromFileName("C:\\Users\\alex\\letter.txt")).toBe("letter");
  });

  it("names a nameless file", () => {
    expect(titleFromFileName(".pdf")).toBe("Untitled document");
    expect(titleFromFileName("___.eml")).toBe("Untitled document");
  });

  it("keeps titles short enough for the form", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000 }), (name) => {
        const title = titleFromFileName(name);
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(200);
        expect(title).toBe(title.trim());
      }),
    );
  });
});
