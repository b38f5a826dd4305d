// One letter as a Word document (.docx), dated the day it was sent, or today for a draft.
import type { Route } from "./+types/letter-docx";
import { requireCaseAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { findLetter } from "~/data/letters.server";
import { renderLetterDocx } from "~/services/letters/docx.server";
import { letterFileName } from "~/services/letters/letter-file";
import { todayIn } from "~/services/clock.server";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const access = await requireCaseAccess(requireUser(request, context), params.caseId, "read");
  const letter = await findLetter(access, params.letterId);
  if (!letter) throw new Response("Not Found", { status: 404 });
  const date = letter.sentOn ?? todayIn("Europe/London");
  const bytes = await renderLetterDocx({ ...letter, date });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${letterFileName(letter.subject, date, "docx")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
