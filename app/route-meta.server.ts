// The running app's routes, for code that needs a page's metadata outside that page: the root
// middleware (two-step exemption), the case layout (menu, comment box), the comments and activity
// pages (page names), and the page cache, which runs in Express before React Router. They come
// from React Router's own server build, so the route file's `handle` stays the only place a
// page's facts are written.
import { findPageMeta, type RouteManifest } from "./route-meta";

let manifest: Promise<RouteManifest> | null = null;

/** The server build's routes, loaded once (the build is already in memory by the first request). */
export function appRoutes(): Promise<RouteManifest> {
  manifest ??= import("virtual:react-router/server-build").then((build) => build.routes as RouteManifest);
  return manifest;
}

/** Any id in an address: which page an address shows never depends on the id's value. */
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Enough for every page of the app with its ids taken out; other addresses (tokens in them) come and go. */
const MAX_REMEMBERED = 1000;
const remembered = new Map<string, ReturnType<typeof findPageMeta>>();

/**
 * What the page at `pathname` declares, or null. Matching an address against every route costs
 * more than the rest of a kept page's answer (React Router ranks all the routes on each call), so
 * the answer is remembered per address shape: the address with its ids replaced by one id.
 */
export async function findAppPageMeta(pathname: string) {
  const shape = pathname.replace(ID, "00000000-0000-4000-8000-000000000000");
  const known = remembered.get(shape);
  if (known !== undefined) return known;
  const found = findPageMeta(await appRoutes(), shape);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(shape, found);
  return found;
}
