// A confirmed user and a signed-in session without clicking through sign-up, from the test
// server's /__test/users hook (server/test-hooks.server.ts). Only one journey signs up through
// the outbox as a person would; every other test starts here.
import type { Page } from "playwright-core";
import { Client } from "./http";

export type SignedInUser = {
  id: string;
  name: string;
  email: string;
  password: string;
  /** The authenticator secret (base32) when made with `twoFactor: true`. */
  totpSecret?: string;
  cookie: { name: string; value: string };
};

export type NewUser = { name?: string; email?: string; password?: string; orgRole?: "adviser" | "admin"; twoFactor?: boolean };

/** Creates a confirmed account on the test server at `baseUrl` and a session for it. */
export async function createSignedInUser(baseUrl: string, user: NewUser = {}): Promise<SignedInUser> {
  const response = await fetch(new URL("/__test/users", baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(user),
  });
  if (response.status !== 201) throw new Error(`The test server's /__test/users answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as SignedInUser;
}

/**
 * Signs the page's browser context in as `user`. Cookies do not depend on the port, and every
 * test server listens on localhost, so the cookie is for localhost.
 */
export async function signInBrowser(page: Page, user: SignedInUser): Promise<void> {
  await page.context().addCookies([{ ...user.cookie, domain: "localhost", path: "/", httpOnly: true, sameSite: "Lax" }]);
}

/** An HTTP client (tests/support/http.ts) signed in as `user`. */
export function signedInClient(baseUrl: string, user: SignedInUser): Client {
  const client = new Client(baseUrl);
  client.setCookie(user.cookie.name, user.cookie.value);
  return client;
}
