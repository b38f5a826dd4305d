// The forms without JavaScript, over plain HTTP against the production build: what a browser
// with JavaScript off sends (the form's fields, urlencoded) and what it gets back, a redirect to
// the next page with its confirmation, or a 400 page with an error summary linked to each field,
// what was typed, and nothing saved. These replace the journeys that were repeated whole in a
// browser with JavaScript off; the main journeys still run there (tests/e2e/no-javascript.test.ts
// and the "without JavaScript" tests beside them). See docs/decisions/020.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Client, createCaseOverHttp, linkFromOutbox } from "../support/http";
import { createSignedInUser, signedInClient } from "../support/session";

const [baseUrl] = inject("baseUrls") as [string];

/** The page as a person reads it: tags out, the few entities React writes turned back. */
function readable(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The error summary of a refused form: its messages, each linked to its field. */
function errorSummary(html: string): { messages: string[]; targets: string[] } {
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";
  const links = [...summary.matchAll(/<a href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
  return { targets: links.map((link) => link[1]!), messages: links.map((link) => readable(link[2]!).trim()) };
}

/** A page after a successful form: the redirect, followed, as the browser would. */
async function redirectedPage(client: Client, response: Response): Promise<string> {
  expect(response.status, `expected a redirect, got ${response.status}: ${readable(await response.clone().text()).slice(0, 300)}`).toBe(302);
  return readable(await (await client.follow(response)).text());
}

/** The day `days` from today (UTC), as the three fields of a date input named `name`. */
function dateFields(name: string, day: Date): Record<string, string> {
  return { [`${name}.day`]: String(day.getUTCDate()), [`${name}.month`]: String(day.getUTCMonth() + 1), [`${name}.year`]: String(day.getUTCFullYear()) };
}

function daysFromToday(days: number): Date {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000);
}

async function signedInParent(name = "Jo Tester") {
  const user = await createSignedInUser(baseUrl, { name });
  return { user, client: signedInClient(baseUrl, user) };
}

describe("sign-up without JavaScript", () => {
  it("answers bad input with 400, every problem linked to its field, the email kept and the password not sent back", async () => {
    const response = await new Client(baseUrl).post("/sign-up", { name: "", email: "jo@example", password: "password123" });
    expect(response.status).toBe(400);
    const html = await response.text();
    const { messages, targets } = errorSummary(html);
    expect(messages.slice(0, 2)).toEqual(["Enter your name", "Enter an email address in the right format, like name@example.com"]);
    expect(messages[2]).toMatch(/password/i);
    for (const target of targets) expect(html, `the summary links to #${target}`).toContain(`id="${target}"`);
    expect(html).toContain('value="jo@example"');
    expect(html).not.toContain("password123");
  });
});

describe("a case's forms without JavaScript", () => {
  let client: Client;
  let caseId: string;

  beforeAll(async () => {
    ({ client } = await signedInParent());
    caseId = await createCaseOverHttp(client, "Kai Brook");
  });

  it("refuses a bad profile with 400, keeps what was typed, marks the fields, and saves nothing", async () => {
    const response = await client.post(`/cases/${caseId}/profile`, {
      childName: "Kai Brook",
      "dateOfBirth.day": "31",
      "dateOfBirth.month": "2",
      "dateOfBirth.year": "2017",
      school: "Meadow Lane School",
      sencoEmail: "not an email",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    const { messages, targets } = errorSummary(html);
    expect(messages).toHaveLength(2);
    expect(messages.join(" ")).toMatch(/date of birth/i);
    expect(messages.join(" ")).toMatch(/email/i);
    for (const target of targets) expect(html).toContain(`id="${target}"`);
    for (const typed of ['value="31"', 'value="Meadow Lane School"', 'value="not an email"']) expect(html).toContain(typed);
    expect(html).toMatch(/aria-invalid="true"/);
    const dashboard = readable(await (await client.get(`/cases/${caseId}`)).text());
    expect(dashboard).not.toContain("Meadow Lane School");
  });

  it("refuses a need with a month that does not exist, then with nothing ticked, and records nothing", async () => {
    const badMonth = await client.post(`/cases/${caseId}/needs/cognition_learning`, {
      "signs[]": ["cl_slow_progress"],
      "since.month": "13",
      "since.year": "2024",
    });
    expect(badMonth.status).toBe(400);
    const badMonthHtml = await badMonth.text();
    expect(errorSummary(badMonthHtml).messages.join(" ")).toMatch(/month and year you first noticed this/i);
    expect(badMonthHtml).toContain('value="13"');
    const nothing = await client.post(`/cases/${caseId}/needs/cognition_learning`, {});
    expect(nothing.status).toBe(400);
    expect(errorSummary(await nothing.text()).messages.join(" ")).toContain("Tick at least one sign");
    const needs = readable(await (await client.get(`/cases/${caseId}/needs`)).text());
    expect(needs).not.toContain("recorded,");
  });

  it("deletes the case from its confirmation page and says so on My cases", async () => {
    const doomed = await createCaseOverHttp(client, "Lee Gone");
    const page = await redirectedPage(client, await client.post(`/cases/${doomed}/delete`, {}));
    expect(page).toContain("The case for Lee Gone has been deleted.");
    expect((await client.get(`/cases/${doomed}`)).status).toBe(404);
  });

  it("records a measurement, a diary entry with suggested tags, and a reasonable adjustment", async () => {
    const refused = await client.post(`/cases/${caseId}/progress`, { intent: "add", kind: "reading_age", label: "", value: "" });
    expect(refused.status).toBe(400);
    expect(errorSummary(await refused.text()).messages.length).toBeGreaterThan(0);
    const progress = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/progress`, { intent: "add", kind: "reading_age", label: "Reading age", value: "80", unit: "months", "date.day": "1", "date.month": "3", "date.year": "2025" }),
    );
    expect(progress).toContain("Reading age");

    const diary = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/diary`, { intent: "add", "date.day": "6", "date.month": "10", "date.year": "2025", text: "He covered his ears in assembly because it was too loud, and cried at the gate." }),
    );
    expect(diary).toContain("Diary entry saved. Check the tags we suggested.");
    expect(diary).toContain("(suggested from what you wrote)");

    const refusedAdjustment = await client.post(`/cases/${caseId}/adjustments`, { intent: "add", description: "" });
    expect(refusedAdjustment.status).toBe(400);
    const adjustments = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/adjustments`, { intent: "add", description: "A quiet place to eat lunch", "requestedOn.day": "1", "requestedOn.month": "10", "requestedOn.year": "2025" }),
    );
    expect(adjustments).toContain("A quiet place to eat lunch");
  });

  it("plans a meeting, saves questions for it, records it, and downloads and logs the follow-up email", async () => {
    const planned = await client.post(`/cases/${caseId}/meetings`, { "date.day": "20", "date.month": "11", "date.year": "2025", kind: "senco", title: "Meeting with Mrs Patel" });
    expect(planned.status).toBe(302);
    const meetingPath = new URL(planned.headers.get("Location")!, baseUrl).pathname.replace(/\/prepare$/, "");
    const meetingId = /\/meetings\/([0-9a-f-]{36})/.exec(meetingPath)![1]!;
    const base = `/cases/${caseId}/meetings/${meetingId}`;

    const prepared = await redirectedPage(client, await client.post(`${base}/prepare`, { questions: "Why was the reading group stopped?" }));
    expect(prepared).toContain("Why was the reading group stopped?");
    // Without JavaScript there is no print button: the sheet says how to print it instead.
    expect(readable(await (await client.get(`${base}/prepare`)).text())).toContain("To print this page or save it as a PDF, use your browser's Print command.");

    const recorded = await redirectedPage(
      client,
      await client.post(base, { intent: "record", "date.day": "20", "date.month": "11", "date.year": "2025", kind: "senco", title: "Meeting with Mrs Patel", parentAttended: "yes", agreed: "Phonics three times a week" }),
    );
    expect(recorded).toContain("Phonics three times a week");

    const followUp = await client.get(`${base}/follow-up`);
    expect(followUp.status).toBe(200);
    // The copy button needs JavaScript, so the server's page does not offer it.
    expect(readable(await followUp.text())).not.toContain("Copy the email");
    const email = { to: "senco@oakfield.example", subject: "What we agreed", body: "To confirm what we agreed.\n\nP.S. Thank you for your time." };
    const download = await client.post(`${base}/follow-up`, { intent: "download-eml", ...email });
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Disposition")).toMatch(/attachment; filename="meeting-follow-up-2025-11-20\.eml"/);
    expect(await download.text()).toContain("To: senco@oakfield.example");
    const sent = await redirectedPage(client, await client.post(`${base}/follow-up`, { intent: "sent", ...email }));
    expect(sent).toContain("What we agreed");
    expect(readable(await (await client.get(`/cases/${caseId}/correspondence`)).text())).toContain("What we agreed");
  });

  it("refuses an evidence pack with no title, then makes one", async () => {
    const refused = await client.post(`/cases/${caseId}/evidence-packs`, { intent: "create", title: "" });
    expect(refused.status).toBe(400);
    expect(errorSummary(await refused.text()).messages).toContain("Enter a title for the pack");
    const pack = await redirectedPage(client, await client.post(`/cases/${caseId}/evidence-packs`, { intent: "create", title: "For the tribunal" }));
    expect(pack).toContain("Pack made. Now choose its documents.");
  });

  it("refuses a reply date before the letter was sent, then logs the letter as overdue", async () => {
    const letter = { intent: "add", direction: "sent", channel: "letter", to: "Ms Patel, SENCO", subject: "Request for the provision map", ...dateFields("date", daysFromToday(-20)) };
    const refused = await client.post(`/cases/${caseId}/correspondence`, { ...letter, ...dateFields("replyBy", daysFromToday(-30)) });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(errorSummary(refusedHtml).messages).toContain("The date to reply by must be on or after the date it was sent");
    expect(refusedHtml).toContain('value="Request for the provision map"');
    const logged = await redirectedPage(client, await client.post(`/cases/${caseId}/correspondence`, { ...letter, ...dateFields("replyBy", daysFromToday(-6)) }));
    expect(logged).toContain("Added to the log.");
    expect(logged).toContain("Reply overdue by 6 days");
  });

  it("adds a report with nothing found, takes a recommendation by hand, and removes the report", async () => {
    const added = await client.post(`/cases/${caseId}/reports`, { intent: "add-report", title: "Letter from the paediatrician", text: "Kai came to clinic today with his mother. He was cheerful and chatty." });
    const report = await redirectedPage(client, added);
    expect(report).toContain("Report added. Clearpath found no recommendations in its text: you can add them by hand.");
    const reportPath = new URL(added.headers.get("Location")!, baseUrl).pathname;
    const byHand = await redirectedPage(client, await client.post(reportPath, { intent: "add-recommendation", text: "Review in clinic in six months." }));
    expect(byHand).toContain("Recommendation added.");
    expect(byHand).toMatch(/Confirmed recommendations \( ?1 ?\)/);
    const removed = await redirectedPage(client, await client.post(reportPath, { intent: "remove-report" }));
    expect(removed).toContain('"Letter from the paediatrician" removed.');
  });

  it("refuses an EHC plan with neither text nor document, then reads a pasted one and keeps a family priority", async () => {
    const refused = await client.post(`/cases/${caseId}/plans`, { intent: "create", stage: "draft", title: "Draft plan", text: "" });
    expect(refused.status).toBe(400);
    expect(errorSummary(await refused.text()).messages).toContain("Paste the plan's text, or choose the uploaded plan from your documents");
    const plan = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/plans`, {
        intent: "create",
        stage: "draft",
        title: "Draft plan, October 2025",
        text: "Section B: Special educational needs\nKai finds reading hard.\nSection F: Special educational provision\nKai will have support as appropriate.",
      }),
    );
    expect(plan).toContain("Draft plan, October 2025");
    const priorities = await redirectedPage(client, await client.post(`/cases/${caseId}/plans`, { intent: "add-priority", priority: "Kai learns to swim" }));
    expect(priorities).toContain("Kai learns to swim");
  });

  it("records a statutory event, and the overview lists the decision it starts", async () => {
    const page = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/statutory`, { intent: "add", type: "ehcna_request_received", ...dateFields("date", daysFromToday(-3)) }),
    );
    expect(page).toContain("Event recorded.");
    expect(readable(await (await client.get(`/cases/${caseId}`)).text())).toContain("Decision on whether to assess");
  });

  it("records a professional and adds a report whose recommendations are suggested", async () => {
    const refused = await client.post(`/cases/${caseId}/professionals`, { intent: "add-professional", name: "", role: "" });
    expect(refused.status).toBe(400);
    const professionals = await redirectedPage(client, await client.post(`/cases/${caseId}/professionals`, { intent: "add-professional", name: "Ms Ana Silva", role: "speech_and_language_therapist" }));
    expect(professionals).toContain("Ms Ana Silva");
    const report = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/reports`, {
        intent: "add-report",
        title: "Speech and language report",
        text: "Recommendations\n1. Kai should receive speech and language therapy once a week for 30 minutes.",
      }),
    );
    expect(report).toContain("Speech and language report");
    expect(report).toMatch(/speech and language therapy once a week/i);
  });
});

