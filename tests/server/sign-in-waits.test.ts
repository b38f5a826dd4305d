// The two-step code page slows guessing the same way as passwords (decision 016): after three
// wrong codes from one address, it says how long to wait, and does not check the next code.
import { describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client } from "../support/http";

const baseUrl = workerBaseUrl();
// The demo admin: on the shared test server, no other server test signs in as this account.
const ADMIN = { email: "demo.admin@clearpath.example", password: "amber-bridge-orchard" };

describe("two-step sign-in codes", () => {
  it("after three wrong codes, says how long to wait before the next try", async () => {
    const client = new Client(baseUrl);
    const signedIn = await client.post("/sign-in", ADMIN);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toMatch(/^\/sign-in\/code/);
    for (let i = 0; i < 3; i++) {
      const wrong = await client.post("/sign-in/code", { code: `not-a-code-${i}` });
      expect(wrong.status).toBe(400);
      expect(await wrong.text()).toContain("That code is not right");
    }
    const waiting = await client.post("/sign-in/code", { code: "not-a-code-3" });
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get("Retry-After")).toMatch(/^(29|30)$/);
    expect(await waiting.text()).toMatch(/Wait (29|30) seconds before trying again/);
  });
});
