// A Print button where the browser can run it, and a sentence saying how to print where it
// cannot (JavaScript off): the server always renders the sentence, the browser swaps it once the
// page is live.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function PrintButton({ label = "Print" }: { label?: string }) {
  const isLive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!isLive) return <p className="hint">To print, use your browser&apos;s Print command (Ctrl and P, or ⌘ and P on a Mac).</p>;
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
