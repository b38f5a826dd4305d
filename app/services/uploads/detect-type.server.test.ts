import { describe, expect, it } from "vitest";
import {
  EXE,
  GIF_1X1,
  HTML_PAGE,
  makeDocx,
  makeEmail,
  makeJpegHeader,
  makePdf,
  makeXlsx,
  makeZip,
  PNG_1X1,
  SVG_IMAGE,
  WEBP_1X1,
} from "../../../tests/fixtures/documents/make";
import {
  detectDocumentType,
  looksLikeEmail,
  looksLikeMarkup,
  refusedTypeMessage,
} from "./detect-type.server";

const text = (value: string) => Buffer.from(value, "utf8");

describe("detectDocumentType", () => {
  it("recognises a PDF", async () => {
    expect(await detectDocumentType(await makePdf())).toBe("application/pdf");
  });

  it("recognises a Word file, even when its parts are not first in the zip", async () => {
    expect(await detectDocumentType(await makeDocx(["Hello"]))).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
  });

  it("recognises pictures", async () => {
    expect(await detectDocumentType(PNG_1X1)).toBe("image/png");
    expect(await detectDocumentType(makeJpegHeader())).toBe("image/jpeg");
    expect(await detectDocumentType(GIF_1X1)).toBe("image/gif");
    expect(await detectDocumentType(WEBP_1X1)).toBe("image/webp");
  });

  it("takes UTF-8 text as plain text", async () => {
    expect(
      await detectDocumentType(
        text("Notes from the meeting with Mrs Shah — 12 March 2026. £5 trip."),
      ),
    ).toBe("text/plain");
    expect(await detectDocumentType(text("\uFEFFText with a byte-order mark"))).toBe("text/plain");
  });

  it("takes text with email headers as a saved email", async () => {
    expect(await detectDocumentType(text(makeEmail()))).toBe("message/rfc822");
  });

  it("takes a saved email with an HTML body as an email", async () => {
    expect(
      await detectDocumentType(text(makeEmail({ html: "<html><body><p>Hello</p></body></html>" }))),
    ).toBe("message/rfc822");
  });

  it("refuses programs, spreadsheets and other archives", async () => {
    expect(await detectDocumentType(EXE)).toBeNull();
    expect(await detectDocumentType(makeXlsx())).toBeNull();
    expect(await detectDocumentType(makeZip([{ name: "a.txt", data: text("hello") }]))).toBeNull();
  });

  it("refuses web pages, SVG and XML, however they start", async () => {
    for (const page of [
      HTML_PAGE,
      SVG_IMAGE,
      "<?xml version='1.0'?><svg/>",
      "  \n\t<HTML><body>x</body></HTML>",
      "\uFEFF<script>alert(1)</script>",
      "<!-- a comment --><p>x</p>",
      "<iframe src=x>",
      "<body onload=alert(1)>",
      "<a href=x>link</a>",
      "<svg/onload=alert(1)>",
    ]) {
      expect(await detectDocumentType(text(page)), page).toBeNull();
    }
  });

  it("keeps text that only mentions markup later on", async () => {
    expect(
      await detectDocumentType(text("The school website said:\n<html> is how pages start.")),
    ).toBe("text/plain");
    expect(await detectDocumentType(text("<3 from Sam"))).toBe("text/plain");
  });

  it("refuses text that is not UTF-8 or has NULs (UTF-16, Latin-1, binary)", async () => {
    expect(await detectDocumentType(Buffer.from("Hello", "utf16le"))).toBeNull();
    expect(await detectDocumentType(Buffer.from("Trip costs \xa35", "latin1"))).toBeNull();
    expect(await detectDocumentType(Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
  });

  it("refuses an empty file", async () => {
    expect(await detectDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it("takes a damaged PDF for a PDF: it is kept, and its text reading fails with a note", async () => {
    expect(await detectDocumentType(text("%PDF-1.7\ngarbage after the header"))).toBe(
      "application/pdf",
    );
    expect(await detectDocumentType((await makePdf()).subarray(0, 500))).toBe("application/pdf");
  });
});

describe("looksLikeMarkup", () => {
  it("sees a doctype in any case after white space", () => {
    expect(looksLikeMarkup("\n  <!DocType html>")).toBe(true);
  });
  it("does not see markup in ordinary text", () => {
    expect(looksLikeMarkup("Dear Mrs Shah, <b is not a tag")).toBe(false);
    expect(looksLikeMarkup("a < b and b > c")).toBe(false);
  });
});

describe("looksLikeEmail", () => {
  it("needs a block of headers with From and another email header, then a blank line", () => {
    expect(looksLikeEmail("From: a@example.com\nSubject: Hi\n\nBody")).toBe(true);
    expect(
      looksLikeEmail(
        "Received: from x\n  by y\nFrom: a@example.com\nDate: Tue, 10 Mar 2026\r\n\r\nBody",
      ),
    ).toBe(true);
  });
  it("is not fooled by text that starts with 'From:'", () => {
    expect(looksLikeEmail("From: my notes\nWe talked about reading.\n\nMore")).toBe(false);
    expect(looksLikeEmail("From: a@example.com\n\nBody")).toBe(false);
    expect(looksLikeEmail("Subject: x\nTo: y\n\nBody")).toBe(false);
  });
});

describe("refusedTypeMessage", () => {
  it("names the file and says what to use", () => {
    expect(refusedTypeMessage("budget.xlsx")).toBe(
      "budget.xlsx is not a file type Clearpath keeps: use PDF, Word, an image, plain text or a saved email.",
    );
  });
});
