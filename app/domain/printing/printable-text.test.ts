import { describe, expect, it } from "vitest";
import { findUnprintable, listTexts, toPrintableText } from "./printable-text";

// A small stand-in for a font: printable ASCII, "é", "ł" and the ellipsis.
const PRINTABLE = new Set([...Array.from({ length: 95 }, (_, i) => 32 + i), 0xe9, 0x142, 0x2026]);

describe("toPrintableText", () => {
  it("leaves text the font holds as it is", () => {
    expect(toPrintableText("Zoé Mickiewicz… ł", PRINTABLE)).toBe("Zoé Mickiewicz… ł");
  });

  it("writes a letter the font lacks as its plain letter when it has one", () => {
    expect(toPrintableText("Dvořák", PRINTABLE)).toBe("Dvorak");
    expect(toPrintableText("ﬁsh", PRINTABLE)).toBe("fish");
  });

  it("joins a letter and its separate accent into the one letter first", () => {
    expect(toPrintableText("Zoe\u0301", PRINTABLE)).toBe("Zoé");
  });

  it("puts a bracketed note, never a question mark, in place of emoji", () => {
    expect(toPrintableText("Sam 😀 is happy", PRINTABLE)).toBe("Sam [emoji] is happy");
  });

  it("makes one note for a run of emoji, including joined and skin-toned ones", () => {
    expect(toPrintableText("👨‍👩‍👧 👍🏽 ❤️!", PRINTABLE)).toBe("[emoji]!");
  });

  it("makes one note for a run of words in one script, keeping the spaces around it", () => {
    expect(toPrintableText("Name: مرحبا بكم (Arabic)", PRINTABLE)).toBe(
      "Name: [Arabic script] (Arabic)",
    );
  });

  it("names each script in its own note", () => {
    expect(toPrintableText("שלום 你好 नमस्ते 😀", PRINTABLE)).toBe(
      "[Hebrew script] [Chinese, Japanese or Korean characters] [Devanagari script] [emoji]",
    );
  });

  it("notes Arabic or an Indic script even when the font holds its letters, as they cannot be laid out", () => {
    const withDevanagari = new Set(
      [...PRINTABLE, ..."नमस्तेسلام"].map((char) =>
        typeof char === "string" ? char.codePointAt(0)! : char,
      ),
    );
    expect(toPrintableText("नमस्ते سلام", withDevanagari)).toBe(
      "[Devanagari script] [Arabic script]",
    );
  });

  it("turns tabs and other spaces into plain spaces and drops invisible characters", () => {
    expect(toPrintableText("a\tb\u3000c\u200bd\u0007e", PRINTABLE)).toBe("a b cde");
  });

  it("notes a character of no named script, or a letter with no plain form, as other characters", () => {
    expect(toPrintableText("2 ♞ 3", PRINTABLE)).toBe("2 [other characters] 3");
    expect(toPrintableText("Łukasz", PRINTABLE)).toBe("[other characters]ukasz");
  });

  it("never writes a question mark that was not typed", () => {
    const typed = "Zoë 😀 سلام Ştefan Ω Д ✓ 𝐀 \u{10FFFF}";
    expect(toPrintableText(typed, PRINTABLE)).not.toContain("?");
  });
});

describe("findUnprintable", () => {
  it("finds nothing when every character prints", () => {
    expect(findUnprintable(["Zoé", null, undefined, ""], PRINTABLE)).toEqual([]);
  });

  it("lists each kind once, in the order found", () => {
    expect(
      findUnprintable(["Hi 😀", "سلام", "again 🙂"], PRINTABLE).map((kind) => kind.label),
    ).toEqual(["emoji", "Arabic script"]);
  });

  it("gives the note the PDF shows for each kind", () => {
    expect(findUnprintable(["😀"], PRINTABLE)).toEqual([{ label: "emoji", marker: "[emoji]" }]);
  });

  it("does not count a letter that prints as its plain letter", () => {
    expect(findUnprintable(["Dvořák"], PRINTABLE)).toEqual([]);
  });
});

describe("listTexts", () => {
  it("collects every string inside nested objects and arrays", () => {
    expect(
      listTexts({
        name: "Sam",
        count: 3,
        lines: [{ what: "Reading", note: null }],
        when: new Date(0),
      }),
    ).toEqual(["Sam", "Reading"]);
  });
});
