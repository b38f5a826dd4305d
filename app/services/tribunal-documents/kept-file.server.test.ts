import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/support/db";
import { createChildCase, createParent } from "../../../tests/factories";
import { createAppealDocumentVersions } from "../../../tests/factories/appeal-writing";
import { createAppeal } from "../../../tests/factories/tribunal";
import { requireCaseAccess } from "~/auth/access.server";
import { isFailure } from "~/errors";
import { keptFileResponse } from "./kept-file.server";

useTestDatabase();

async function appealWithTwoVersions() {
  const owner = await createParent();
  const access = await requireCaseAccess(owner, await createChildCase(owner), "own");
  const { id } = await createAppeal(access);
  await createAppealDocumentVersions(access, id, "Robin", "2026-09-01");
  await createAppealDocumentVersions(access, id, "Robin", "2026-09-08");
  return { access, appealId: id };
}

const at = (query: string) => new URL(`http://localhost/download${query}`);

/** The failure code a download fails with, or null when it gives a file. */
async function failureOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (isFailure(error)) return error.data.code;
    throw error;
  }
}

describe("downloading a kept version", () => {
  it("gives the version asked for, named by its number and date, and the latest when none is asked for", async () => {
    const { access, appealId } = await appealWithTwoVersions();
    const first = await keptFileResponse(access, appealId, at("?version=1"), { kind: "working_document", format: "docx" });
    expect(first.headers.get("Content-Disposition")).toBe('attachment; filename="working-document-v1-2026-09-01.docx"');
    expect(first.headers.get("Cache-Control")).toBe("private, no-store");
    const latest = await keptFileResponse(access, appealId, at(""), { kind: "witness_statement", format: "pdf" });
    expect(latest.headers.get("Content-Type")).toBe("application/pdf");
    expect(latest.headers.get("Content-Disposition")).toBe('attachment; filename="witness-statement-v2-2026-09-08.pdf"');
  });

  it("is not found for a version that was never kept, a number that is not one, or another appeal's id", async () => {
    const { access, appealId } = await appealWithTwoVersions();
    const statement = { kind: "witness_statement", format: "docx" } as const;
    expect(await failureOf(keptFileResponse(access, appealId, at("?version=3"), statement))).toBe("not_found");
    expect(await failureOf(keptFileResponse(access, appealId, at("?version=0"), statement))).toBe("not_found");
    expect(await failureOf(keptFileResponse(access, appealId, at("?version=1.5"), statement))).toBe("not_found");
    const other = await appealWithTwoVersions();
    expect(await failureOf(keptFileResponse(access, other.appealId, at("?version=1"), statement))).toBe("not_found");
  });
});
