// Issue 16: an imported archive can carry comments and notes "by" any name. They are shown as
// "imported: <name>", never as a person of this Clearpath.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { createChildCase, createParent } from "../../tests/factories";
import { requireCaseAccess } from "~/auth/access.server";
import { exportCaseArchive, importCaseArchive } from "./case-archive.server";
import { addComment, addNote, importedAuthorName, listAllComments, listComments, listNotes } from "./comments.server";

useTestDatabase();

describe("authors of imported comments and notes", () => {
  it("are named 'imported: <name>', whatever name the archive gives", async () => {
    const parent = await createParent({ name: "Robin Original" });
    const access = await requireCaseAccess(parent, await createChildCase(parent), "own");
    await addComment(access, parent, { page: "needs", pageTitle: "Needs", body: "A real comment" });
    await addNote(access, parent, { heldOn: "2026-03-02", title: "Session", body: "Notes", share: true });

    // The archive is changed to make a comment look like it came from the service itself.
    const entries = unzipSync(await exportCaseArchive(access, new Date("2026-03-02T12:00:00Z")));
    const manifest = JSON.parse(strFromU8(entries["clearpath-case.json"]!));
    manifest.records.comments.push({ ...manifest.records.comments[0], id: crypto.randomUUID(), authorName: "Clearpath Support Team", body: "Your account is locked" });
    entries["clearpath-case.json"] = strToU8(JSON.stringify(manifest));

    const importer = await createParent({ name: "Sam Importer" });
    const result = await importCaseArchive(importer, zipSync(entries));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const imported = await requireCaseAccess(importer, result.caseId, "own");
    expect((await listAllComments(imported)).map((c) => c.authorName).sort()).toEqual(["imported: Clearpath Support Team", "imported: Robin Original"]);
    expect((await listComments(imported, "needs")).every((c) => c.authorId === null)).toBe(true);
    expect((await listNotes(imported)).map((n) => n.authorName)).toEqual(["imported: Robin Original"]);
    // The original case is unchanged, and a comment written after the import is the person's own.
    expect((await listAllComments(access)).map((c) => c.authorName)).toEqual(["Robin Original"]);
    await addComment(imported, importer, { page: "needs", pageTitle: "Needs", body: "Mine" });
    expect((await listComments(imported, "needs")).map((c) => c.authorName)).toContain("Sam Importer");
  });

  it("are marked once, even when a case is exported and imported again", () => {
    expect(importedAuthorName("Jordan Blake")).toBe("imported: Jordan Blake");
    expect(importedAuthorName("imported: Jordan Blake")).toBe("imported: Jordan Blake");
  });
});
