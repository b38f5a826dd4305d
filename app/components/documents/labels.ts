// How a document's kind of file is named on the page (where its date came from: app/domain/codes/documents.ts).

const KINDS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "image/png": "Picture (PNG)",
  "image/jpeg": "Photo (JPEG)",
  "image/gif": "Picture (GIF)",
  "image/webp": "Picture (WebP)",
  "image/heic": "Photo (HEIC)",
  "image/heif": "Photo (HEIF)",
  "text/plain": "Text",
  "message/rfc822": "Saved email",
};

/** "PDF", "Word document", "Saved email"… for a stored media type. */
export function describeFileKind(mediaType: string): string {
  return KINDS[mediaType] ?? "File";
}

/** Pictures a browser can draw on the page itself (HEIC mostly cannot be). */
export function isPreviewablePicture(mediaType: string): boolean {
  return ["image/png", "image/jpeg", "image/gif", "image/webp"].includes(mediaType);
}
