// One "how often" and bulk entry that asks, without JavaScript: the provision form takes the
// number a week and the days; a bulk entry naming a day with no planned session gets a
// confirmation step (an extra session, or the planned day it meant) and saves nothing until
// it is answered. Decision 035.
import { beforeAll, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, createCaseOverHttp } from "../support/http";
import { createSignedInUser, signedInClient } from "../support/session";

const baseUrl = workerBaseUrl();
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const text = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const iso = (day: Date) => day.toISOString().slice(0, 10);
const long = (day: Date) => `${DAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
const daysAgo = (days: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - days));
const dateFields = (name: string, day: Date) => ({ [`${name}.day`]: String(day.getUTCDate()), [`${name}.month`]: String(day.getUTCMonth() + 1), [`${name}.year`]: String(day.getUTCFullYear()) });

describe("delivery without JavaScript", () => {
  let client: Client;
  let base: string;
  // A Tuesday two to three weeks ago, and the Monday before it: sessions are on Mondays only.
  const tuesday = [14, 15, 16, 17, 18, 19, 20].map(daysAgo).find((day) => day.getUTCDay() === 2)!;
  const monday = new Date(tuesday.getTime() - 24 * 60 * 60 * 1000);

  beforeAll(async () => {
    const user = await createSignedInUser(baseUrl, { name: "Jo Tester" });
    client = signedInClient(baseUrl, user);
    const caseId = await createCaseOverHttp(client, "Sam Reed");
    const cycle = await client.post(`/cases/${caseId}/support/new`, { kind: "sen_support", title: "Autumn plan", ...dateFields("startDate", daysAgo(30)) });
    const cycleId = /\/support\/([0-9a-f-]{36})/.exec(cycle.headers.get("Location") ?? "")![1]!;
    base = `/cases/${caseId}/support/${cycleId}`;
  });

  it("refuses days that do not match the sessions a week, then saves the number and the days", async () => {
    const refused = await client.post(`${base}/provision`, { intent: "add", what: "Lego therapy", sessionsPerWeek: "2", "sessionWeekdays[]": ["1"] });
    expect(refused.status).toBe(400);
    expect(text(await refused.text())).toContain("You chose 1 day but 2 sessions a week. Choose 2 days, or change the number.");
    const added = await client.post(`${base}/provision`, { intent: "add", what: "Lego therapy", "sessionWeekdays[]": ["1"], durationMinutes: "30" });
    expect(added.status).toBe(302);
    const page = text(await (await client.follow(added)).text());
    expect(page).toContain("1 a week, on Monday");
  });

  it("asks about a day with no planned session, saves nothing until answered, then marks the planned day meant", async () => {
    const entry = `${tuesday.getUTCDate()} ${MONTHS[tuesday.getUTCMonth()]} cancelled`;
    const page = await (await client.get(`${base}/delivery`)).text();
    const provisionId = /name="provisionId" value="([0-9a-f-]{36})"/.exec(page)![1]!;
    const asked = await client.post(`${base}/delivery`, { intent: "bulk", provisionId, text: entry });
    expect(asked.status).toBe(200);
    const question = text(await asked.text());
    expect(question).toContain("Check this day before we record them");
    expect(question).toContain("Nothing has been saved yet.");
    expect(question).toContain(`It meant the planned session on ${long(monday)}`);
    expect(question).toContain(`It was an extra session on ${long(tuesday)}`);
    expect(question).not.toMatch(/Delivery rate: \d/);

    const unanswered = await client.post(`${base}/delivery`, { intent: "bulk", provisionId, text: entry, asked: "yes" });
    expect(unanswered.status).toBe(400);
    expect(text(await unanswered.text())).toContain(`Say what ${long(tuesday)} was`);

    const answered = await client.post(`${base}/delivery`, { intent: "bulk", provisionId, text: entry, asked: "yes", [`answer.${iso(tuesday)}`]: iso(monday) });
    expect(answered.status).toBe(302);
    const log = await (await client.follow(answered)).text();
    expect(text(log)).toContain("1 session of Lego therapy updated.");
    expect(log).toMatch(new RegExp(`name="status\\.${iso(monday)}"[^>]*>[\\s\\S]*?<option value="cancelled" selected`));
    expect(log).not.toContain(`name="status.${iso(tuesday)}"`);
  });
});
