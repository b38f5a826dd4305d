// What a PDF can print of the text a family typed: given the characters the embedded fonts hold,
// finds the ones they cannot print, names their kind in plain words ("emoji", "Arabic script") and
// writes a bracketed note such as "[emoji]" in their place, never a "?".

/** A kind of character a PDF here cannot print, named for people. */
export type UnprintableKind = {
  /** Plain words for a sentence: "emoji", "Arabic script". */
  label: string;
  /** What the PDF shows in their place: "[emoji]", "[Arabic script]". */
  marker: string;
};

/** The characters the PDF's fonts can draw, by code point. */
export type PrintableCharacters = ReadonlySet<number>;

function kind(label: string): UnprintableKind {
  return { label, marker: `[${label}]` };
}

const EMOJI = kind("emoji");
const OTHER = kind("other characters");

// Scripts named on their own, most common first among families in England. pdf-lib draws letters
// one after another: it cannot join Arabic letters, put right-to-left text in order, or place the
// vowel signs of Indic and Thai scripts, so those (`needsLayout`) are noted even where a font
// holds their letters (Noto Sans holds Devanagari).
const SCRIPTS: Array<{ pattern: RegExp; kind: UnprintableKind; needsLayout: boolean }> = [
  { pattern: /\p{Script=Arabic}/u, kind: kind("Arabic script"), needsLayout: true },
  { pattern: /\p{Script=Hebrew}/u, kind: kind("Hebrew script"), needsLayout: true },
  {
    pattern:
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u,
    kind: kind("Chinese, Japanese or Korean characters"),
    needsLayout: false,
  },
  { pattern: /\p{Script=Devanagari}/u, kind: kind("Devanagari script"), needsLayout: true },
  { pattern: /\p{Script=Bengali}/u, kind: kind("Bengali script"), needsLayout: true },
  { pattern: /\p{Script=Gurmukhi}/u, kind: kind("Gurmukhi script"), needsLayout: true },
  { pattern: /\p{Script=Gujarati}/u, kind: kind("Gujarati script"), needsLayout: true },
  { pattern: /\p{Script=Tamil}/u, kind: kind("Tamil script"), needsLayout: true },
  { pattern: /\p{Script=Telugu}/u, kind: kind("Telugu script"), needsLayout: true },
  { pattern: /\p{Script=Kannada}/u, kind: kind("Kannada script"), needsLayout: true },
  { pattern: /\p{Script=Malayalam}/u, kind: kind("Malayalam script"), needsLayout: true },
  { pattern: /\p{Script=Sinhala}/u, kind: kind("Sinhala script"), needsLayout: true },
  { pattern: /\p{Script=Thai}/u, kind: kind("Thai script"), needsLayout: true },
  {
    pattern:
      /[\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u,
    kind: kind("other scripts"),
    needsLayout: true,
  },
  { pattern: /\p{Script=Ethiopic}/u, kind: kind("Ethiopic script"), needsLayout: false },
  { pattern: /\p{Script=Armenian}/u, kind: kind("Armenian script"), needsLayout: false },
  { pattern: /\p{Script=Georgian}/u, kind: kind("Georgian script"), needsLayout: false },
];
const NEEDS_LAYOUT = SCRIPTS.filter((script) => script.needsLayout).map((script) => script.pattern);
/** Below Hebrew (U+0590) every script is laid out letter by letter: Latin, Greek, Cyrillic, Armenian. */
const FIRST_LAID_OUT = 0x0590;

const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
// Pieces that only build an emoji (joiner, variation selectors, skin tones, tags, keycap): they
// belong to the emoji beside them and print nothing alone.
const EMOJI_PART = /\u200d|\ufe0e|\ufe0f|\u20e3|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}]/u;
// Invisible formatting (zero-width space, direction marks, byte-order mark) and control
// characters: nothing to print.
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;
// Any other space (a tab, a line break left in, an ideographic space) prints as a plain space.
const SPACE = /\s/u;
const COMBINING_MARK = /\p{M}/gu;

type Piece = { text: string } | { kind: UnprintableKind };

function kindOf(char: string): UnprintableKind {
  if (PICTOGRAPH.test(char)) return EMOJI;
  return SCRIPTS.find((script) => script.pattern.test(char))?.kind ?? OTHER;
}

