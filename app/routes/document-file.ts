// The original file of a document, decrypted and checked whole before its first byte is sent
// (decision 126: a file that fails its check answers 500 with a plain sentence, never 200). Uploads are hostile input, so the
// answer never lets a browser run them: by default it is a download (Content-Disposition:
// attachment); only a PDF or a picture may be shown in the browser (?inline=1), and then in a
// sandbox with nothing allowed to load (a PDF without the sandbox, which would stop its viewer).
// Its type is the one found from its content when it was uploaded, and nosniff stops the browser
// guessing another. This policy replaces the app's page policy (server/app.ts).
import type { RouteHandle } from "~/route-meta";
import type { Route } from "./+types/document-file";
import { openCase } from "~/auth/case-route.server";
import { openDocumentFile } from "~/data/documents.server";
import { INLINE_MEDIA_TYPES } from "~/services/uploads/detect-type.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Documents: one record", section: "evidence" } };

/** The file's name for Content-Disposition: an ASCII stand-in, and the real name in UTF-8 (RFC 6266, RFC 8187). */
function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7E]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "read");
  const file = await openDocumentFile(access, params.documentId);
  if (!file) fail("not_found");
  const isInline =
    new URL(request.url).searchParams.get("inline") === "1" &&
    INLINE_MEDIA_TYPES.has(file.mediaType);
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type":
        file.mediaType === "text/plain" ? "text/plain; charset=utf-8" : file.mediaType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(isInline ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Nothing in the file may load or run anything. A PDF shown in the browser needs its viewer,
      // which a sandbox would block, so it gets the same policy without the sandbox.
      "Content-Security-Policy": isInline && file.mediaType === "application/pdf" ? "default-src 'none'; object-src 'self'; frame-ancestors 'none'" : "sandbox; default-src 'none'; frame-ancestors 'none'",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
    },
  });
}
