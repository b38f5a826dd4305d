// The provision audit as a PDF (A4), for printing or sending before a meeting.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/audit-pdf";
import { openCase } from "~/auth/case-route.server";
import { getCase } from "~/data/cases.server";
import { getProvisionAudit } from "~/data/delivery.server";
import { auditFileName, renderAuditPdf } from "~/services/pdf/audit.server";

export const handle: RouteHandle = { page: { name: "Audit (PDF)", section: "school" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
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
