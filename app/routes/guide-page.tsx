// One page of the guide: the guidance in sections, what the law says behind each, a glossary where
// the page has one, and links to the screens of the reader's case that act on it. Public.
import type { RouteHandle } from "~/route-meta";
import { Link } from "react-router";
import type { Route } from "./+types/guide-page";
import { listAccessibleCaseIds } from "~/auth/access.server";
import { todayContext, userContext, type SignedInUser } from "~/context";
import { findGuidePage, GUIDE_PAGES, type GuideTool } from "~/domain/guide";
import { lawAsAtText } from "~/domain/law/statements";
import { Citations } from "~/components/health/findings";
import { citeRules } from "~/components/health/present";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { beforeSecondFactor: true } };

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} – the guide – Clearpath` : "Page not found – Clearpath" },
  ...(data ? [{ name: "description", content: data.summary }] : []),
];

/** How the page's tools are offered: linked into a case, or named with one way in. */
type ToolLinks =
  | { kind: "case"; links: { label: string; path: string }[] }
  | { kind: "no_case"; labels: string[] }
  | { kind: "signed_out"; labels: string[] };

async function linkTools(user: SignedInUser | null, tools: GuideTool[]): Promise<ToolLinks> {
  const labels = tools.map((tool) => tool.label);
  if (!user) return { kind: "signed_out", labels };
  const grants = await listAccessibleCaseIds(user);
  // The tools change records, so a case the reader can change is the better first choice.
  const grant = grants.find((g) => g.level === "own" || g.level === "write") ?? grants[0];
  if (!grant) return { kind: "no_case", labels };
  const canWrite = grant.level === "own" || grant.level === "write";
  return {
    kind: "case",
    links: tools.map((tool) => ({
      label: tool.label,
      // Someone who may only read is not sent to the form for a new cycle, which they cannot open.
      path: `/cases/${grant.caseId}/${!canWrite && tool.screen === "support/new" ? "support" : tool.screen}`,
    })),
  };
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const page = findGuidePage(params.slug);
  if (!page) fail("not_found");
  const today = context.get(todayContext);
  const at = GUIDE_PAGES.indexOf(page);
  const neighbour = (i: number) => {
    const other = GUIDE_PAGES[i];
    return other ? { slug: other.slug, title: other.title } : null;
  };
  return {
    slug: page.slug,
    title: page.title,
    summary: page.summary,
    sections: page.sections.map((section) => ({
      heading: section.heading,
      paragraphs: section.paragraphs,
      bullets: section.bullets ?? [],
      citations: citeRules(section.rules ?? [], today),
    })),
    glossary: page.glossary ?? [],
    tools: await linkTools(context.get(userContext), page.tools),
    lawAsAt: lawAsAtText(),
    previous: neighbour(at - 1),
    next: neighbour(at + 1),
  };
}

export default function GuidePage({ loaderData }: Route.ComponentProps) {
  const { slug, title, summary, sections, glossary, tools, lawAsAt, previous, next } = loaderData;
  return (
    <article className="narrow">
      <p className="meta">
        <Link to="/guide">The guide</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{summary}</p>
      <p className="meta">{lawAsAt}. Under each part, "What the law or guidance says" shows how far each rule has been checked.</p>

      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          {section.bullets.length > 0 ? (
            <ul>
              {section.bullets.map((bullet, i) => (
                <li key={i}>{bullet}</li>
              ))}
            </ul>
          ) : null}
          <Citations rules={section.citations} />
        </section>
      ))}

      {glossary.length > 0 ? (
        <section aria-labelledby="guide-glossary">
          <h2 id="guide-glossary">Words and their meanings</h2>
          <dl className="summary-list">
            {glossary.map((entry) => (
              <div key={entry.term}>
                <dt>{entry.term}</dt>
                <dd>{entry.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="guide-tools" className="panel">
        <h2 id="guide-tools">Do this in Clearpath</h2>
        {tools.kind === "case" ? (
          <ul className="link-list">
            {tools.links.map((link) => (
              <li key={link.label}>
                <Link to={link.path}>{link.label}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <>
            <ul>
              {tools.labels.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
            <p>
              {tools.kind === "signed_out" ? (
                <Link to={`/sign-in?${new URLSearchParams({ redirectTo: `/guide/${slug}` })}`}>
                  Sign in to use these tools
                </Link>
              ) : (
                <Link to="/cases/new">Start a case to use these tools</Link>
              )}
            </p>
          </>
        )}
      </section>

      <nav aria-label="More of the guide" className="search-pages">
        {previous ? <Link to={`/guide/${previous.slug}`}>Previous: {previous.title}</Link> : null}
        {next ? <Link to={`/guide/${next.slug}`}>Next: {next.title}</Link> : null}
        <Link to="/guide">All guide pages</Link>
      </nav>
    </article>
  );
}
