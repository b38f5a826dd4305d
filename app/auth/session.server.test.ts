import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./session.server";

describe("safeRedirectPath", () => {
  it("keeps a clean path on this site, with its query and fragment", () => {
    expect(safeRedirectPath("/cases/8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d/needs?edit=1#top")).toBe(
      "/cases/8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d/needs?edit=1#top",
    );
    expect(safeRedirectPath("/")).toBe("/");
  });

  it.each([
    ["a tab that browsers drop, leaving //evil.example", "/\t/evil.example"],
    ["a line break", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["a space", "/ /evil.example"],
    ["a protocol-relative address", "//evil.example"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a backslash later on", "/cases\\..\\..\\evil"],
    ["a full address", "https://evil.example/"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "cases"],
    ["an emoji that cannot go in a header", "/cases/😀"],
    ["a path too long for a header", `/${"a".repeat(5000)}`],
  ])("refuses %s", (_label, to) => {
    expect(safeRedirectPath(to)).toBe("/cases");
    expect(safeRedirectPath(to, "/")).toBe("/");
  });

  it("falls back when there is no path, or a file instead of one", () => {
    expect(safeRedirectPath(null)).toBe("/cases");
    expect(safeRedirectPath(undefined)).toBe("/cases");
    expect(safeRedirectPath(new File(["/cases"], "x.txt"))).toBe("/cases");
  });
});
