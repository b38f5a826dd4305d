// What the app knows about a page besides its content, declared by the page itself in React
// Router's `handle` export and read from there only (docs/decisions/022-route-metadata.md): its
// entry in the case menu and the menu's section it belongs to (097), its name in the activity log and comments, whether the page cache may
// keep it, and whether it opens before an adviser has set up two-step sign-in.
import { matchRoutes, type RouteObject } from "react-router";

/** The case menu's groups: always shown, shown once the case is shared, shown to the owner only. */
export const MENU_GROUPS = ["case", "shared", "owner"] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

/**
 * The case menu's sections, in the menu's order, with the heading a person sees
 * (docs/decisions/097-case-menu-sections.md). Every case page says which one it belongs to.
 */
export const MENU_SECTIONS = [
  { section: "overview", label: "Overview" },
  { section: "school", label: "School support" },
  { section: "evidence", label: "Evidence" },
  { section: "letters", label: "Meetings and letters" },
  { section: "council", label: "Council and EHC plan" },
  { section: "people", label: "People and sharing" },
] as const;
export type MenuSection = (typeof MENU_SECTIONS)[number]["section"];

export type PageMeta = {
  /** A case page's name in the activity log and above its comments, e.g. "Support plans". */
  name?: string;
  /** The case menu's section it belongs to: its entry sits there, and the section is open on the page. */
  section?: MenuSection;
  /** Its entry in the case menu; `order` places it (smaller first). */
  menu?: { label: string; group: MenuGroup; order: number };
  /** False where a comment box would make no sense (the comments page itself, search). */
  comments?: boolean;
  /** The page cache may keep its finished HTML: it shows only the case, the person and today. */
  kept?: boolean;
  /** Opens for an adviser or admin who has not yet set up two-step sign-in. */
  beforeSecondFactor?: boolean;
};

/** The shape of every route's `handle` export: `export const handle: RouteHandle = { page: { … } }`. */
export type RouteHandle = { page: PageMeta };

/** The routes as React Router's server build lists them (`build.routes`), or a test builds them. */
export type RouteManifest = Record<
  string,
  { id: string; parentId?: string; path?: string; index?: boolean; caseSensitive?: boolean; module: { handle?: unknown } } | undefined
>;

/** The id of the case layout in the manifest: its children are the case pages. */
export const CASE_LAYOUT_ID = "routes/case-layout";

export function pageMetaOf(handle: unknown): PageMeta | null {
  if (typeof handle !== "object" || handle === null || !("page" in handle)) return null;
  const page = (handle as { page: unknown }).page;
  return typeof page === "object" && page !== null ? (page as PageMeta) : null;
}

const trees = new WeakMap<RouteManifest, RouteObject[]>();

function treeOf(routes: RouteManifest): RouteObject[] {
  let tree = trees.get(routes);
  if (tree) return tree;
  const childrenOf = (parentId: string | undefined): RouteObject[] =>
    Object.values(routes)
      .filter((route) => route !== undefined && route.parentId === parentId)
      .map((route) => {
        const node = { id: route!.id, path: route!.path, caseSensitive: route!.caseSensitive, handle: route!.module.handle };
        return route!.index ? { ...node, index: true as const } : { ...node, children: childrenOf(route!.id) };
      });
  tree = childrenOf(undefined);
  trees.set(routes, tree);
  return tree;
}

/** Any id in an address: which page an address shows never depends on the id's value. */
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Enough for every page of the app with its ids taken out; other addresses (tokens in them) come and go. */
const MAX_REMEMBERED = 1000;
type FoundPage = { routeId: string; meta: PageMeta } | null;
const remembered = new WeakMap<RouteManifest, Map<string, FoundPage>>();

/**
 * The page an address shows and what it declares, or null when it declares nothing. The
 * single-fetch suffix (`/diary.data`) is the same page. Matching an address against every route
 * costs more than the rest of a kept page's answer (React Router ranks all the routes on each
 * call), so the answer is remembered per address shape: the address with its ids replaced by one
 * id (decision 130).
 */
export function findPageMeta(routes: RouteManifest, pathname: string): FoundPage {
  const shape = pathname.replace(/\.data$/, "").replace(ID, "00000000-0000-4000-8000-000000000000");
  let known = remembered.get(routes);
  if (!known) remembered.set(routes, (known = new Map()));
  const found = known.get(shape);
  if (found !== undefined) return found;
  const leaf = matchRoutes(treeOf(routes), shape)?.at(-1);
  const meta = leaf ? pageMetaOf(leaf.route.handle) : null;
  const answer = leaf && meta ? { routeId: leaf.route.id!, meta } : null;
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(shape, answer);
  return answer;
}

/** The pages inside a case: each route under the case layout with its path inside the case ("" for the overview). */
export function listCasePages(routes: RouteManifest): Array<{ routeId: string; path: string; meta: PageMeta | null }> {
  return Object.values(routes)
    .filter((route) => route?.parentId === CASE_LAYOUT_ID)
    .map((route) => ({ routeId: route!.id, path: route!.index ? "" : (route!.path ?? ""), meta: pageMetaOf(route!.module.handle) }));
}

export type CaseMenuEntry = { path: string; label: string; group: MenuGroup; section: MenuSection };

/** The case menu, in its order: every case page that declares a menu entry. */
export function caseMenu(routes: RouteManifest): CaseMenuEntry[] {
  return listCasePages(routes)
    .flatMap(({ path, meta }) => (meta?.menu ? [{ path, section: meta.section ?? "overview", ...meta.menu }] : []))
    .sort((a, b) => a.order - b.order)
    .map(({ path, label, group, section }) => ({ path, label, group, section }));
}

export type CaseMenuSection = { section: MenuSection; label: string; entries: Array<{ path: string; label: string }> };

/**
 * The entries a person may see, put into the menu's sections in the sections' order; a section
 * with nothing to show is left out. For example, an Overview and a Diary entry give
 * `[{ section: "overview", label: "Overview", entries: [Overview] }, { section: "school", …, entries: [Diary] }]`.
 */
export function groupCaseMenu(entries: CaseMenuEntry[]): CaseMenuSection[] {
  return MENU_SECTIONS.map(({ section, label }) => ({
    section,
    label,
    entries: entries.filter((entry) => entry.section === section).map(({ path, label: entryLabel }) => ({ path, label: entryLabel })),
  })).filter(({ entries: shown }) => shown.length > 0);
}

const ANY_CASE = "/cases/00000000-0000-4000-8000-000000000000";

/** A case page's declared facts from its path inside the case ("support/<id>"), or null for no case page. */
function casePageMeta(routes: RouteManifest, page: string): PageMeta | null {
  const found = findPageMeta(routes, page ? `${ANY_CASE}/${page}` : ANY_CASE);
  return found && listCasePages(routes).some((p) => p.routeId === found.routeId) ? found.meta : null;
}

/** The name of a page of a case in the activity log and comments; "A page" for one that no longer exists. */
export function describeCasePage(routes: RouteManifest, page: string): string {
  return casePageMeta(routes, page)?.name ?? "A page";
}

/** Whether a page of a case has a comment box: it exists and does not say otherwise. */
export function canCommentOn(routes: RouteManifest, page: string): boolean {
  const meta = casePageMeta(routes, page);
  return meta !== null && meta.comments !== false;
}