describe("search and the timeline without JavaScript (plain GET forms)", () => {
  it("finds a diary entry by its words and filters the timeline, with the print note instead of a button", async () => {
    const { client } = await signedInParent();
    const caseId = await createCaseOverHttp(client, "Ada Brook");
    await client.post(`/cases/${caseId}/diary`, { intent: "add", "date.day": "6", "date.month": "10", "date.year": "2025", text: "Bounced on the trampolines at the park and slept well." });
    const search = readable(await (await client.get(`/cases/${caseId}/search?q=trampolines`)).text());
    expect(search).toContain("Bounced on the trampolines at the park");
    const timeline = readable(await (await client.get(`/cases/${caseId}/timeline?types=diary`)).text());
    expect(timeline).toContain("Bounced on the trampolines");
    expect(timeline).toContain("To print, use your browser's Print command");
  });
});

describe("reminders and the private calendar without JavaScript", () => {
  it("refuses a bad number of days, saves a good one, and a new calendar link stops the old one", async () => {
    const { client } = await signedInParent();
    const refused = await client.post("/account/calendar", { intent: "settings", remindersOn: "yes", remindDaysBefore: "0" });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(errorSummary(refusedHtml).messages).toContain("Enter a number of days from 1 to 60");
    expect(refusedHtml).toContain('value="0"');
    const saved = await redirectedPage(client, await client.post("/account/calendar", { intent: "settings", remindersOn: "yes", remindDaysBefore: "3" }));
    expect(saved).toContain("Reminder choices saved.");
    const feedOf = async (response: Response) => /\/calendar\/[A-Za-z0-9_.-]+/.exec(await (await client.follow(response)).text())?.[0];
    const first = await feedOf(await client.post("/account/calendar", { intent: "feed" }));
    expect(first).toBeTruthy();
    expect((await new Client(baseUrl).get(first!)).status).toBe(200);
    const second = await feedOf(await client.post("/account/calendar", { intent: "feed" }));
    expect(second).not.toBe(first);
    expect((await new Client(baseUrl).get(first!)).status).toBe(404);
  });
});

