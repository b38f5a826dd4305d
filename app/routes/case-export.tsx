// Take the case away: an archive to keep or to bring into another Clearpath, and a readable PDF.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/case-export";
import { openCase } from "~/auth/case-route.server";
import { getCase } from "~/data/cases.server";
import { PdfCharactersNotice } from "~/components/pdf-characters-notice";
import { findWholeCaseUnprintable } from "~/services/evidence-pack/build-pack.server";

export const handle: RouteHandle = { page: { name: "Download the case", section: "overview", comments: false } };

export const meta: Route.MetaFunction = () => [{ title: "Download the case – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, today } = await openCase({ request, context, params }, "own");
  const found = await getCase(access);
  return { childName: found.childName, unprintable: await findWholeCaseUnprintable(access, today) };
}

export default function CaseExport({ loaderData, params }: Route.ComponentProps) {
  const base = `/cases/${params.caseId}`;
  return (
    <section className="narrow">
      <h1>Download the case</h1>
      <p>Everything in {loaderData.childName}&rsquo;s case is yours. You can take a copy at any time.</p>
      <h2>The whole case as an archive</h2>
      <p>
        One .zip file with every record and every document you uploaded. Keep it safe: it holds private information. You can bring it into
        Clearpath again, here or on another Clearpath service, with <Link to="/cases/import">Bring in a case</Link>. Inside, the file
        clearpath-case.json holds the case in a form other programs can read.
      </p>
      <p>
        <a className="button" href={`${base}/export.zip`} download>
          Download the archive (.zip)
        </a>
      </p>
      <h2>The whole case to read or print</h2>
      <p>One PDF with a summary of the support and its impact, the timeline of everything recorded, and every document, with page numbers.</p>
      <PdfCharactersNotice kinds={loaderData.unprintable} keptIn="The archive keeps them as typed." />
      <p>
        <a className="button secondary" href={`${base}/export.pdf`} download>
          Download the PDF
        </a>
      </p>
    </section>
  );
}
