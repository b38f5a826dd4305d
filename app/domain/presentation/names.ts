// How Clearpath writes names for people: the opening of a letter or email, and a short name for
// the device a session was started on. Decision 023.

/** The person's name without a role after it: "Mrs Priya Shah, SENCO" → "Mrs Priya Shah". */
export const bareName = (name: string): string => name.split(/\s*[,(]/)[0]!.trim() || name.trim();

/** Titles that go before a surname in a greeting: "Dear Mrs Shah". */
const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lady|lord|rev|revd)\.?$/i;

/**
 * The name a letter greets: the title and surname when a title is given, otherwise the name as
 * written. A role after a comma or in brackets is not part of the name.
 *
 * Example: greetingName("Mrs Priya Shah, SENCO") === "Mrs Shah"; greetingName("Priya Shah")
 * === "Priya Shah"; greetingName("Dr A. Reed (paediatrician)") === "Dr Reed".
 */
export function greetingName(name: string): string {
  const bare = bareName(name);
  const words = bare.split(/\s+/);
  const [title] = words;
  if (words.length >= 3 && title && TITLES.test(title)) return `${title} ${words.at(-1)}`;
  return bare;
}

/**
 * The opening line of a letter or email: salutation("Mrs Priya Shah, SENCO") === "Dear Mrs Shah,";
 * with no name, the fallback: "Dear Sir or Madam," for a formal letter, "Hello," for an email.
 */
export function salutation(name: string | null | undefined, fallback: string): string {
  const trimmed = name?.trim();
  return trimmed ? `Dear ${greetingName(trimmed)},` : fallback;
}

/** A short, recognisable name for the device a session was started on: "Chrome on Windows". */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "A browser";
  const system = /iPhone|iPad/.test(userAgent)
    ? "iPhone or iPad"
    : /Android/.test(userAgent)
      ? "Android"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "Mac"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "an unknown system";
  return `${browser} on ${system}`;
}
