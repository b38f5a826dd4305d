// Values each request carries through middleware, loaders and actions.
import { createContext } from "react-router";

export type RequestInfo = {
  /** The Content-Security-Policy nonce for this response's scripts. */
  nonce: string;
  /** Ties log lines for one request together. */
  requestId: string;
  /** The client's network address, used only for rate limiting (never logged). */
  clientAddress: string;
};

export const requestInfoContext = createContext<RequestInfo>({
  nonce: "",
  requestId: "",
  clientAddress: "unknown",
});

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  /** A member of the advice organisation, who must use a second factor. */
  orgRole?: "adviser" | "admin" | null;
  hasTwoFactor?: boolean;
};

/** The signed-in user, resolved once per request by the root middleware; null when signed out. */
export const userContext = createContext<SignedInUser | null>(null);

/**
 * Today's date in England ("YYYY-MM-DD", Europe/London), resolved once per request by the root
 * middleware from the app's clock, so every loader and action of one request sees the same day.
 * It has no default: reading it outside a request is a mistake and throws.
 */
export const todayContext = createContext<string>();
