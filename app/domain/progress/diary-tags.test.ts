import { describe, expect, it } from "vitest";
import { suggestDiaryTags } from "./diary-tags";

describe("suggestDiaryTags", () => {
  it("suggests the area a clear note is about", () => {
    expect(suggestDiaryTags("Covered his ears in assembly because it was too loud")).toEqual([
      "sensory_physical",
    ]);
  });

  it("suggests more than one area when the note is about more than one", () => {
    const tags = suggestDiaryTags(
      "Cried before school, worried about the spelling test. Still can't read the words.",
    );
    expect(tags).toContain("semh");
    expect(tags).toContain("cognition_learning");
  });

  it("suggests nothing for a note with no sign of need", () => {
    expect(suggestDiaryTags("We went to the park on Sunday.")).toEqual([]);
  });
});
