// The school-day letters over plain HTTP against the production build, as a browser with
// JavaScript off would use them: the letters page offers them; the review panel request will not
// be written until the parent says who arranges the panel (never guessed), and then goes to that
// body; a letter to the head suggests the head, not the SENCO.
import { beforeAll, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, createCaseOverHttp, signedUpClient } from "../support/http";

const baseUrl = workerBaseUrl();

let client: Client;
let caseId: string;

/** The page as a person reads it: tags out, the few entities React writes turned back. */
function readable(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/<!-- -->/g, "")
    .replace(/\s+/g, " ");
}

async function page(path: string): Promise<string> {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return readable(await response.text());
}

beforeAll(async () => {
  ({ client } = await signedUpClient(baseUrl, "Jo Hale"));
  caseId = await createCaseOverHttp(client, "Robin Hale");
});

describe("the school-day letters", () => {
  it("are offered on the letters page, each with when to use it", async () => {
    const html = await page(`/cases/${caseId}/letters`);
    for (const label of [
      "Tell the head your child was sent home without a formal exclusion",
      "Ask the head for the written notice of an exclusion",
      "Give the governors your views on an exclusion",
      "Ask for an independent review of a permanent exclusion",
      "Ask for full-time education from the sixth day of an exclusion",
      "Ask the council to arrange education while your child is out of school",
      "Ask about a part-time timetable: its plan, review and end date",
      "Ask for the school's record of restraint or seclusion",
      "Ask for support first with attendance",
    ])
      expect(html).toContain(label);
  });

  it("suggest the head teacher for a letter to the head", async () => {
    const response = await client.get(`/cases/${caseId}/letters?kind=informal_exclusion_concern`);
    const raw = await response.text();
    const html = readable(raw);
    expect(html).toContain("What happened, and when");
    expect(html).toContain("The head teacher's name, from your child's contacts");
    expect(raw).toMatch(/name="recipientAddress"[^>]*>The head teacher<\/textarea>/);
  });

  it("refuse a review panel request until the parent says who arranges the panel, then write it to that body", async () => {
    const form = await page(`/cases/${caseId}/letters?kind=review_panel_request`);
    expect(form).toContain("Who arranges the review panel?");
    expect(form).toContain("Use the address in the governors' decision letter");

    // The form posts to its own address, as a page with JavaScript off does.
    const refused = await client.post(`/cases/${caseId}/letters?kind=review_panel_request`, {
      intent: "create",
      kind: "review_panel_request",
    });
    expect(refused.status).toBe(400);
    const refusedText = readable(await refused.text());
    expect(refusedText).toContain(
      'Choose an answer to "Who arranges the review panel?" from the list',
    );

    const written = await client.post(`/cases/${caseId}/letters`, {
      intent: "create",
      kind: "review_panel_request",
      "option.arrangedBy": "trust",
      recipientAddress: "Oak Academy Trust",
    });
    expect(written.status).toBe(302);
    const letter = readable(await (await client.follow(written)).text());
    expect(letter).toContain("I ask the academy trust to arrange an independent review panel");
    expect(letter).toContain("I also ask for an SEN expert to attend the panel");
    // The letter itself states no time to ask (the page's law panel quotes the catalogue, with its status).
    const text = letter.slice(letter.indexOf("How it reads"), letter.indexOf("Download as Word"));
    expect(text).toContain("a late request may not be accepted");
    expect(text).not.toMatch(/school days/);
  });
});
