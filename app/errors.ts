// The one failure convention (docs/decisions/021-one-failure-convention.md). Code that cannot do
// what was asked calls `fail(code)`; this file alone says which HTTP status each code answers
// with and what a person is told. A form a person can correct is not a failure: its errors go
// back to the form (app/forms/parse.ts) and never come through here.
import { data, isRouteErrorResponse } from "react-router";

type FailureFacts = {
  status: number;
  /** The page's heading and title. */
  title: string;
  /** One plain sentence: what happened and what to do. */
  body: string;
  /** Said instead inside a case, where the case's menu is still shown. */
  inCase?: string;
};

export const FAILURES = {
  /** Nothing here: a wrong address, a record that is not in this case. */
  not_found: {
    status: 404,
    title: "Page not found",
    body: "The page may have moved, the link may be wrong, or you may not have access to it.",
    inCase: "This page was not found in this case. The link may be wrong, or the record may have been deleted.",
  },
  /** Not yours to see or change. Answered as "not found", so nobody learns that it exists. */
  forbidden: {
    status: 404,
    title: "Page not found",
    body: "The page may have moved, the link may be wrong, or you may not have access to it.",
    inCase: "This page was not found in this case. The link may be wrong, or you may not have access to it.",
  },
  /** A request no form of ours sends (a form a person can correct answers with its own errors). */
  invalid: { status: 400, title: "Something in the request was not right", body: "Go back and try again." },
  /** Refused before it reached a page (a form from another site). */
  refused: { status: 403, title: "That was refused", body: "The form came from somewhere we did not expect. Go back, reload the page and try again." },
  wrong_method: { status: 405, title: "That cannot be done here", body: "Go back and try again." },
  /** It changed or exists already, so doing it again would be wrong. */
  conflict: { status: 409, title: "That has changed since you opened it", body: "Go back, reload the page and try again." },
  too_large: { status: 413, title: "That is too large", body: "Try a smaller file or shorter text." },
  unreadable: { status: 415, title: "That form could not be read", body: "Go back, reload the page and try again." },
  too_many: { status: 429, title: "Too many attempts", body: "Wait a few minutes and try again." },
  /** Something we depend on (the database, the file store) did not answer. */
  unavailable: {
    status: 503,
    title: "Sorry, something went wrong",
    body: "Nothing you saved before this has been lost. Try again in a few minutes.",
  },
  /** Anything else that went wrong on our side. */
  failed: {
    status: 500,
    title: "Sorry, something went wrong",
    body: "Nothing you saved before this has been lost. Try again in a few minutes.",
  },
  // Codes sharing a status with one above come after it: a bare status is described by the first.
  /**
   * A stored file did not pass its check when read back (decision 126): the storage key is not
   * the one it was saved with, or the file was changed on disk. Nothing of it is sent.
   */
  file_unreadable: {
    status: 500,
    title: "This file could not be opened",
    body: "Clearpath checks every file before it sends it. A file needed here did not pass that check, so nothing was sent. Please tell the person who runs this Clearpath.",
  },
  /** The file store has no room left (a full disk or a used-up quota): nothing of the upload was kept. */
  storage_full: {
    status: 507,
    title: "There is no room to save files",
    body: "Clearpath's file store is full, so nothing you sent was saved. Your other records are safe. Please tell the person who runs this Clearpath, then try again later.",
  },
} as const satisfies Record<string, FailureFacts>;

export type FailureCode = keyof typeof FAILURES;

/** What a failure carries to the error page: its code and, optionally, a sentence for this case. */
export type FailureBody = { code: FailureCode; problem?: string };

/**
 * Stops with a failure. It is thrown as React Router's `data()`, so a loader, an action or a data
 * function can throw it and the page's error boundary gets the right status. `problem` replaces
 * the code's sentence (below 500 only: a server failure never shows details).
 *
 * @example const found = await findMeeting(access, id) ?? fail("not_found");
 */
export function fail(code: FailureCode, problem?: string): never {
  throw data<FailureBody>(problem === undefined ? { code } : { code, problem }, { status: FAILURES[code].status });
}

/** Whether `error` is a failure thrown by `fail`, of `code` if given (for the few callers that recover). */
export function isFailure(error: unknown, code?: FailureCode): error is { data: FailureBody; init: { status: number } } {
  if (typeof error !== "object" || error === null || !("data" in error) || !("init" in error)) return false;
  const body = (error as { data: unknown }).data;
  if (typeof body !== "object" || body === null || !("code" in body) || typeof body.code !== "string" || !(body.code in FAILURES)) return false;
  return code === undefined || body.code === code;
}

const BY_STATUS = new Map<number, FailureFacts>();
for (const facts of Object.values(FAILURES) as FailureFacts[]) if (!BY_STATUS.has(facts.status)) BY_STATUS.set(facts.status, facts);

/** The sentence a refusal of ours carries (`{ problem }`); never the framework's own text, never for a 5xx. */
function findProblem(error: unknown): string | null {
  if (!isRouteErrorResponse(error) || error.status >= 500) return null;
  const body: unknown = error.data;
  if (typeof body !== "object" || body === null || !("problem" in body)) return null;
  return typeof body.problem === "string" ? body.problem : null;
}

/**
 * What to tell a person about `error` as the error page receives it: a title (also the page's
 * title) and a sentence. Anything that is not an answer of ours is a server failure (500).
 * `inCase`: the page is shown inside a case, with the case's menu.
 */
export function describeFailure(error: unknown, options: { inCase?: boolean } = {}): { status: number; title: string; body: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const body: unknown = isRouteErrorResponse(error) ? error.data : null;
  const code = typeof body === "object" && body !== null && "code" in body && typeof body.code === "string" && body.code in FAILURES ? (body.code as FailureCode) : null;
  const facts: FailureFacts = (code ? FAILURES[code] : BY_STATUS.get(status)) ?? FAILURES.failed;
  const problem = findProblem(error);
  const sentence = problem ?? (options.inCase && facts.inCase ? facts.inCase : facts.body);
  return { status, title: facts.title, body: sentence };
}

/**
 * A failure of a file route (a PDF, a spreadsheet, a calendar) as one plain sentence. React Router
 * answers those with its own JSON ("Unexpected Server Error" even for a 404); the root middleware
 * swaps that for this, keeping the status. Given a code, it says that code's sentence.
 */
export function failureAsText(statusOrCode: number | FailureCode): Response {
  const facts: FailureFacts = typeof statusOrCode === "number" ? (BY_STATUS.get(statusOrCode) ?? FAILURES.failed) : FAILURES[statusOrCode];
  const status = typeof statusOrCode === "number" ? statusOrCode : facts.status;
  return new Response(`${facts.title}. ${facts.body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

/**
 * Stops a file route (a download) with a failure that keeps its own sentence: the answer is thrown
 * as a finished plain-text response, which React Router passes on as it is. (A `fail()` there
 * reaches the person as its status's general sentence only.)
 */
export function failDownload(code: FailureCode): never {
  throw failureAsText(code);
}

/** Whether `response` is React Router's JSON answer to a file route that failed. */
export function isFileRouteFailure(response: Response): boolean {
  return response.status >= 400 && (response.headers.get("Content-Type") ?? "").startsWith("application/json");
}
