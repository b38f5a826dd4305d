// A Print button where JavaScript runs; without it, a hint to use the browser's own Print command.
import { useIsHydrated } from "./use-hydrated";

export function PrintButton({ label = "Print this page" }: { label?: string }) {
  const isHydrated = useIsHydrated();
  if (!isHydrated)
    return (
      <p className="hint no-print">
        To print this page or save it as a PDF, use your browser's Print command.
      </p>
    );
  return (
    <p className="no-print">
      <button type="button" className="secondary" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  );
}
