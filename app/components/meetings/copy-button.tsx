// Copies the text of a field to the clipboard, and says so. Shown only where JavaScript runs; the
// text can always be selected and copied by hand.
import { useState } from "react";
import { useIsHydrated } from "./use-hydrated";

export function CopyButton({ fieldId, label }: { fieldId: string; label: string }) {
  const isHydrated = useIsHydrated();
  const [message, setMessage] = useState("");
  if (!isHydrated) return null;
  async function copy() {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      setMessage("Copied. You can paste it into your email.");
    } catch {
      // The clipboard can be refused (permissions, an old browser): select the text instead.
      field.focus();
      field.select();
      setMessage(
        "Copying did not work here. The text is selected: copy it with your keyboard or menu.",
      );
    }
  }
  return (
    <p className="copy-button">
      <button type="button" className="secondary" onClick={copy}>
        {label}
      </button>{" "}
      <span role="status" className="copy-button__status">
        {message}
      </span>
    </p>
  );
}
