// Cross-site request forgery protection: every request that can change something must come from
// a page of this site. Browsers say where a request came from in Sec-Fetch-Site and Origin, and a
// page on another site cannot forge either. See docs/decisions/044-csrf-by-headers.md.
import { config, isLoopbackHost } from "~/services/config.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type RequestFacts = {
  method: string;
  headers: Record<string, string | string[] | undefined>;
};

function header(facts: RequestFacts, name: string): string | undefined {
  const value = facts.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** True when a state-changing request did not come from this site, so it must be refused. */
export function isCrossSiteRequest(facts: RequestFacts): boolean {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return false;
  const fetchSite = header(facts, "sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return true;
  const origin = header(facts, "origin");
  // The configured origin, never one worked out from the request's Host header: a header the
  // sender chooses cannot vouch for itself.
  if (origin) return !config.allowedOrigins.has(origin);
  // Every current browser sends at least one of the two headers on a form post. A request with
  // neither is from a script, not a person's browser, and could be anything: refuse it.
  return !fetchSite;
}

/**
 * True when a server that only this computer can reach is asked for under a name that is not
 * this computer's (localhost, 127.0.0.1, [::1]). A web page can point its own domain name at
 * 127.0.0.1 ("DNS rebinding") and then read local pages, such as the outbox, as if they were its own.
 */
export function isForeignHost(host: string | undefined): boolean {
  if (!config.isLocalOnly) return false;
  if (!host) return true;
  const name = host.replace(/:\d+$/, "");
  return !isLoopbackHost(name);
}
