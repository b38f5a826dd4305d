// A plain-text email as a file (.eml, RFC 5322 with MIME) that a mail program opens as a draft,
// so the parent can send an email drafted here from their own account.
//
// Every header value comes from what a person typed, so it is made safe here, not trusted: line
// breaks and other control characters are removed (a line break in a header would let typed text
// add headers of its own: "header injection"), a subject with any character outside printable
// ASCII is sent as RFC 2047 encoded words, and the body is base64, so no line of it can be read
// as a header or a boundary whatever it contains.

export type EmailMessageInput = {
  /** One email address; the form has already checked it is one. */
  to: string;
  subject: string;
  body: string;
};

const CRLF = "\r\n";
/** RFC 2047: an encoded word is at most 75 characters; 45 bytes make 60 base64 characters, plus 12 around them. */
const ENCODED_WORD_BYTES = 45;
/** RFC 2045: base64 lines are at most 76 characters. */
const BASE64_LINE = 76;

/**
 * The message as text with CRLF line ends.
 *
 * Example: buildEmailMessage({ to: "senco@school.example", subject: "Our meeting", body: "Hello" })
 * starts "To: senco@school.example\r\nSubject: Our meeting\r\n", says "X-Unsent: 1" (open as a
 * draft), and ends with the body in base64: "SGVsbG8=".
 */
export function buildEmailMessage({ to, subject, body }: EmailMessageInput): string {
  const headers = [
    `To: ${stripControls(to).replace(/\s+/g, "")}`,
    `Subject: ${encodeHeaderText(subject)}`,
    "X-Unsent: 1",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
  ];
  const normalisedBody = body.replace(/\r\n?/g, "\n").replace(/\n/g, CRLF);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${wrap(toBase64(new TextEncoder().encode(normalisedBody)), BASE64_LINE).join(CRLF)}${CRLF}`;
}

/**
 * Header text made safe: control characters become spaces; plain ASCII stays as it is; anything
 * else becomes UTF-8 base64 encoded words, folded onto continuation lines.
 *
 * Example: encodeHeaderText("Zoë") === "=?UTF-8?B?Wm/Dqw==?=".
 */
export function encodeHeaderText(text: string): string {
  const clean = stripControls(text).replace(/ {2,}/g, " ").trim();
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  const encoder = new TextEncoder();
  const words: string[] = [];
  let chunk = "";
  // Split between characters, never inside one: each word must decode on its own.
  for (const character of clean) {
    if (encoder.encode(chunk + character).length > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = "";
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${toBase64(encoder.encode(word))}?=`).join(`${CRLF} `);
}

/**
 * The same email as plain text, for keeping or pasting: "To: …", "Subject: …", a blank line, the body.
 *
 * Example: formatEmailAsText({ to: "a@b.example", subject: "Hi", body: "Hello" }) === "To: a@b.example\nSubject: Hi\n\nHello\n".
 */
export function formatEmailAsText({ to, subject, body }: EmailMessageInput): string {
  return `To: ${stripControls(to).trim()}\nSubject: ${stripControls(subject).trim()}\n\n${body.replace(/\r\n?/g, "\n").trimEnd()}\n`;
}

function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, " ");
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let start = 0; start < text.length; start += width)
    lines.push(text.slice(start, start + width));
  return lines.length > 0 ? lines : [""];
}
