// The Content-Security-Policy nonce, handed from the server entry to the page shell. In the
// browser it is empty: scripts are already on the page by then.
import { createContext, useContext } from "react";

export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