function canPrint(char: string, printable: PrintableCharacters): boolean {
  const codePoint = char.codePointAt(0)!;
  if (!printable.has(codePoint)) return false;
  return codePoint < FIRST_LAID_OUT || !NEEDS_LAYOUT.some((pattern) => pattern.test(char));
}

function isPrintable(text: string, printable: PrintableCharacters): boolean {
  for (const char of text) if (!canPrint(char, printable)) return false;
  return true;
}

/**
 * A character's closest printable form: itself, its compatibility form ("ﬁ" is "fi", a
 * full-width "Ａ" is "A"), or its plain letter without accents; null when it has none.
 */
function printableForm(char: string, printable: PrintableCharacters): string | null {
  if (canPrint(char, printable)) return char;
  const compatible = char.normalize("NFKD");
  if (compatible !== char && isPrintable(compatible, printable)) return compatible.normalize("NFC");
  const plain = compatible.replace(COMBINING_MARK, "");
  return plain !== "" && plain !== char && isPrintable(plain, printable) ? plain : null;
}

/**
 * Splits text into what prints and runs of what does not, one run per kind: the spaces between
 * two words of Arabic stay inside the one run, so "مرحبا بكم" is one "[Arabic script]".
 */
function splitPrintable(text: string, printable: PrintableCharacters): Piece[] {
  const pieces: Piece[] = [];
  let pendingSpace = "";
  const last = () => pieces[pieces.length - 1];
  const addText = (value: string) => {
    const previous = last();
    if (previous && "text" in previous) previous.text += value;
    else pieces.push({ text: value });
  };
  for (const typed of text.normalize("NFC")) {
    const char = SPACE.test(typed) && !printable.has(typed.codePointAt(0)!) ? " " : typed;
    const previous = last();
    if (
      EMOJI_PART.test(char) &&
      previous &&
      "kind" in previous &&
      previous.kind === EMOJI &&
      !pendingSpace
    )
      continue;
    const form = printableForm(char, printable);
    if (form !== null) {
      if (char === " " && previous && "kind" in previous) pendingSpace += char;
      else {
        addText(pendingSpace + form);
        pendingSpace = "";
      }
      continue;
    }
    if (INVISIBLE.test(char) || EMOJI_PART.test(char)) continue;
    const found = kindOf(char);
    if (previous && "kind" in previous && previous.kind === found) {
      pendingSpace = "";
      continue;
    }
    if (pendingSpace) addText(pendingSpace);
    pendingSpace = "";
    pieces.push({ kind: found });
  }
  if (pendingSpace) addText(pendingSpace);
  return pieces;
}

/**
 * The text as a PDF can print it: each run of characters the fonts cannot print becomes a
 * bracketed note of its kind.
 *
 * @example toPrintableText("Sam 😀 سلام", printable) // "Sam [emoji] [Arabic script]"
 */
export function toPrintableText(text: string, printable: PrintableCharacters): string {
  return splitPrintable(text, printable)
    .map((piece) => ("text" in piece ? piece.text : piece.kind.marker))
    .join("");
}

/**
 * The kinds of character in these texts that a PDF cannot print, each once, in the order found;
 * empty when everything prints.
 *
 * @example findUnprintable(["Zoë Łukasiewicz", "🙂"], printable) // [{ label: "emoji", marker: "[emoji]" }]
 */
export function findUnprintable(
  texts: Iterable<string | null | undefined>,
  printable: PrintableCharacters,
): UnprintableKind[] {
  const found = new Map<string, UnprintableKind>();
  for (const text of texts) {
    if (!text || isPrintable(text, printable)) continue;
    for (const piece of splitPrintable(text, printable))
      if ("kind" in piece) found.set(piece.kind.label, piece.kind);
  }
  return [...found.values()];
}

/**
 * Every string inside a value (objects, arrays, nested), for checking all the text that goes into
 * a document without listing its fields twice.
 *
 * @example listTexts({ name: "Sam", lines: [{ what: "Reading" }] }) // ["Sam", "Reading"]
 */
export function listTexts(value: unknown): string[] {
  const texts: string[] = [];
  const visit = (item: unknown) => {
    if (typeof item === "string") texts.push(item);
    else if (Array.isArray(item)) item.forEach(visit);
    else if (item && typeof item === "object" && !(item instanceof Date))
      Object.values(item).forEach(visit);
  };
  visit(value);
  return texts;
}
