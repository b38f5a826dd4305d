import { describe, expect, it } from "vitest";
import { addressLines, composeLetter, letterAsText, splitParagraphs } from "./compose-letter";

describe("splitParagraphs", () => {
  it("splits at blank lines and keeps single line breaks as lines", () => {
    expect(splitParagraphs("One.\n\nTwo:\n• a\n• b\n\n\nThree.")).toEqual([
      ["One."],
      ["Two:", "• a", "• b"],
      ["Three."],
    ]);
  });

  it("treats Windows line ends and lines of spaces as breaks, and drops empty paragraphs", () => {
    expect(splitParagraphs("\r\n\r\nOne.  \r\n   \r\nTwo.\r\n\r\n")).toEqual([["One."], ["Two."]]);
    expect(splitParagraphs("")).toEqual([]);
  });
});

describe("composeLetter", () => {
  it("greets a named reader and signs off sincerely", () => {
    const letter = composeLetter({
      recipientName: " Mr Dev Patel ",
      senderName: "Jo Hale",
      subject: " Request ",
      body: "First.\n\nSecond.",
    });
    expect(letter).toEqual({
      from: ["Jo Hale"],
      to: ["Mr Dev Patel"],
      greeting: "Dear Mr Dev Patel,",
      subject: "Request",
      paragraphs: [["First."], ["Second."]],
      signOff: "Yours sincerely,",
      signature: "Jo Hale",
    });
  });

  it("writes to Sir or Madam, faithfully, when there is no name", () => {
    const letter = composeLetter({
      recipientName: "  ",
      senderName: null,
      subject: "Request",
      body: "First.",
    });
    expect(letter.greeting).toBe("Dear Sir or Madam,");
    expect(letter.signOff).toBe("Yours faithfully,");
    expect(letter.signature).toBeNull();
  });
});

describe("addresses", () => {
  it("reads an address on several lines, or with commas on one", () => {
    expect(addressLines("12 Oak Road\r\n\r\n Leeds ")).toEqual(["12 Oak Road", "Leeds"]);
    expect(addressLines("12 Oak Road, Leeds, LS1 1AA")).toEqual([
      "12 Oak Road",
      "Leeds",
      "LS1 1AA",
    ]);
    expect(addressLines(null)).toEqual([]);
  });

  it("puts the name above the address, and leaves out what is empty", () => {
    const letter = composeLetter({
      senderName: "Jo Hale",
      senderAddress: "12 Oak Road, Leeds",
      recipientName: null,
      recipientAddress: "Hill Top Primary",
      subject: "S",
      body: "B",
    });
    expect(letter.from).toEqual(["Jo Hale", "12 Oak Road", "Leeds"]);
    expect(letter.to).toEqual(["Hill Top Primary"]);
  });
});

describe("letterAsText", () => {
  it("sets the letter out as plain text", () => {
    expect(
      letterAsText({
        recipientName: "Ms Lee",
        senderName: "Jo Hale",
        subject: "Request",
        body: "First.\n\nA list:\n• one",
      }),
    ).toBe("Dear Ms Lee,\n\nRequest\n\nFirst.\n\nA list:\n• one\n\nYours sincerely,\nJo Hale");
  });
});
