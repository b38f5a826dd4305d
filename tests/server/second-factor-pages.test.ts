// An adviser or admin sees nothing of other families until their second factor is on: every page
// sends them to set it up, except the pages whose route's handle says `beforeSecondFactor`.
import { describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { createSignedInUser, signedInClient } from "../support/session";

const baseUrl = workerBaseUrl();

describe("an adviser without a second factor", () => {
  it("is sent to set it up from every page but setting it up and the guide (and the outbox and signing out)", async () => {
    const client = signedInClient(baseUrl, await createSignedInUser(baseUrl, { orgRole: "adviser" }));
    for (const path of ["/cases", "/adviser", "/account", "/cases/00000000-0000-4000-8000-000000000000", "/bookings"]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("Location"), path).toBe("/account/two-factor");
    }
    for (const path of ["/account/two-factor", "/guide"]) {
      expect((await client.get(path)).status, path).toBe(200);
    }
    // A guide page that does not exist is a 404, not a redirect: the guide's pages all open.
    expect((await client.get("/guide/no-such-guide")).status).toBe(404);
  });

  it("is not held back once the second factor is on", async () => {
    const client = signedInClient(baseUrl, await createSignedInUser(baseUrl, { orgRole: "adviser", twoFactor: true }));
    expect((await client.get("/adviser")).status).toBe(200);
  });
});
