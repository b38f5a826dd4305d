// The case archive: every record and file of the case, for the owner only.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/case-export-zip";
import { openCase } from "~/auth/case-route.server";
import { exportCaseArchive } from "~/data/case-archive.server";
import { getCase } from "~/data/cases.server";
import { now } from "~/services/clock.server";

export const handle: RouteHandle = { page: { name: "Download the case", section: "overview", comments: false } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "own");
  const found = await getCase(access);
  const bytes = await exportCaseArchive(access, now());
  const name = `${found.childName.replace(/[^A-Za-z0-9 -]/g, "").trim().replace(/\s+/g, "-") || "case"}-clearpath-${today}.zip`;
  return new Response(Buffer.from(bytes), {
    headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });
}
