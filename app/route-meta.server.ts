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

/** What the page at `pathname` declares, or null (remembered per address shape by findPageMeta). */
export async function findAppPageMeta(pathname: string) {
  return findPageMeta(await appRoutes(), pathname);
}
