import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildEmailMessage, encodeHeaderText, formatEmailAsText } from "./email-message";

/** Splits a message into its header lines (unfolded) and its decoded body. */
function readMessage(message: string) {
  const [head = "", encodedBody = ""] = message.split("\r\n\r\n");
  const headers = head.replace(/\r\n /g, " ").split("\r\n");
  const bytes = Uint8Array.from(atob(encodedBody.replace(/\r\n/g, "")), (c) => c.charCodeAt(0));
  return { head, headers, body: new TextDecoder().decode(bytes) };
}

/** Decodes RFC 2047 encoded words back to text, as a mail program would. */
function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_, b64: string) =>
    new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))),
  );
}

describe("buildEmailMessage", () => {
  it("writes a plain-text draft with its headers and a base64 body", () => {
    const message = buildEmailMessage({
      to: "senco@school.example",
      subject: "Our meeting",
      body: "Hello",
    });
    expect(message).toBe(
      "To: senco@school.example\r\nSubject: Our meeting\r\nX-Unsent: 1\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8=\r\n",
    );
  });

  it("keeps the body exactly, with CRLF line ends, whatever it holds", () => {
    const body =
      "Dear Ms Patel,\n\nTo: someone@else.example\n.\nFrom the meeting – Zoë’s plan\r\nBcc: x@y.example";
    const { body: decoded, headers } = readMessage(
      buildEmailMessage({ to: "a@b.example", subject: "S", body }),
    );
    expect(decoded).toBe(body.replace(/\r\n/g, "\n").replace(/\n/g, "\r\n"));
    expect(headers.some((h) => h.startsWith("Bcc"))).toBe(false);
  });

  it("wraps the body's base64 at 76 characters", () => {
    const message = buildEmailMessage({ to: "a@b.example", subject: "S", body: "x".repeat(500) });
    const bodyLines = message.split("\r\n\r\n")[1]!.trimEnd().split("\r\n");
    expect(bodyLines.length).toBeGreaterThan(1);
    for (const line of bodyLines) expect(line.length).toBeLessThanOrEqual(76);
  });

  it("does not let a typed line break add a header", () => {
    const message = buildEmailMessage({
      to: "a@b.example\r\nBcc: spy@evil.example",
      subject: "Hi\r\nBcc: spy@evil.example\nX-Other: 1",
      body: "",
    });
    const { headers } = readMessage(message);
    expect(headers.filter((h) => /^(Bcc|X-Other):/i.test(h))).toEqual([]);
    expect(headers[0]).toBe("To: a@b.exampleBcc:spy@evil.example");
    expect(headers[1]).toBe("Subject: Hi Bcc: spy@evil.example X-Other: 1");
  });

  it("never has a header line that is not a header, for any subject and address", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 200 }),
        (subject, to, body) => {
          const { head } = readMessage(buildEmailMessage({ to, subject, body }));
          const lines = head.split("\r\n");
          const names = lines
            .filter((line) => !line.startsWith(" "))
            .map((line) => line.split(":")[0]);
          expect(names).toEqual([
            "To",
            "Subject",
            "X-Unsent",
            "MIME-Version",
            "Content-Type",
            "Content-Transfer-Encoding",
          ]);
          for (const line of lines) {
            expect(line.length).toBeLessThanOrEqual(998);
            // Only the To line can hold what was typed as it is; it never holds a non-ASCII byte
            // from the subject, and no line carries a bare CR or LF.
            expect(line).not.toMatch(/[\r\n]/);
          }
        },
      ),
    );
  });
});

describe("encodeHeaderText", () => {
  it("leaves plain ASCII as it is", () => {
    expect(encodeHeaderText("Our meeting on 20 October")).toBe("Our meeting on 20 October");
  });

  it("encodes other characters as UTF-8 encoded words", () => {
    expect(encodeHeaderText("Zoë")).toBe("=?UTF-8?B?Wm/Dqw==?=");
  });

  it("folds a long subject into encoded words of at most 75 characters that each decode alone", () => {
    const subject =
      "Our meeting on Tuesday 20 October 2026: what we agreed about Zoë’s support – 😀 and more words";
    const encoded = encodeHeaderText(subject);
    const words = encoded.split("\r\n ");
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(() => decodeWords(word)).not.toThrow();
      expect(decodeWords(word)).not.toContain("\uFFFD");
    }
    expect(decodeWords(encoded.replace(/\r\n /g, ""))).toBe(subject);
  });

  it("round-trips any text, with control characters as spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const expected = text
          // eslint-disable-next-line no-control-regex -- control characters are what is tested
          .replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, " ")
          .replace(/ {2,}/g, " ")
          .trim();
        expect(decodeWords(encodeHeaderText(text).replace(/\r\n /g, ""))).toBe(expected);
      }),
    );
  });
});

describe("formatEmailAsText", () => {
  it("writes the recipient, subject and body as plain text", () => {
    expect(
      formatEmailAsText({ to: "a@b.example", subject: "Hi\nthere", body: "Hello\r\n\r\nJo\n\n" }),
    ).toBe("To: a@b.example\nSubject: Hi there\n\nHello\n\nJo\n");
  });
});
