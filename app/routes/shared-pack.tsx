// A shared evidence pack or appeal bundle, opened by its link with no account (decision 149). The
// download is a POST to shared-pack-pdf.ts or shared-bundle-pdf.ts (with the passcode when there is
// one), so a link preview or a crawler never counts as an opening.
import { Form } from "react-router";
import type { Route } from "./+types/shared-pack";
import { todayContext } from "~/context";
import { findShareLinkAccess } from "~/auth/access.server";
import { ErrorSummary, TextField } from "~/components/form";
import { formatDateTime, formatWait } from "~/domain/presentation";
import { PdfCharactersNotice } from "~/components/pdf-characters-notice";
import { findEvidencePack } from "~/data/evidence-packs.server";
import { findPackUnprintable } from "~/services/evidence-pack/build-pack.server";
import { bundleTitle } from "~/services/tribunal-bundle/build-bundle.server";
import { fail } from "~/errors";

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${loaderData?.kind === "bundle" ? "A shared evidence bundle" : "A shared evidence pack"} – Clearpath` },
  { name: "robots", content: "noindex" },
];

async function openLink(token: string) {
  const found = await findShareLinkAccess(token);
  if (!found) fail("not_found");
  return found;
}

const WRONG_PASSCODE = "That passcode is not right. Ask the person who sent you the link";

/** The message for `?problem=` (set by shared-pack-pdf.ts), or none. */
function describeProblem(query: URLSearchParams): string | null {
  const problem = query.get("problem");
  if (problem === "passcode") return WRONG_PASSCODE;
  if (problem !== "wait") return null;
  // The number is only shown, and is bounded, so a changed link can say nothing odd.
  const seconds = Math.min(Math.max(Number.parseInt(query.get("seconds") ?? "", 10) || 60, 1), 24 * 60 * 60);
  return `There have been several wrong passcodes. Wait ${formatWait(seconds)} before trying again`;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, link } = await openLink(params.token);
  const problem = describeProblem(new URL(request.url).searchParams);
  const common = { needsPasscode: link.passcodeHash !== null, until: formatDateTime(link.expiresAt), errors: problem ? { passcode: problem } : undefined };
  if (link.opens.kind === "bundle") return { ...common, kind: "bundle" as const, title: bundleTitle(link.opens), unprintable: [] };
  // Behind a passcode, nothing about the pack's content shows before the passcode is given.
  const pack = link.passcodeHash === null ? await findEvidencePack(access, link.opens.packId) : null;
  return {
    ...common,
    kind: "pack" as const,
    title: link.opens.packTitle,
    unprintable: pack ? await findPackUnprintable(access, pack, context.get(todayContext)) : [],
  };
}

/** What the page says of each kind of thing a link opens. */
const WORDS = {
  pack: { shared: "Someone has shared this evidence pack with you.", download: "Download the pack (PDF)", file: "pack.pdf" },
  bundle: {
    shared: "Someone has shared the evidence bundle for an appeal to the SEND Tribunal with you. Its pages are numbered as in its index.",
    download: "Download the bundle (PDF)",
    file: "bundle.pdf",
  },
} as const;

export default function SharedPack({ loaderData, params }: Route.ComponentProps) {
  const words = WORDS[loaderData.kind];
  return (
    <section className="narrow">
      <h1>{loaderData.title}</h1>
      <p>
        {words.shared} It is one PDF. The link works until {loaderData.until}.
      </p>
      <p>It holds private information about a child. Please keep it safe and do not pass it on.</p>
      <PdfCharactersNotice kinds={loaderData.unprintable} keptIn="Ask the person who shared it if you need them." />
      <ErrorSummary errors={loaderData.errors} />
      {/* The PDF comes from a resource route; a wrong passcode comes back here with ?problem=. */}
      <Form method="post" action={`/shared/${params.token}/${words.file}`} reloadDocument noValidate>
        {loaderData.needsPasscode ? <TextField name="passcode" label="Passcode" type="password" autoComplete="off" errors={loaderData.errors} /> : null}
        <button type="submit">{words.download}</button>
      </Form>
    </section>
  );
}
