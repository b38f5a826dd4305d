import { describe, expect, it } from "vitest";
import { data } from "react-router";
import { describeFailure, fail, failDownload, FAILURES, failureAsText, isFailure, isFileRouteFailure } from "./errors";

/** What the error boundary receives after React Router has caught a thrown value. */
function asRouteError(thrown: unknown) {
  const { data: body, init } = thrown as { data: unknown; init: { status: number } };
  return { status: init.status, statusText: "", internal: false, data: body };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

describe("fail", () => {
  it("throws the code with its status, which React Router reads as an error response", () => {
    const thrown = thrownBy(() => fail("not_found"));
    expect(isFailure(thrown)).toBe(true);
    expect(isFailure(thrown, "not_found")).toBe(true);
    expect(isFailure(thrown, "conflict")).toBe(false);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { code: "not_found" }, init: { status: 404 } });
  });

  it("answers a refusal of access as not found, so nobody learns a case exists", () => {
    const thrown = thrownBy(() => fail("forbidden"));
    expect(thrown).toMatchObject({ init: { status: 404 } });
    expect(describeFailure(asRouteError(thrown)).title).toBe("Page not found");
  });

  it("maps each code to its own status", () => {
    const statuses = Object.fromEntries(Object.entries(FAILURES).map(([code, facts]) => [code, facts.status]));
    expect(statuses).toEqual({
      not_found: 404,
      forbidden: 404,
      invalid: 400,
      refused: 403,
      wrong_method: 405,
      conflict: 409,
      too_large: 413,
      unreadable: 415,
      too_many: 429,
      unavailable: 503,
      failed: 500,
      file_unreadable: 500,
      storage_full: 507,
    });
  });

  it("is not confused with other thrown values", () => {
    expect(isFailure(new Error("x"))).toBe(false);
    expect(isFailure(new Response("Not Found", { status: 404 }))).toBe(false);
    expect(isFailure(data({ problem: "x" }, { status: 400 }))).toBe(false);
    expect(isFailure(data({ code: "no_such_code" }, { status: 400 }))).toBe(false);
  });
});

describe("describeFailure", () => {
  it("says a missing page inside a case in the case's words", () => {
    const error = asRouteError(thrownBy(() => fail("not_found")));
    expect(describeFailure(error)).toEqual({ status: 404, ...pick(FAILURES.not_found) });
    expect(describeFailure(error, { inCase: true }).body).toBe("This page was not found in this case. The link may be wrong, or the record may have been deleted.");
  });

  it("shows the sentence a failure carries, below 500 only", () => {
    expect(describeFailure(asRouteError(thrownBy(() => fail("invalid", "Choose read or comment")))).body).toBe("Choose read or comment");
    const server = describeFailure(asRouteError(thrownBy(() => fail("unavailable", "connection refused on 5432"))));
    expect(server).toEqual({ status: 503, title: "Sorry, something went wrong", body: "Nothing you saved before this has been lost. Try again in a few minutes." });
  });

  it("treats anything that is not an answer of ours as a server failure, never showing it", () => {
    expect(describeFailure(new Error("duplicate key value violates unique constraint"))).toEqual({ status: 500, ...pick(FAILURES.failed) });
  });

  it("describes answers by status when they carry no code (the form reader's 415, a thrown 405)", () => {
    expect(describeFailure({ status: 415, statusText: "", internal: false, data: { problem: "Send the form as a form." } })).toEqual({
      status: 415,
      title: "That form could not be read",
      body: "Send the form as a form.",
    });
    expect(describeFailure({ status: 405, statusText: "", internal: true, data: "Method Not Allowed" }).title).toBe("That cannot be done here");
  });
});

describe("file routes", () => {
  it("answer a failure with one plain sentence and its status", async () => {
    const response = failureAsText(404);
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Page not found. The page may have moved, the link may be wrong, or you may not have access to it.\n");
    expect(isFileRouteFailure(Response.json({ message: "Unexpected Server Error" }, { status: 404 }))).toBe(true);
    expect(isFileRouteFailure(new Response("%PDF-1.7", { headers: { "Content-Type": "application/pdf" } }))).toBe(false);
    expect(isFileRouteFailure(Response.json({ ok: true }))).toBe(false);
  });

  it("can stop a download with a code's own sentence, which a bare status would lose", async () => {
    const thrown = thrownBy(() => failDownload("file_unreadable"));
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(500);
    expect(isFileRouteFailure(response)).toBe(false);
    expect(await response.text()).toBe(`${FAILURES.file_unreadable.title}. ${FAILURES.file_unreadable.body}\n`);
    expect(await failureAsText(500).text()).toContain(FAILURES.failed.body);
  });
});

function pick(facts: { title: string; body: string }) {
  return { title: facts.title, body: facts.body };
}
