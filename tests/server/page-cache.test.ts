// The kept pages (app/services/page-cache.server.ts) over HTTP: a kept dashboard carries this
// request's nonce, changes as soon as the case does or as soon as who may see it does (an
// invitation accepted, access taken away, access that ends), never carries a one-off message,
// and is never shown to another person.
import { afterEach, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { instantAt } from "~/services/clock.server";
import { setServerClock } from "../support/clock";
import { Client, linkFromOutbox, signedUpClient } from "../support/http";

const baseUrl = workerBaseUrl();

function nonces(response: Response, html: string) {
  const header = /'nonce-([^']+)'/.exec(response.headers.get("Content-Security-Policy") ?? "")?.[1];
  const inPage = [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
  return { header, inPage };
}

async function newCase(client: Client, childName: string): Promise<string> {
  const created = await client.post("/cases/new", { childName });
  expect(created.status).toBe(302);
  return /\/cases\/([0-9a-f-]{36})/.exec(created.headers.get("Location") ?? "")![1]!;
}

describe("kept pages", () => {
  it("serves the dashboard again with this request's nonce, and changes as soon as the case does", async () => {
    const { client } = await signedUpClient(baseUrl);
    const caseId = await newCase(client, "Rowan Tern");
    await client.get(`/cases/${caseId}`); // the page after creating carries a message; this one is plain

    const first = await client.get(`/cases/${caseId}`);
    const firstHtml = await first.text();
    const second = await client.get(`/cases/${caseId}`);
    const secondHtml = await second.text();
    const a = nonces(first, firstHtml);
    const b = nonces(second, secondHtml);
    expect(a.inPage.length).toBeGreaterThan(0);
    expect(new Set(a.inPage)).toEqual(new Set([a.header]));
    expect(new Set(b.inPage)).toEqual(new Set([b.header]));
    expect(b.header).not.toBe(a.header);
    expect(secondHtml.replaceAll(b.header!, "N")).toBe(firstHtml.replaceAll(a.header!, "N"));

    const saved = await client.post(`/cases/${caseId}/profile`, { childName: "Rowan Tern", school: "Heron Lane School" });
    expect(saved.status).toBe(302);
    const afterMessage = await client.follow(saved);
    expect(await afterMessage.text()).toContain("Heron Lane School");
    const after = await client.get(`/cases/${caseId}`);
    expect(await after.text()).toContain("Heron Lane School");
  });

  it("shows a kept page to nobody else", async () => {
    const { client: owner } = await signedUpClient(baseUrl);
    const caseId = await newCase(owner, "Wren Ashby");
    await owner.get(`/cases/${caseId}`);
    expect(await (await owner.get(`/cases/${caseId}`)).text()).toContain("Wren Ashby");

    const { client: other } = await signedUpClient(baseUrl);
    const response = await other.get(`/cases/${caseId}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Wren Ashby");
    const anonymous = await new Client(baseUrl).get(`/cases/${caseId}`);
    expect(anonymous.status).toBe(302);

    await owner.post("/sign-out", {});
    const signedOut = await owner.get(`/cases/${caseId}`);
    expect(signedOut.status).toBe(302);
  });
});

describe("kept pages and sharing", () => {
  afterEach(() => setServerClock(baseUrl, null));

  /** The owner's dashboard, asked for twice so the second answer is the kept one. */
  async function keptDashboard(client: Client, caseId: string): Promise<string> {
    await client.get(`/cases/${caseId}`);
    return (await client.get(`/cases/${caseId}`)).text();
  }
  const COMMENTS = "Comments on this page";

  it("change for the owner at once when an invitation is accepted and when access is taken away", async () => {
    const { client: owner } = await signedUpClient(baseUrl, "Kept Owner");
    const caseId = await newCase(owner, "Ivy Lark");
    await owner.get(`/cases/${caseId}`);
    expect(await keptDashboard(owner, caseId)).not.toContain(COMMENTS);

    const { client: carer, email } = await signedUpClient(baseUrl, "Kept Carer");
    const invited = await owner.post(`/cases/${caseId}/sharing`, { intent: "invite", email, role: "carer", level: "comment" });
    expect(invited.status).toBe(302);
    const token = new URL(await linkFromOutbox(baseUrl, email, "/invitations/")).pathname.split("/").pop()!;
    expect((await carer.post(`/invitations/${token}`, {})).status).toBe(302);
    // Nothing in the case changed, only who may see it: the kept page must not be served.
    expect(await keptDashboard(owner, caseId)).toContain(COMMENTS);

    const sharing = await (await owner.get(`/cases/${caseId}/sharing`)).text();
    const accessId = /name="accessId" value="([0-9a-f-]{36})"/.exec(sharing)?.[1];
    expect(accessId).toBeTruthy();
    expect((await owner.post(`/cases/${caseId}/sharing`, { intent: "revoke", accessId: accessId! })).status).toBe(302);
    expect(await keptDashboard(owner, caseId)).not.toContain(COMMENTS);
    expect((await carer.get(`/cases/${caseId}`)).status).toBe(404);
  });

  it("change for the owner at the moment an adviser's access ends, with no write", async () => {
    const { client: owner } = await signedUpClient(baseUrl, "Booking Owner");
    const caseId = await newCase(owner, "Otto Finch");
    await owner.get(`/cases/${caseId}`);
    // Book a session and share the case with the adviser for 7 days after it (the demo organisation).
    const typeId = /\/book\?type=([0-9a-f-]{36})/.exec(await (await owner.get("/book")).text())?.[1];
    expect(typeId).toBeTruthy();
    const slots = [...(await (await owner.get(`/book?type=${typeId}`)).text()).matchAll(/slot=([0-9a-f-]{36})_(\d{4}-\d{2}-\d{2})_(\d{2}:\d{2})/g)];
    expect(slots.length).toBeGreaterThan(0);
    let ends: Date | null = null;
    // Another test on this server may take a time first: try the next.
    for (const [, adviserId, date, time] of slots.slice(-10).reverse()) {
      const booked = await owner.post("/book", { type: typeId!, slot: `${adviserId}_${date}_${time}`, shareCase: caseId, shareDays: "7" });
      if ((booked.headers.get("Location") ?? "").startsWith("/bookings/")) {
        const bookingPage = await (await owner.follow(booked)).text();
        const minutes = Number(/(\d+) minutes/.exec(bookingPage)?.[1] ?? 45);
        ends = new Date(instantAt("Europe/London", date!, time!).getTime() + minutes * 60_000 + 7 * 24 * 3600_000);
        break;
      }
    }
    expect(ends).not.toBeNull();
    // Just before the end, and just after: the same day, the same case, no write in between.
    await setServerClock(baseUrl, new Date(ends!.getTime() - 60_000).toISOString());
    expect(await keptDashboard(owner, caseId)).toContain(COMMENTS);
    await setServerClock(baseUrl, new Date(ends!.getTime() + 60_000).toISOString());
    expect(await keptDashboard(owner, caseId)).not.toContain(COMMENTS);
  });
});
