// The provision audit as a PDF (A4), for printing or sending before a meeting.
import type { Route } from "./+types/audit-pdf";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { getCase } from "~/data/cases.server";
import { getProvisionAudit } from "~/data/delivery.server";
import { auditFileName, renderAuditPdf } from "~/services/pdf/audit.server";
import { todayIn } from "~/services/clock.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  const today = todayIn("Europe/London");
  const [found, audit] = await Promise.all([getCase(access), getProvisionAudit(access, today)]);
  const pdf = await renderAuditPdf({ childName: found.childName, today, audit });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${auditFileName(found.childName, today, "pdf")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
