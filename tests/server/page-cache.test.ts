// The kept pages (app/services/page-cache.server.ts) over HTTP: a kept dashboard carries this
// request's nonce, changes as soon as the case does, never carries a one-off message, and is
// never shown to another person.
import { describe, expect, inject, it } from "vitest";
import { Client, signedUpClient } from "../support/http";

const [baseUrl] = inject("baseUrls") as [string];

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
