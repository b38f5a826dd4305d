import { describe, expect, it } from "vitest";
import { isCasePagePath } from "./comments";

describe("isCasePagePath", () => {
  it("accepts the pages comments sit under", () => {
    for (const page of [
      "",
      "needs",
      "needs/communication_interaction",
      "support/8d0c5a0e-4a8e-4c39-9d7b-1f1c2a3b4c5d",
      "audit.csv",
    ]) {
      expect(isCasePagePath(page), page).toBe(true);
    }
  });

  it("refuses what could not go safely into a redirect", () => {
    for (const page of [
      "needs😀",
      "needs\r\nSet-Cookie: x=1",
      "/evil.example",
      "needs//x",
      "../../evil",
      "needs/./x",
      "a".repeat(301),
      "needs?x=1",
      "needs#x",
      "needs\\x",
    ]) {
      expect(isCasePagePath(page), page).toBe(false);
    }
  });
});
