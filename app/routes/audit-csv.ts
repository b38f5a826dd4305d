// The provision audit as a spreadsheet (CSV): one row per line of support per term, and a row
// for all terms, ready to open in Excel or Numbers and take into a meeting.
import type { RouteHandle } from "~/route-meta";
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/audit-csv";
import { openCase } from "~/auth/case-route.server";
import { getCase } from "~/data/cases.server";
import { getProvisionAudit } from "~/data/delivery.server";
import { MISSED_REASON_LABELS, MISSED_REASONS, type DeliveryTally } from "~/domain/delivery";
import { percent } from "~/domain/presentation";
import { auditFileName } from "~/services/pdf/audit.server";

export const handle: RouteHandle = { page: { name: "Audit (spreadsheet)", section: "school" } };

const HEADINGS = [
  "Plan",
  "Provision",
  "Who",
  "Term",
  "Sessions planned",
  "Held",
  "Cancelled",
  "Not known",
  "Delivery rate (%)",
  "Minutes missed",
  ...MISSED_REASONS.map((reason) => `Missed: ${MISSED_REASON_LABELS[reason].toLowerCase()}`),
  "Provision map says",
  "Provision map sessions",
  "Provision map minus held",
];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const [found, audit] = await Promise.all([getCase(access), getProvisionAudit(access, today)]);
  const rows = audit.lines.flatMap((line) => {
    const map = [line.provisionMap.note ?? "", line.provisionMap.sessions ?? "", line.provisionMap.difference ?? ""];
    const lead = [line.cycleTitle, line.what, line.who ?? ""];
    return [
      ...line.terms.map((term) => [...lead, term.term.label, ...tallyCells(term), "", "", ""]),
      [...lead, "All terms", ...tallyCells(line.total), ...map],
    ];
  });
  // A byte-order mark, so Excel reads the file as UTF-8 (names with accents, curly quotes).
  const body = "\uFEFF" + stringify([HEADINGS, ...rows], { cast: { number: String }, escape_formulas: true });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditFileName(found.childName, today, "csv")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function tallyCells(tally: DeliveryTally): Array<string | number> {
  const byReason = new Map(tally.reasons.map((r) => [r.reason, r.sessions]));
  return [
    tally.planned,
    tally.held,
    tally.cancelled,
    tally.unknown,
    tally.deliveryRate === null ? "" : percent(tally.deliveryRate),
    tally.minutesMissed ?? "",
    ...MISSED_REASONS.map((reason) => byReason.get(reason) ?? 0),
  ];
}
