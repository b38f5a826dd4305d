// One letter as a PDF (A4), dated the day it was sent, or today for a draft.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/letter-pdf";
import { openCase } from "~/auth/case-route.server";
import { findLetter } from "~/data/letters.server";
import { letterFileName } from "~/services/letters/letter-file";
import { renderLetterPdf } from "~/services/letters/pdf.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Letters: one record", section: "letters" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const letter = await findLetter(access, params.letterId);
  if (!letter) fail("not_found");
  const date = letter.sentOn ?? today;
  const bytes = await renderLetterPdf({ ...letter, date });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${letterFileName(letter.subject, date, "pdf")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
