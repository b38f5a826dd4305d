import { describe, expect, it } from "vitest";
import { computeDeadlines } from "../deadlines/compute-deadlines";
import { checkCase } from "../health/check-case";
import { deriveJourney } from "../journey/derive-journey";
import { listNextSteps } from "../journey/next-steps";
import { listCaseDeadlines } from "../letters/statutory-facts";
import { buildAppealCase } from "../reminders/appeal.fixture";
import { remindersDue, upcomingDates } from "../reminders/upcoming";
import { appealEventsOf, statutoryEventsWithAppeals, type AppealEventFacts } from "./appeal-events";
import { buildAppealWorkspace } from "./workspace";

const REFUSAL = { id: "e1", type: "ehcna_refused", date: "2026-03-03" };

function appealOf(overrides: Partial<AppealEventFacts> = {}): AppealEventFacts {
  return {
    id: "a1",
    decisionEventId: "e1",
    mediation: "certificate_after_advice",
    mediationCertificateOn: "2026-04-10",
    submittedOn: null,
    registeredOn: null,
    ...overrides,
  };
}

describe("the events an appeal records", () => {
  it("adds the certificate, the day sent and the day registered, each with an id of its own", () => {
    expect(appealEventsOf(appealOf({ submittedOn: "2026-04-28", registeredOn: "2026-05-05" }), [REFUSAL])).toEqual([
      { id: "appeal:a1:certificate", type: "mediation_certificate_issued", date: "2026-04-10" },
      { id: "appeal:a1:sent", type: "appeal_lodged", date: "2026-04-28" },
      { id: "appeal:a1:registered", type: "appeal_registered", date: "2026-05-05" },
    ]);
  });

  it("uses a certificate already on the statutory page rather than adding it twice", () => {
    const certificate = { id: "e2", type: "mediation_certificate_issued", date: "2026-04-10" };
    expect(appealEventsOf(appealOf(), [REFUSAL, certificate])).toEqual([]);
    expect(appealEventsOf(appealOf(), [REFUSAL])).toEqual([{ id: "appeal:a1:certificate", type: "mediation_certificate_issued", date: "2026-04-10" }]);
  });

  it("leaves out a certificate dated before the decision, and one the mediation step does not give", () => {
    expect(appealEventsOf(appealOf({ mediationCertificateOn: "2026-02-01" }), [REFUSAL])).toEqual([]);
    expect(appealEventsOf(appealOf({ mediation: "no_certificate_yet" }), [REFUSAL])).toEqual([]);
  });
});

describe("the case's events for the deadline engine", () => {
  it("keeps the recorded events first and in order, so a problem's index still points at its row", () => {
    const rows = [REFUSAL, { id: "e9", type: "not_a_type", date: "2026-03-04", transfer: null, key: null }];
    const events = statutoryEventsWithAppeals({ statutoryEvents: rows, appeals: [appealOf()] });
    expect(events.map((event) => event.id)).toEqual(["e1", "e9", "appeal:a1:certificate"]);
    expect(computeDeadlines({ events, today: "2026-04-20" }).problems.map((problem) => problem.eventIndex)).toEqual([1]);
  });

  it("adds an event two appeals record on the same day once", () => {
    const events = statutoryEventsWithAppeals({ statutoryEvents: [REFUSAL], appeals: [appealOf(), appealOf({ id: "a2" })] });
    expect(events.filter((event) => event.type === "mediation_certificate_issued")).toHaveLength(1);
  });

  it("moves the appeal date by a certificate recorded only on the appeal", () => {
    const events = statutoryEventsWithAppeals({ statutoryEvents: [REFUSAL], appeals: [appealOf()] });
    const [appeal] = computeDeadlines({ events, today: "2026-04-20" }).deadlines.filter((deadline) => deadline.key === "appeal");
    expect(appeal).toMatchObject({ due: "2026-05-10", fromEventId: "appeal:a1:certificate" });
  });
});

describe("one appeal date on every page (decision 147)", () => {
  // Refused Fri 4 Sep 2026: 2 months ends Wed 4 Nov. The certificate, recorded only on the appeal,
  // is dated Tue 20 Oct: a month from it ends Fri 20 Nov, the later date.
  const document = buildAppealCase({ status: "preparing", mediationCertificateOn: "2026-10-20", submittedOn: null, registeredOn: null, dates: [] });
  const today = "2026-11-10";

  it("gives the workspace, the deadlines, the coming-up list, reminders and the next steps the same date", () => {
    const [appeal] = document.appeals;
    const workspace = buildAppealWorkspace({ appeal: appeal!, events: document.statutoryEvents, appeals: document.appeals, today });
    expect(workspace.registration?.date.due ?? workspace.registration?.date.date).toBe("2026-11-20");
    expect(workspace.registration?.countedFrom).toBe("Mediation certificate, 20 October 2026");

    // The statutory page, the letters and the journey read these deadlines.
    const deadlines = listCaseDeadlines(document, today);
    expect(deadlines.filter((deadline) => deadline.key === "appeal").map((deadline) => [deadline.due, deadline.status])).toEqual([["2026-11-20", "due_soon"]]);

    // The coming-up list, the calendars and the reminders.
    const upcoming = upcomingDates(document, today).filter((item) => item.key.startsWith("deadline:appeal"));
    expect(upcoming.map((item) => [item.key, item.date, item.path, item.isOverdue])).toEqual([["deadline:appeal:appeal:a1:certificate", "2026-11-20", "appeals/a1", false]]);
    expect(remindersDue(upcomingDates(document, "2026-11-13"), "2026-11-13", 7).map((item) => item.date)).toEqual(["2026-11-20"]);

    // "Do this next" chooses from the next steps.
    const check = checkCase(document, today);
    const journey = deriveJourney(document, check.findings, deadlines, today);
    const steps = listNextSteps({ document, findings: check.findings, deadlines, journey, overdueReplies: [], today });
    expect(steps.find((step) => step.kind === "your_deadline")).toMatchObject({ action: "Decide whether to appeal by Friday 20 November 2026", date: "2026-11-20" });
  });

  it("takes the appeal date off the lists once the appeal is sent from its workspace", () => {
    const sent = buildAppealCase({ status: "preparing", mediationCertificateOn: "2026-10-20", submittedOn: "2026-11-09", registeredOn: null, dates: [] });
    expect(listCaseDeadlines(sent, today).find((deadline) => deadline.key === "appeal")).toMatchObject({ status: "met", metOn: "2026-11-09" });
    expect(upcomingDates(sent, today).filter((item) => item.key.startsWith("deadline:appeal"))).toEqual([]);
  });
});
