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
      greeting: "Dear Mr Patel,",
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

describe("greetings", () => {
  it("greets by title and surname when a title is given, leaving out a role", () => {
    const greet = (recipientName: string) =>
      composeLetter({ recipientName, senderName: null, subject: "S", body: "B" }).greeting;
    expect(greet("Mrs Priya Shah, SENCO")).toBe("Dear Mrs Shah,");
    expect(greet("Dr A. Reed (paediatrician)")).toBe("Dear Dr Reed,");
    expect(greet("Ms Lee")).toBe("Dear Ms Lee,");
    expect(greet("Priya Shah")).toBe("Dear Priya Shah,");
    expect(greet("The SEND team")).toBe("Dear The SEND team,");
  });

  it("keeps the full name and role above the address", () => {
    const letter = composeLetter({ recipientName: "Mrs Priya Shah, SENCO", recipientAddress: "Riverside Primary School", senderName: null, subject: "S", body: "B" });
    expect(letter.to).toEqual(["Mrs Priya Shah, SENCO", "Riverside Primary School"]);
  });
});

describe("addresses", () => {
  it("writes each line once: an address that repeats the name or a line is not doubled", () => {
    const letter = composeLetter({
      senderName: "Alex Morgan",
      senderAddress: "Alex Morgan\n4 Mill Lane\n4 Mill Lane,\nLeeds",
      recipientName: "Mrs Priya Shah, SENCO",
      recipientAddress: "Mrs Priya Shah\nRiverside Primary School\nriverside primary school\nLeeds",
      subject: "S",
      body: "B",
    });
    expect(letter.from).toEqual(["Alex Morgan", "4 Mill Lane", "Leeds"]);
    expect(letter.to).toEqual(["Mrs Priya Shah, SENCO", "Riverside Primary School", "Leeds"]);
  });

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
