// How Clearpath writes names for people: the opening of a letter or email, and a short name for
// the device a session was started on. Decision 023.

/**
 * The opening line of a letter or email: salutation("Mrs Shah") === "Dear Mrs Shah,"; with no
 * name, the fallback: "Dear Sir or Madam," for a formal letter, "Hello," for an email.
 */
export function salutation(name: string | null | undefined, fallback: string): string {
  const trimmed = name?.trim();
  return trimmed ? `Dear ${trimmed},` : fallback;
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
