import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { buildAppealCase, type AppealInput } from "~/domain/reminders/appeal.fixture";
import { listAppealDates } from "~/domain/reminders/appeal-dates";
import { AppealDates, presentAppealDates } from "./appeal-dates";

function viewsOf(appeal: Partial<AppealInput>, today: string) {
  return presentAppealDates("case-1", listAppealDates(buildAppealCase(appeal), today), today, 182);
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
}

describe("the statutory page's appeal dates", () => {
  it("gives the directions' dates as the tribunal set them, with the rule and its status", () => {
    const views = viewsOf({}, "2026-12-01");
    expect(views.map((view) => [view.label, view.when, view.state])).toEqual([
      ["Council's response due", "By Monday 30 November 2026", "This date has passed"],
      ["Final evidence due", "By Friday 15 January 2027", "In 45 days"],
      ["Attendance forms due", "By Friday 29 January 2027", "In 59 days"],
      ["Tribunal hearing", "On Friday 26 February 2027", "In 87 days"],
    ]);
    expect(views[1]).toMatchObject({ ids: "D-TRIB-EVIDENCE, rule R-TRIB-BUNDLE-WHO", isPassed: false, path: "/cases/case-1/appeals/a1", notes: [] });
    expect(views[1]!.status).toMatch(/^The date in the tribunal's directions: it is the one that counts\. Not yet checked/);
  });

  it("after an order, marks a missed council deadline, a bank holiday that does not move, and the family's dates to aim for", () => {
    const views = viewsOf({ status: "decided", order: { id: "o1", kind: "assess", madeOn: "2027-01-15" } }, "2027-02-01");
    const byLabel = new Map(views.map((view) => [view.label, view]));
    expect(byLabel.get("The council says it will assess")).toMatchObject({ when: "By Friday 29 January 2027", state: "Passed, and not recorded as done", isPassed: true, ids: "D-ORDER-ASSESS, rule R-TRIB-COMPLY" });
    expect(byLabel.get("The council says no plan is needed (or issue the final EHC plan)")!.notes).toEqual([{ text: "This date is a bank holiday: it does not move.", link: null }]);
    const permission = byLabel.get("Ask the tribunal for permission to appeal to the Upper Tribunal")!;
    expect(permission.when).toBe("Aim for Friday 12 February 2027");
    expect(permission.notes[0]!.text).toContain("not yet checked against the regulations (open question 3 in our reference)");
  });

  it("renders a section headed Appeal, each date linking to its appeal, with advice services named", () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <AppealDates dates={viewsOf({}, "2026-12-01")} caseId="case-1" />
      </MemoryRouter>,
    );
    expect(html).toContain('<h2 id="appeal-dates">Appeal</h2>');
    expect(html).toContain('href="/cases/case-1/appeals/a1"');
    expect(html).toContain('href="/cases/case-1/appeals"');
    expect(text(html)).toContain("This is information, not legal advice: IPSEA and your local SENDIASS give free advice.");
    expect(text(html)).toContain("D-TRIB-EVIDENCE, rule R-TRIB-BUNDLE-WHO.");
  });
});
