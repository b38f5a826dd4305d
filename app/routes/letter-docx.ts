// One letter as a Word document (.docx), dated the day it was sent, or today for a draft.
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/letter-docx";
import { openCase } from "~/auth/case-route.server";
import { findLetter } from "~/data/letters.server";
import { renderLetterDocx } from "~/services/letters/docx.server";
import { letterFileName } from "~/services/letters/letter-file";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Letters: one record", section: "letters" } };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "read");
  const letter = await findLetter(access, params.letterId);
  if (!letter) fail("not_found");
  const date = letter.sentOn ?? today;
  const bytes = await renderLetterDocx({ ...letter, date });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${letterFileName(letter.subject, date, "docx")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
