import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "~/domain/case/build-case-document";
import type { CaseDocumentInput } from "~/domain/case/case-document";
import { listSchoolDayDates } from "~/domain/reminders/school-day-dates";
import { presentSchoolDayDates, SchoolDayDates } from "./school-day-dates";

const TERMS = [
  {
    id: "t1",
    kind: "term" as const,
    label: "Autumn term 2026",
    start: "2026-09-03",
    end: "2026-12-18",
  },
];

function viewsOf(
  schoolDay: CaseDocumentInput["schoolDay"],
  today: string,
  schoolTerms = TERMS,
) {
  return presentSchoolDayDates(
    "case-1",
    listSchoolDayDates(buildCaseDocument({ schoolDay, schoolTerms }), today),
    today,
    182,
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");

describe("the statutory page's school-day dates", () => {
  it("lists each exclusion date with its D- id, rule, status and record, soonest first", () => {
    const views = viewsOf(
      [{ id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 }],
      "2026-11-10",
    );
    expect(
      views.map((view) => [view.label, view.when, view.state, view.ids, view.path]),
    ).toEqual([
      [
        "Written notice of the suspension",
        "By the end of the afternoon on Monday 9 November 2026",
        "Passed, and not recorded as done",
        "D-EXCL-NOTICE, rule R-DAY-EXCL-NOTICE",
        "/cases/case-1/school-day/s1",
      ],
      [
        "Full-time education from the 6th day of exclusion",
        "From Monday 16 November 2026",
        "In 6 days",
        "D-EXCL-6TH, rule R-DAY-EXCL-6TH-DAY",
        "/cases/case-1/school-day/s1",
      ],
    ]);
    expect(views[0]!.status).toBe("Partly checked against the law's own text.");
    expect(views[1]!.status).toBe("Checked against the law's own text.");
    // Neither a date to aim for nor an estimate: no notes.
    expect(views.every((view) => view.notes.length === 0)).toBe(true);
  });

  it("marks the governors' date 'aim for', with the open question, and leaves out what is done, the timetable and payments", () => {
    const views = viewsOf(
      [
        {
          id: "p1",
          kind: "permanent_exclusion",
          date: "2026-12-02",
          boardToldOn: "2026-12-01",
          noticeReceivedOn: "2026-12-02",
          educationArrangedFrom: "2026-12-07",
        },
        { id: "t1", kind: "part_time_timetable", date: "2026-11-02", reviewDate: "2026-12-10" },
        { id: "n1", kind: "penalty_notice", date: "2026-12-01" },
      ],
      "2026-12-03",
    );
    expect(views.map((view) => view.ids)).toEqual(["D-GOV-15, rule R-DAY-EXCL-GOV-TIME"]);
    // Past the one recorded term the days are estimated (the Christmas holiday counts), and flagged.
    expect(views[0]!.when).toBe(
      "Aim for Monday 21 December 2026 (the limit may be Tuesday 22 December 2026)",
    );
    expect(views[0]!.notes).toEqual([
      {
        text: "Aim for this date: not yet checked against the regulations (open question 1 in our reference). It is a guide to act early, not a legal deadline.",
        link: null,
      },
      // An estimate, with where to put it right.
      { text: "An estimate: the school's term dates are not recorded.", link: { label: "Add the term dates", path: "/cases/case-1/school-day/terms" } },
    ]);
  });

  it("renders the section with links to each record and, for an estimate, to the term dates", () => {
    const views = viewsOf(
      [{ id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16 }],
      "2026-11-10",
      [],
    );
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <SchoolDayDates dates={views} caseId="case-1" />
      </MemoryRouter>,
    );
    expect(html).toContain('<h2 id="school-day-dates">School day</h2>');
    expect(html).toContain('href="/cases/case-1/school-day/s1"');
    expect(html).toContain('href="/cases/case-1/school-day/terms"');
    expect(text(html)).toContain("An estimate: the school's term dates are not recorded.");
    expect(text(html)).toContain(
      "D-EXCL-NOTICE, rule R-DAY-EXCL-NOTICE. Partly checked against the law's own text.",
    );
  });
});
