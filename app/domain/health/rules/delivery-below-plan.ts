// A line of support whose logged sessions mostly did not happen.

import { compareDates } from "../../calendar/calendar-date";
import type { CheckContext, Finding, HealthRule } from "../finding";
import { formatRate, plural, pluralWord } from "../../presentation";
import { DELIVERY_RATE_FLOOR, DELIVERY_RATE_SERIOUS, MIN_SESSIONS_FOR_RATE, ruleOfThumb } from "../thresholds";

function check({ document: caseDocument, today }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const cycle of caseDocument.cycles) {
    for (const line of cycle.provision) {
      const logged = cycle.sessions.filter((session) => session.provisionId === line.id && compareDates(session.date, today) <= 0);
      // A session nobody knows about either way is left out: it is not evidence of a missed session.
      const sessions = logged.filter((session) => session.status !== "unknown");
      if (sessions.length < MIN_SESSIONS_FOR_RATE) continue;
      const held = sessions.filter((session) => session.status === "held").length;
      const rate = held / sessions.length;
      if (rate >= DELIVERY_RATE_FLOOR) continue;
      const unknown = logged.length - sessions.length;
      const unknownNote = unknown > 0 ? ` ${plural(unknown, "more session")} ${pluralWord(unknown, "has", "have")} no record either way and ${pluralWord(unknown, "is", "are")} not counted.` : "";
      findings.push({
        code: "delivery_below_plan",
        severity: rate < DELIVERY_RATE_SERIOUS ? "high" : "medium",
        title: `Only ${formatRate(rate)} of planned sessions happened`,
        explanation: `${held} of ${sessions.length} planned sessions of "${line.what}" took place.${unknownNote} Support that is not delivered as planned cannot be expected to work as planned. ${ruleOfThumb(`flag anything below ${formatRate(DELIVERY_RATE_FLOOR)}, when your child missed more than one session in five`)}.`,
        records: [line.id, cycle.id, ...sessions.filter((session) => session.status !== "held").map((session) => session.id)],
        rules: line.source === "ehc_plan" ? ["R-EHCP-DUTY"] : ["R-SCH-APDR-DO", "R-SCH-BEST-ENDEAVOURS"],
        nextStep: { label: "Ask for the session records", action: "request_session_records" },
      });
    }
  }
  return findings;
}

export const deliveryBelowPlan: HealthRule<"delivery_below_plan"> = { code: "delivery_below_plan", check };
