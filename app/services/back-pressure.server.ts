// Back-pressure for one process (docs/decisions/109-back-pressure.md): a limit on requests in
// progress, a short queue with a time limit, a time limit per request, and work dropped when its
// client has gone. Beyond the limits the answer is 503 with Retry-After, before any work starts.
import type { Request, RequestHandler, Response } from "express";
import { log } from "./log.server";

export type BackPressureLimits = {
  /** Requests worked on at once. */
  maxInProgress: number;
  /** Requests that may wait for a turn; one more is answered 503 at once. */
  maxWaiting: number;
  /** How long a request may wait for its turn, in milliseconds. */
  waitMs: number;
  /** How long a request may take to prepare its answer once it has arrived whole, in milliseconds. */
  timeLimitMs: number;
};

/** What a 503 tells the client: try again after this many seconds. */
export const RETRY_AFTER_SECONDS = 5;

const controllers = new WeakMap<Response, AbortController>();

/**
 * The request's abort signal: aborted when its client goes before the answer is finished, or
 * when its time limit passes. React Router's `request.signal` is this signal (server/app.ts).
 */
export function requestSignal(res: Response): AbortSignal {
  return controllerFor(res).signal;
}

function controllerFor(res: Response): AbortController {
  let controller = controllers.get(res);
  if (!controller) {
    const created = new AbortController();
    controller = created;
    controllers.set(res, created);
    // "close" after "finish" is the normal end of a response; before it, the client has gone.
    res.once("close", () => {
      if (!res.writableFinished) created.abort(new Error("The client went away"));
    });
  }
  return controller;
}

/**
 * The limiter, one per process. Mount it after the liveness and readiness checks and before
 * anything that works on a request, so static files and /healthz are never held behind it.
 */
export function backPressure(limits: BackPressureLimits): RequestHandler & { counts: () => { inProgress: number; waiting: number } } {
  let inProgress = 0;
  const waiting: Array<() => void> = [];

  function release() {
    inProgress -= 1;
    // A waiter whose client has gone has already left the queue (see below), so each one taken
    // here starts; the loop only guards against one that finished in between.
    while (inProgress < limits.maxInProgress && waiting.length > 0) waiting.shift()!();
  }

  function begin(req: Request, res: Response, next: () => void) {
    // A request whose client has gone is not started.
    if (res.destroyed || res.writableEnded || req.socket.destroyed) return;
    inProgress += 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isReleased = false;
    res.once("close", () => {
      if (isReleased) return;
      isReleased = true;
      clearTimeout(timer);
      release();
    });
    const startClock = () => {
      if (!isReleased) timer = setTimeout(() => onTimeLimit(req, res), limits.timeLimitMs);
    };
    // An upload's time on the wire is the sender's, not the server's work: count from its end.
    if (hasUnreadBody(req)) req.once("end", startClock);
    else startClock();
    next();
  }

  function onTimeLimit(req: Request, res: Response) {
    // Once the answer has begun (a download on a slow line), sending it is paced by the client.
    if (res.headersSent) return;
    // A write that has started may already be saved: let it finish, so that its answer says so
    // truthfully, rather than answer 503 for something that was kept.
    if (req.method !== "GET" && req.method !== "HEAD") {
      log("warn", "request over its time limit", { requestId: res.locals.requestId as string, method: req.method, path: req.path });
      return;
    }
    controllerFor(res).abort(new Error("The request took too long"));
    log("warn", "request stopped at its time limit", { requestId: res.locals.requestId as string, path: req.path, limitMs: limits.timeLimitMs });
    refuse(req, res, "This page took too long to prepare, so it was stopped. Please try again in a few seconds.");
  }

  const middleware: RequestHandler = (req, res, next) => {
    controllerFor(res);
    if (inProgress < limits.maxInProgress && waiting.length === 0) return begin(req, res, next);
    if (waiting.length >= limits.maxWaiting) return refuse(req, res, busyMessage(req));
    const leave = () => {
      const at = waiting.indexOf(turn);
      if (at >= 0) waiting.splice(at, 1);
      clearTimeout(waitTimer);
      res.off("close", leave);
    };
    const turn = () => {
      leave();
      begin(req, res, next);
    };
    const waitTimer = setTimeout(() => {
      leave();
      refuse(req, res, busyMessage(req));
    }, limits.waitMs);
    // Queued work whose client has gone is dropped from the queue at once.
    res.once("close", leave);
    waiting.push(turn);
  };
  return Object.assign(middleware, { counts: () => ({ inProgress, waiting: waiting.length }) });
}

function busyMessage(req: Request): string {
  const isWrite = req.method !== "GET" && req.method !== "HEAD";
  return `Clearpath is busy just now. Please try again in a few seconds.${isWrite ? " What you sent was not saved, so please send it again." : ""}`;
}

function refuse(req: Request, res: Response, message: string) {
  if (res.headersSent || res.destroyed) return;
  res.status(503).set({ "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" });
  // Do not read an upload that will not be used: close the connection after the answer.
  if (hasUnreadBody(req)) res.set("Connection", "close");
  res.type("text/plain; charset=utf-8").send(message);
}

function hasUnreadBody(req: Request): boolean {
  if (req.complete || req.readableEnded) return false;
  const length = req.headers["content-length"];
  return length !== undefined ? Number(length) > 0 : req.headers["transfer-encoding"] !== undefined;
}
