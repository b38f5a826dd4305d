// The forms without JavaScript, over plain HTTP against the production build: what a browser
// with JavaScript off sends (the form's fields, urlencoded) and what it gets back, a redirect to
// the next page with its confirmation, or a 400 page with an error summary linked to each field,
// what was typed, and nothing saved. These replace the journeys that were repeated whole in a
// browser with JavaScript off; the main journeys still run there (tests/e2e/no-javascript.test.ts
// and the "without JavaScript" tests beside them). See docs/decisions/020.
import { beforeAll, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, createCaseOverHttp, linkFromOutbox } from "../support/http";
import { createSignedInUser, signedInClient } from "../support/session";

const baseUrl = workerBaseUrl();

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

/** Uploads text files as the documents page's form does (multipart); returns their ids. */
async function uploadTextFiles(client: Client, caseId: string, files: Record<string, string>): Promise<string[]> {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append("files", new Blob([text], { type: "text/plain" }), name);
  const response = await client.request(`/cases/${caseId}/documents`, {
    method: "POST",
    body: form,
    headers: { Origin: new URL(baseUrl).origin, "Sec-Fetch-Site": "same-origin" },
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("Location")!, baseUrl).searchParams.get("uploaded")?.split(",") ?? [];
}

/** The id at the end of a redirect's path, e.g. the plan or pack just made. */
function idFromLocation(response: Response, after: string): string {
  const id = new RegExp(`/${after}/([0-9a-f-]{36})`).exec(response.headers.get("Location") ?? "")?.[1];
  expect(id, `expected a redirect to /${after}/<id>, got ${response.status}`).toBeTruthy();
  return id!;
}

/** A date as the pages write it, e.g. 5 November 2025. */
function longDate(day: Date): string {
  return day.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
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
      intent: "save",
      "signs[]": ["cl_slow_progress"],
      "since.month": "13",
      "since.year": "2024",
    });
    expect(badMonth.status).toBe(400);
    const badMonthHtml = await badMonth.text();
    expect(errorSummary(badMonthHtml).messages.join(" ")).toMatch(/month and year you first noticed this/i);
    expect(badMonthHtml).toContain('value="13"');
    const nothing = await client.post(`/cases/${caseId}/needs/cognition_learning`, { intent: "save" });
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
    expect(pack).toContain("Pack made. It has no documents yet: choose them below.");
  });

  it("chooses documents for an evidence pack, reorders them with the move buttons, and downloads the PDF", async () => {
    const ids = await uploadTextFiles(client, caseId, {
      "school email.txt": "Email from the school on 3 March 2025 about the reading group.",
      "call notes.txt": "Phone call with the SENCO on 5 November 2025. Kai is tired.",
    });
    expect(ids).toHaveLength(2);
    // The pack is made with its documents in one step, oldest first.
    const created = await client.post(`/cases/${caseId}/evidence-packs`, { intent: "create", title: "Pack to reorder", "documentIds[]": [...ids].reverse() });
    const packPath = `/cases/${caseId}/evidence-packs/${idFromLocation(created, "evidence-packs")}`;
    const order = (html: string) => [.../<ol class="pack-order">([\s\S]*?)<\/ol>/.exec(html)?.[1]?.matchAll(/<li><span>([\s\S]*?)<\/span>/g) ?? []].map((item) => readable(item[1]!).trim());
    expect(await redirectedPage(client, created)).toContain("Pack made with 2 documents.");
    expect(order(await (await client.get(packPath)).text())).toEqual(["school email (3 March 2025)", "call notes (5 November 2025)"]);
    const saved = await client.post(packPath, { intent: "save", title: "Pack to reorder", purpose: "", "documentIds[]": ids });
    expect(await redirectedPage(client, saved)).toContain("Pack saved.");
    const before = await (await client.get(packPath)).text();
    expect(order(before)).toEqual(["school email (3 March 2025)", "call notes (5 November 2025)"]);
    const callNotes = ids[1]!;
    expect(before).toContain('aria-label="Move up: call notes (5 November 2025)"');
    const moved = await client.post(packPath, { intent: "move", documentId: callNotes, direction: "up" });
    expect(moved.status).toBe(302);
    expect(order(await (await client.follow(moved)).text())).toEqual(["call notes (5 November 2025)", "school email (3 March 2025)"]);

    const pdf = await client.get(`${packPath}/pack.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  });

  it("lists a letter whose reply is overdue on the overview until the reply is logged", async () => {
    const caseId = await createCaseOverHttp(client, "Noah Pike");
    const sent = await client.post(`/cases/${caseId}/correspondence`, {
      intent: "add", direction: "sent", channel: "letter", to: "Ms Patel, SENCO", subject: "Request for the provision map",
      ...dateFields("date", daysFromToday(-20)), ...dateFields("replyBy", daysFromToday(-6)),
    });
    const letterId = /#item-([0-9a-f-]{36})/.exec(sent.headers.get("Location") ?? "")?.[1];
    expect(letterId).toBeTruthy();
    const overview = readable(await (await client.get(`/cases/${caseId}`)).text());
    expect(overview).toContain("Waiting for a reply");
    expect(overview).toMatch(new RegExp(`Request for the provision map \\( ?to Ms Patel, SENCO, sent ${longDate(daysFromToday(-20))} ?\\): reply overdue by 6 days`));

    const reply = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/correspondence`, {
        intent: "add", direction: "received", channel: "letter", from: "Ms Patel, SENCO", subject: "Re: Request for the provision map",
        body: "The provision map is attached.", inReplyTo: letterId!, ...dateFields("date", daysFromToday(0)),
      }),
    );
    expect(reply).toContain('Reply logged. "Request for the provision map" is marked as replied.');
    const after = readable(await (await client.get(`/cases/${caseId}`)).text());
    expect(after).not.toContain("Request for the provision map (to Ms Patel");
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

  it("records a request by how and when it was sent, and shows the receipt date it implies with the rule's status (decision 032)", async () => {
    const page = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/statutory`, {
        intent: "add",
        type: "reassessment_requested",
        sentBy: "first_class",
        ...dateFields("sentOn", daysFromToday(-4)),
      }),
    );
    expect(page).toContain("Event recorded.");
    expect(page).toMatch(/Posted first class on .* First-class post counts as received on the next working day after posting: /);
    expect(page).toContain("IPSEA's practice; not yet checked against the law's own text.");
    expect(page).toMatch(/Law as at 5 December 2026/);
    expect(page).toContain("within 15 days of receiving the request");
  });

  it("writes the response letter to a pasted draft plan, and compares it with the final plan by the plain GET form", async () => {
    const caseId = await createCaseOverHttp(client, "Rowan Ash");
    const draft = [
      "Section B: Special educational needs",
      "Cognition and learning",
      "Rowan reads well below the level expected for his age.",
      "Section E: Outcomes",
      "Cognition and learning",
      "By July 2027 Rowan will read a short book on his own.",
      "Section F: Special educational provision",
      "Cognition and learning",
      "Speech and language therapy, 3 x 30 minutes per week, delivered by a qualified speech and language therapist, one to one.",
      "Regular reading support from an adult as needed.",
    ].join("\n");
    const addPlan = (stage: string, title: string, text: string) => client.post(`/cases/${caseId}/plans`, { intent: "create", stage, title, text });
    const draftPlan = await addPlan("draft", "Draft plan", draft);
    const draftId = idFromLocation(draftPlan, "plans");
    const review = await redirectedPage(client, draftPlan);
    expect(review).toMatch(/Plan added: \d+ lines in 3 sections/);
    expect(review).toContain("Write a letter asking for these changes");

    const form = readable(await (await client.get(`/cases/${caseId}/letters?kind=draft_plan_response&plan=${draftId}`)).text());
    expect(form).toContain("Respond to a draft EHC plan");
    const letter = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/letters`, { intent: "create", kind: "draft_plan_response", plan: draftId, meeting: "yes", recipientAddress: "The SEND team\nWestshire Council" }),
    );
    expect(letter).toContain("Comments on Rowan Ash's draft EHC plan");
    expect(letter).toContain('"Regular reading support from an adult as needed."');
    expect(letter).not.toContain('"Speech and language therapy');

    const finalId = idFromLocation(await addPlan("final", "Final plan", draft.replace("3 x 30 minutes per week", "1 x 30 minutes per week")), "plans");
    const plans = await (await client.get(`/cases/${caseId}/plans`)).text();
    expect(plans).toContain(`action="/cases/${caseId}/plans/compare"`);
    const comparison = await client.get(`/cases/${caseId}/plans/compare?from=${draftId}&to=${finalId}`);
    expect(comparison.status).toBe(200);
    const compared = readable(await comparison.text());
    expect(compared).toContain("Compare two versions of the plan");
    expect(compared).toMatch(/Cut ?: Speech and language therapy, 1 x 30 minutes per week/);
    expect(compared).toContain("From 1 hour 30 minutes a week to 30 minutes a week.");
  });

  it("changes a reasonable adjustment's status to the school's answer and shows it", async () => {
    const caseId = await createCaseOverHttp(client, "Ellis Moor");
    const added = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/adjustments`, { intent: "add", description: "Ear defenders in assembly", ...dateFields("requestedOn", daysFromToday(-20)) }),
    );
    expect(added).toContain("The school's answer Asked for, waiting for an answer");
    const page = await (await client.get(`/cases/${caseId}/adjustments`)).text();
    const id = /\?edit=([0-9a-f-]{36})/.exec(page)?.[1];
    expect(id).toBeTruthy();
    const editForm = readable(await (await client.get(`/cases/${caseId}/adjustments?edit=${id}`)).text());
    expect(editForm).toContain("Update: Ear defenders in assembly");
    const updated = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/adjustments`, {
        intent: "update", id: id!, description: "Ear defenders in assembly", ...dateFields("requestedOn", daysFromToday(-20)),
        status: "refused", ...dateFields("respondedOn", daysFromToday(-10)), reason: "We do not have any spare.",
      }),
    );
    expect(updated).toContain("Adjustment updated.");
    expect(updated).toContain("The school's answer Refused");
    expect(updated).toContain(`Date of the answer ${longDate(daysFromToday(-10))}`);
    expect(updated).toContain("Reason given We do not have any spare.");
  });

  it("confirms one suggested recommendation, discards another, and links a confirmed one to the support in the plan", async () => {
    const caseId = await createCaseOverHttp(client, "Sam Reed");
    const cycle = await client.post(`/cases/${caseId}/support/new`, { kind: "sen_support", title: "Autumn plan", ...dateFields("startDate", daysFromToday(-30)) });
    const cycleId = idFromLocation(cycle, "support");
    const provision = await redirectedPage(
      client,
      await client.post(`/cases/${caseId}/support/${cycleId}/provision`, { intent: "add", what: "A calm room to go to at break and lunchtime", who: "a teaching assistant", sessionsPerWeek: "5", durationMinutes: "15" }),
    );
    expect(provision).toContain("Provision added.");

    const added = await client.post(`/cases/${caseId}/reports`, {
      intent: "add-report",
      title: "Speech and language therapy report",
      text: [
        "Recommendations",
        "1. Sam should receive 30 minutes of speech and language therapy weekly from a qualified speech and language therapist.",
        "2. Sam enjoyed the games we played together in the session.",
        "3. Sam would benefit from a quiet space to go to when he feels overwhelmed.",
      ].join("\n"),
    });
    const reportPath = new URL(added.headers.get("Location")!, baseUrl).pathname;
    expect(await redirectedPage(client, added)).toMatch(/Suggestions to check \( ?3 ?\)/);
    // Each suggestion's card holds its words and its own confirm and discard forms.
    const cards = (await (await client.get(reportPath)).text()).split("<li");
    const suggestionId = (words: string) => /name="intent" value="confirm"\/><input type="hidden" name="id" value="([0-9a-f-]{36})"/.exec(cards.find((card) => card.includes(words)) ?? "")?.[1];
    const quietSpace = suggestionId("a quiet space to go to")!;
    const games = suggestionId("enjoyed the games")!;
    expect(quietSpace).toBeTruthy();
    expect(games).toBeTruthy();
    const confirmed = await redirectedPage(client, await client.post(reportPath, { intent: "confirm", id: quietSpace }));
    expect(confirmed).toContain("Recommendation confirmed.");
    const discarded = await redirectedPage(client, await client.post(reportPath, { intent: "discard", id: games }));
    expect(discarded).toContain("Recommendation discarded.");
    expect(discarded).toMatch(/Confirmed recommendations \( ?1 ?\)/);
    expect(discarded).toMatch(/Discarded \( ?1 ?\)/);

    const html = await (await client.get(reportPath)).text();
    const lineId = /name="provisionIds\[\]" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    expect(lineId).toBeTruthy();
    const tracked = await redirectedPage(client, await client.post(reportPath, { intent: "track", id: quietSpace, "provisionIds[]": [lineId!], inEhcPlan: "no", isBeingDelivered: "yes" }));
    expect(tracked).toContain("Saved where the recommendation stands.");
    expect(tracked).toContain("In the school's plan A calm room to go to at break and lunchtime");
    expect(tracked).toContain("Being delivered Yes");
  });

  it("offers the chase and complaint letters for a missed decision, opens the chase letter, then records a refusal and shows how to disagree with the appeal date", async () => {
    const caseId = await createCaseOverHttp(client, "Jo Fairweather");
    const statutory = `/cases/${caseId}/statutory`;
    const missedHtml = await (await client.follow(await client.post(statutory, { intent: "add", type: "ehcna_request_received", ...dateFields("date", daysFromToday(-70)) }))).text();
    const missed = readable(missedHtml);
    expect(missed).toContain("Event recorded.");
    expect(missed).toMatch(/Decision on whether to assess Missed by \d+ days/);
    expect(missed).toContain("Write a letter chasing the council");
    expect(missed).toContain("Write a complaint to the council");
    expect(missed).not.toContain("If you disagree with a decision");

    // The deadline's own link names the deadline ("Do this next" above it opens the same letter).
    const chase = /href="([^"]*letters\?kind=deadline_chaser&amp;deadline=[^"]*)"/.exec(missedHtml)?.[1]?.replace(/&amp;/g, "&");
    expect(chase).toBeTruthy();
    const letters = await client.get(chase!);
    expect(letters.status).toBe(200);
    const form = await letters.text();
    expect(readable(form)).toContain("Chase a late decision or plan");
    const deadline = new URL(chase!, baseUrl).searchParams.get("deadline")!;
    // The link chose the missed deadline: its radio is checked without any script.
    expect(form).toMatch(new RegExp(`<input(?=[^>]*value="${deadline}")(?=[^>]*checked)[^>]*>`));
    const letter = await redirectedPage(client, await client.post(`/cases/${caseId}/letters`, { intent: "create", kind: "deadline_chaser", deadline, recipientAddress: "The SEND team" }));
    expect(letter).toContain("Jo Fairweather: decision on whether to assess");
    expect(letter).toContain("regulation 5(1)");

    const today = new Date();
    const refusedOn = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), Math.min(today.getUTCDate(), 28)));
    const appealBy = new Date(Date.UTC(refusedOn.getUTCFullYear(), refusedOn.getUTCMonth() + 2, refusedOn.getUTCDate()));
    const refused = await redirectedPage(client, await client.post(statutory, { intent: "add", type: "ehcna_refused", ...dateFields("date", refusedOn) }));
    expect(refused).toContain("Event recorded.");
    expect(refused).toContain("If you disagree with a decision");
    expect(refused).toMatch(new RegExp(`Refusal to carry out an EHC needs assessment ?, ${longDate(refusedOn)} Appeal by ${longDate(appealBy)}`));
    expect(refused).toContain("Write a letter asking for the reasons for this decision");
  });

  it("starts an appeal from a refusal, refuses a certificate with no date, adds a directions date and records the order", async () => {
    const caseId = await createCaseOverHttp(client, "Ira Penhallow");
    const recorded = await client.post(`/cases/${caseId}/statutory`, { intent: "add", type: "ehcna_refused", ...dateFields("date", daysFromToday(-30)) });
    const refused = await (await client.follow(recorded)).text();
    const start = /href="(\/cases\/[^"]*\/appeals\/new\?decision=[0-9a-f-]{36})"/.exec(refused)?.[1];
    expect(start, "the refusal offers Start an appeal").toBeTruthy();
    const missing = await client.post(start!, { mediation: "certificate_after_mediation" });
    expect(missing.status).toBe(400);
    expect(readable(await missing.text())).toContain("Enter the date on the mediation certificate");
    const workspace = await client.post(start!, { mediation: "certificate_after_mediation", ...dateFields("mediationCertificateOn", daysFromToday(-3)) });
    expect(workspace.status).toBe(302);
    const here = workspace.headers.get("Location")!;
    expect(readable(await (await client.follow(workspace)).text())).toContain("Next: Send your appeal to the tribunal");
    const dated = await redirectedPage(client, await client.post(here, { intent: "add-date", kind: "hearing", ...dateFields("date", daysFromToday(90)) }));
    expect(dated).toContain("Date added.");
    expect(dated).toContain("Tribunal hearing");
    const ordered = await redirectedPage(client, await client.post(`${here}/order`, { intent: "record", outcome: "order", kind: "amend", ...dateFields("madeOn", daysFromToday(-1)) }));
    expect(ordered).toContain("Order recorded. Here is what the council must do.");
    expect(ordered).toContain("The council issues the changed plan");
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