describe("sharing a case without JavaScript", () => {
  it("refuses an invitation with no address or too much access, sends one, and the adviser comments until access is taken away", async () => {
    const { client: parent } = await signedInParent("Pat Parent");
    const caseId = await createCaseOverHttp(parent, "Robin Ash");
    const noAddress = await parent.post(`/cases/${caseId}/sharing`, { intent: "invite", email: "", role: "adviser", level: "comment" });
    expect(noAddress.status).toBe(400);
    expect(errorSummary(await noAddress.text()).messages.join(" ")).toMatch(/email address/i);
    const adviser = await createSignedInUser(baseUrl, { name: "Jo Adviser", twoFactor: true });
    const tooMuch = await parent.post(`/cases/${caseId}/sharing`, { intent: "invite", email: adviser.email, role: "adviser", level: "write" });
    expect(tooMuch.status).toBe(400);
    expect(errorSummary(await tooMuch.text()).messages.join(" ")).toContain("An adviser can have read, or read and comment, access");
    const sent = await redirectedPage(parent, await parent.post(`/cases/${caseId}/sharing`, { intent: "invite", email: adviser.email, role: "adviser", level: "comment" }));
    expect(sent).toContain(`Invitation sent to ${adviser.email}.`);

    const adviserClient = signedInClient(baseUrl, adviser);
    const invitation = new URL(await linkFromOutbox(baseUrl, adviser.email, "/invitations/"));
    const opened = await redirectedPage(adviserClient, await adviserClient.post(invitation.pathname, {}));
    expect(opened).toContain("Invitation accepted.");
    const commented = await redirectedPage(adviserClient, await adviserClient.post(`/cases/${caseId}/comments`, { page: "needs", commentBody: "Has the school done a reading assessment?" }));
    expect(commented).toContain("Comment posted.");
    expect(readable(await (await parent.get(`/cases/${caseId}/comments`)).text())).toContain("Has the school done a reading assessment?");

    const sharing = await (await parent.get(`/cases/${caseId}/sharing`)).text();
    const accessId = /name="accessId" value="([0-9a-f-]{36})"/.exec(sharing)?.[1];
    expect(accessId).toBeTruthy();
    expect(await redirectedPage(parent, await parent.post(`/cases/${caseId}/sharing`, { intent: "revoke", accessId: accessId! }))).toContain("Access taken away.");
    expect((await adviserClient.get(`/cases/${caseId}/needs`)).status).toBe(404);
  });
});
