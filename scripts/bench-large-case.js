// The benchmark's large case: scripts/seed-large-case.ts of the build under test (five years,
// fifteen cycles, 2,000 sessions, 500 measures, 300 diary entries), then, through HTTP as a person
// would, 300 documents, an EHC plan, the statutory events, 30 letters and emails, and an appeal
// against the plan whose evidence bundle holds 30 reports of 10 pages (300 numbered pages, made as
// scripts/bench-bundle.js makes its own), so the same case can be made on any build. Lists the
// heavy pages the benchmark measures, and the bundle whose PDF it times.
import { spawn } from "node:child_process";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { addReportsToBundle, uploadReports } from "./bench-bundle.js";
import { getPage, post } from "./durability-core.js";

const DOCUMENTS = 300;
const FILES_PER_UPLOAD = 20;
// Every tenth document is a small PDF, read in the worker like a real report; the rest are text.
const PDF_EVERY = 10;
const CORRESPONDENCE = 30;
// Writes on a loaded machine, with the text extraction of twenty files, can be slow.
const WRITE_TIMEOUT_MS = 300_000;
const READ_TIMEOUT_MS = 120_000;
export const SEARCH_QUERY = "reading";
/**
 * Other words the large case holds, for searches never made before (search results are kept per
 * case state and words): the first twelve warm the search up, the other twelve are measured.
 */
export const WARM_UP_SEARCHES = ["spelling", "handwriting", "listening", "attention", "friendships", "transitions", "lunchtimes", "homework", "comprehension", "vocabulary", "timetable", "assembly"];
export const OTHER_SEARCHES = ["speech", "school", "maths", "session", "therapy", "writing", "support", "group", "phonics", "home", "review", "anxious"];

/**
 * Runs the build's own scripts/seed-large-case.ts against a database no server holds, and
 * returns the new case's id.
 *
 * @param {{ root: string, dataDir: string, databaseUrl?: string }} options
 * @returns {Promise<string>}
 */
