// Renders each page on the server. Pages are rendered whole before sending (onAllReady) so they
// work the same with JavaScript off; the CSP nonce goes on every script the framework writes.
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import type { EntryContext, RouterContextProvider } from "react-router";
import { isRouteErrorResponse, ServerRouter } from "react-router";
import { renderToPipeableStream } from "react-dom/server";
import { requestInfoContext } from "~/context";
import { NonceContext } from "~/components/nonce";
import { describeError, log } from "~/services/log.server";

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const { nonce, requestId } = loadContext.get(requestInfoContext);

  return new Promise((resolve, reject) => {
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          pipe(body);
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (!request.signal.aborted) log("error", "render failed", { requestId, error: describeError(error) });
        },
      },
    );
    // The client has gone or the time limit has passed (app/services/back-pressure.server.ts):
    // stop rendering a page nobody will read.
    request.signal.addEventListener("abort", () => abort(), { once: true });
  });
}

/**
 * Errors in loaders, actions and rendering, logged as one JSON line without query parameters,
 * like those Express sees (answerUnexpectedError in server/app.ts).
 */
export function handleError(error: unknown, { request, context }: { request: Request; context: Readonly<RouterContextProvider> }) {
  if (request.signal.aborted) return;
  // What we answered on purpose (a 404, a refused form) is not an error of ours; a 5xx is.
  if (error instanceof Response || (isRouteErrorResponse(error) && error.status < 500)) return;
  log("error", "unhandled error", {
    requestId: context.get(requestInfoContext).requestId,
    method: request.method,
    path: new URL(request.url).pathname,
    error: describeError(error),
  });
}
