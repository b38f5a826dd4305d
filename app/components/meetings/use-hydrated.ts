// Whether the page's JavaScript is running: false on the server and while hydrating, true after,
// so a control that needs JavaScript (Print, Copy) appears only when it will work.
import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};
const isOnClient = () => true;
const isOnServer = () => false;

export function useIsHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, isOnClient, isOnServer);
}