export async function seedLargeCase({ root, dataDir, databaseUrl }) {
  const child = spawn("npx", ["tsx", "scripts/seed-large-case.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  const caseId = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !/^[0-9a-f-]{36}$/.test(caseId)) {
    throw new Error(`Seeding the large case in ${root} failed (code ${code}):\n${stderr}`);
  }
  return caseId;
}

// A small seeded generator, so every run and every build gets the same documents.
/** @param {number} seed */
function makeRandom(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ["reading", "spelling", "handwriting", "maths", "phonics", "listening", "attention", "friendships", "transitions", "lunchtimes", "homework", "comprehension", "working memory", "vocabulary"];
const VERBS = ["finds", "struggles with", "is making progress in", "needs support with", "avoids", "enjoys", "is anxious about", "copes well with"];
const SUPPORTS = ["a visual timetable", "small group phonics three times a week", "a quiet space to go to", "ear defenders in assembly", "precision teaching for ten minutes a day", "speech and language therapy", "a sensory circuit before lessons", "a reading buddy"];
const WHO = ["The class teacher", "A teaching assistant", "The SENCO", "The educational psychologist", "The speech and language therapist", "The occupational therapist"];
const KINDS = ["Educational psychology report", "Speech and language therapy report", "School support plan", "Annual review paperwork", "Email from the SENCO", "Letter from the council", "School report", "Meeting notes"];

/** @param {() => number} random */
function writeParagraph(random) {
  /** @param {string[]} items */
  const pick = (items) => items[Math.floor(random() * items.length)];
  return Array.from({ length: 6 }, () =>
    random() < 0.5
      ? `${pick(WHO)} reports that Riley ${pick(VERBS)} ${pick(SUBJECTS)}.`
      : `It is recommended that Riley has ${pick(SUPPORTS)} to help with ${pick(SUBJECTS)}.`,
  ).join(" ");
}

/** @param {number} n @param {() => number} random */
function writeDocumentText(n, random) {
  const kind = KINDS[n % KINDS.length];
  const year = 2021 + (n % 5);
  const paragraphs = Array.from({ length: 5 }, () => writeParagraph(random));
  return `${kind}\n\nDate: ${1 + (n % 27)} ${["March", "June", "October"][n % 3]} ${year}\n\n${paragraphs.join("\n\n")}\n`;
}

/** A two-page PDF of the same kind of text. @param {string} text */
async function makePdf(text) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const words = text.replace(/\s+/g, " ").split(" ");
  for (let pageNumber = 0; pageNumber < 2; pageNumber += 1) {
    const page = pdf.addPage([595, 842]);
    for (let line = 0; line < 30; line += 1) {
      const start = (pageNumber * 30 + line) * 12;
      page.drawText(words.slice(start, start + 12).join(" ") || ".", { x: 50, y: 790 - line * 22, size: 10, font });
    }
  }
  return Buffer.from(await pdf.save());
}

/** @param {Response} response @param {string} what */
function expectRedirect(response, what) {
  if (response.status !== 302 && response.status !== 303) {
    throw new Error(`${what} answered ${response.status} instead of a redirect`);
  }
  return response.headers.get("location") ?? "";
}

/**
 * Uploads the 300 documents, twenty files to a form, as a person choosing a folder of papers would.
 *
 * @param {{ baseUrl: string, cookie: string, caseId: string }} options
 */
async function uploadDocuments({ baseUrl, cookie, caseId }) {
  const random = makeRandom(20261206);
  for (let first = 0; first < DOCUMENTS; first += FILES_PER_UPLOAD) {
    const form = new FormData();
    for (let n = first; n < Math.min(DOCUMENTS, first + FILES_PER_UPLOAD); n += 1) {
      const text = writeDocumentText(n, random);
      const isPdf = n % PDF_EVERY === PDF_EVERY - 1;
      const file = isPdf
        ? new Blob([await makePdf(text)], { type: "application/pdf" })
        : new Blob([text], { type: "text/plain" });
      form.append("files", file, `document-${String(n + 1).padStart(3, "0")}.${isPdf ? "pdf" : "txt"}`);
    }
    form.append("source", "professional");
    const response = await fetch(`${baseUrl}/cases/${caseId}/documents`, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { Cookie: cookie, Origin: baseUrl },
      signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    const location = expectRedirect(response, "An upload of documents");
    if (!location.includes("uploaded=")) throw new Error(`An upload of documents went to ${location}`);
  }
}

/** @param {string} iso yyyy-mm-dd @param {string} name */
function dateFields(iso, name) {
  const [year, month, day] = iso.split("-");
  return { [`${name}.day`]: String(Number(day)), [`${name}.month`]: String(Number(month)), [`${name}.year`]: year ?? "" };
}

const STATUTORY_EVENTS = [
  ["ehcna_request_received", "2022-01-10"],
  ["ehcna_agreed", "2022-02-21"],
  ["ehcp_agreed", "2022-05-30"],
  ["draft_plan_issued", "2022-06-13"],
  ["draft_plan_comments_sent", "2022-06-24"],
  ["final_plan_issued", "2022-07-18"],
  ["annual_review_meeting", "2023-06-12"],
  ["annual_review_decision_issued", "2023-07-03"],
  ["annual_review_meeting", "2024-06-10"],
  ["amendment_notice_issued", "2024-07-01"],
  ["amendment_comments_sent", "2024-07-12"],
  ["amended_plan_issued", "2024-09-02"],
  ["annual_review_meeting", "2025-06-09"],
  ["annual_review_decision_issued", "2025-06-30"],
];

/** A final EHC plan with every section, many outcomes and provision lines. */
function writePlanText() {
  const random = makeRandom(7);
  const lines = ["Section A: Views, interests and aspirations", "Riley likes Lego, swimming and drawing maps.", "Riley wants to have friends and to read well.", ""];
  lines.push("Section B: Special educational needs", "Cognition and learning");
  for (let n = 0; n < 12; n += 1) lines.push(`- Riley ${VERBS[n % VERBS.length]} ${SUBJECTS[n % SUBJECTS.length]}.`);
  lines.push("Social, emotional and mental health");
  for (let n = 0; n < 8; n += 1) lines.push(`- Riley becomes worried during ${SUBJECTS[(n + 3) % SUBJECTS.length]}.`);
  lines.push("", "Section E: Outcomes");
  for (let n = 0; n < 16; n += 1) lines.push(`- By July 2027 Riley will ${["read", "write", "take part in", "manage"][n % 4]} ${SUBJECTS[n % SUBJECTS.length]} with less help.`);
  lines.push("", "Section F: Special educational provision");
  for (let n = 0; n < 30; n += 1) {
    lines.push(
      n % 3 === 0
        ? `- Access to ${SUPPORTS[n % SUPPORTS.length]} as appropriate.`
        : `- ${SUPPORTS[n % SUPPORTS.length]}, ${1 + (n % 4)} times a week for 30 minutes, delivered by a trained teaching assistant, reviewed each term. ${writeParagraph(random).slice(0, 120)}`,
    );
  }
  lines.push("", "Section I: Placement", "Longfield Academy", "", "Section K: Advice and information", "Educational psychology advice, March 2022");
  return lines.join("\n");
}

/**
 * Starts an appeal against the latest plan decision the appeals page offers (Section F, after
 * mediation) and fills its bundle with 30 reports of 10 pages, marked as sent; returns the
 * bundle's path, or null for a build without appeals.
 *
 * @param {{ baseUrl: string, cookie: string, caseId: string }} options
 * @returns {Promise<string | null>}
 */
export async function addAppeal({ baseUrl, cookie, caseId }) {
  const here = `/cases/${caseId}`;
  const appeals = await getPage(baseUrl, `${here}/appeals`, cookie, { isMissingAllowed: true, timeoutMs: READ_TIMEOUT_MS });
  const start = new RegExp(`href="(${here}/appeals/new\\?decision=[0-9a-f-]{36})"`).exec(appeals)?.[1];
  if (!start) return null;
  await uploadReports({ baseUrl, cookie, caseId });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const fields = { sections: "F", wantsRecommendations: "no", mediation: "certificate_after_mediation", ...dateFields(yesterday, "mediationCertificateOn") };
  const appealPath = expectRedirect(await post(baseUrl, start.replace(/&amp;/g, "&"), fields, cookie, { timeoutMs: WRITE_TIMEOUT_MS }), "Starting the appeal").split("?")[0] ?? "";
  await addReportsToBundle({ baseUrl, cookie, bundlePath: `${appealPath}/bundle` });
  return `${appealPath}/bundle`;
}

/**
 * Adds the documents, the plan, the statutory events, the correspondence and the appeal through
 * the forms, and returns the plan's id and the appeal's bundle path (null for a build without
 * appeals). A statutory event the build refuses is skipped, not fatal: the case is still large.
 *
 * @param {{ baseUrl: string, cookie: string, caseId: string }} options
 * @returns {Promise<{ planId: string, refusedEvents: number, bundlePath: string | null }>}
 */
export async function fillLargeCase({ baseUrl, cookie, caseId }) {
  const here = `/cases/${caseId}`;
  const options = { timeoutMs: WRITE_TIMEOUT_MS };
  await uploadDocuments({ baseUrl, cookie, caseId });
  const planResponse = await post(
    baseUrl,
    `${here}/plans`,
    { intent: "create", stage: "final", title: "Final plan, July 2022", text: writePlanText(), ...dateFields("2022-07-18", "issuedOn") },
    cookie,
    options,
  );
  const planId = /plans\/([0-9a-f-]{36})/.exec(expectRedirect(planResponse, "Adding the plan"))?.[1];
  if (!planId) throw new Error("Adding the plan did not lead to the plan's page");
  let refusedEvents = 0;
  for (const [type, date] of STATUTORY_EVENTS) {
    const response = await post(baseUrl, `${here}/statutory`, { intent: "add", type: type ?? "", ...dateFields(date ?? "", "date") }, cookie, options);
    if (response.status !== 302 && response.status !== 303) refusedEvents += 1;
  }
  for (let n = 0; n < CORRESPONDENCE; n += 1) {
    const isSent = n % 2 === 0;
    const day = new Date(Date.UTC(2021, 9, 1) + n * 20 * 86_400_000).toISOString().slice(0, 10);
    const response = await post(
      baseUrl,
      `${here}/correspondence`,
      {
        intent: "add",
        direction: isSent ? "sent" : "received",
        channel: n % 3 === 0 ? "letter" : "email",
        from: isSent ? "Riley's parent" : "The SEN team",
        to: isSent ? "The SEN team" : "Riley's parent",
        subject: `${isSent ? "Question" : "Answer"} about Riley's support, number ${n + 1}`,
        body: writeParagraph(makeRandom(n)),
        ...dateFields(day, "date"),
      },
      cookie,
      options,
    );
    expectRedirect(response, "Adding a letter or email");
  }
  return { planId, refusedEvents, bundlePath: await addAppeal({ baseUrl, cookie, caseId }) };
}

/**
 * The heavy pages of the large case, by name, and /healthz.
 *
 * @param {{ baseUrl: string, cookie: string, caseId: string, planId: string }} options
 * @returns {Promise<Array<{ name: string, path: string }>>}
 */
export async function listHeavyPages({ baseUrl, cookie, caseId, planId }) {
  const here = `/cases/${caseId}`;
  const support = await getPage(baseUrl, `${here}/support`, cookie, { timeoutMs: READ_TIMEOUT_MS });
  const cycleId = new RegExp(`${here}/support/([0-9a-f-]{36})`).exec(support)?.[1];
  if (!cycleId) throw new Error("The support page lists no cycle");
  return [
    { name: "dashboard", path: here },
    { name: "timeline", path: `${here}/timeline` },
    { name: "search", path: `${here}/search?q=${SEARCH_QUERY}` },
    { name: "statutory", path: `${here}/statutory` },
    { name: "plan review", path: `${here}/plans/${planId}` },
    { name: "health check", path: `${here}/health` },
    { name: "audit", path: `${here}/audit` },
    { name: "documents", path: `${here}/documents` },
    { name: "delivery log", path: `${here}/support/${cycleId}/delivery` },
    { name: "progress", path: `${here}/progress` },
    { name: "diary", path: `${here}/diary` },
    { name: "correspondence", path: `${here}/correspondence` },
    { name: "/healthz", path: "/healthz" },
  ];
}
