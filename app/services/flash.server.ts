// A short confirmation ("Profile saved") carried across the redirect after a successful form,
// in a cookie that lives for one page view.
import { redirect } from "react-router";
import { config } from "./config.server";

export const FLASH_COOKIE = "cp_flash";

function cookie(value: string, maxAge: number): string {
  return [`${FLASH_COOKIE}=${encodeURIComponent(value)}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`]
    .concat(config.isProduction ? ["Secure"] : [])
    .join("; ");
}

/** Redirects and shows `message` on the next page. Extra headers (a session cookie) pass through. */
export function redirectWithFlash(to: string, message: string, init?: { headers?: HeadersInit }): Response {
  const headers = new Headers(init?.headers);
  // Cut by characters, not UTF-16 units: half an emoji cannot be encoded and would fail the answer.
  headers.append("Set-Cookie", cookie(Array.from(message).slice(0, 200).join(""), 60));
  return redirect(to, { headers });
}

/** The message waiting for this page, and the header that clears it; null when there is none. */
export function readFlash(request: Request): { message: string; clear: string } | null {
  const match = /(?:^|;\s*)cp_flash=([^;]*)/.exec(request.headers.get("Cookie") ?? "");
  if (!match?.[1]) return null;
  let message: string;
  try {
    message = decodeURIComponent(match[1]);
  } catch {
    message = "";
  }
  return { message, clear: cookie("", 0) };
}
