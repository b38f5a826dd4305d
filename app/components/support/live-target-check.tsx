// With JavaScript, the target check runs as the parent types (the check is pure, so it runs in the
// browser too). Without it, the check appears on the page after the target is saved.
import { useState, type ReactNode } from "react";
import { checkTarget } from "~/domain/targets/check-target";
import { TargetCheckResult } from "./checks";

export function LiveTargetCheck({
  children,
  initialText,
}: {
  children: ReactNode;
  initialText: string;
}) {
  const [text, setText] = useState<string | null>(null);
  const current = (text ?? initialText).trim();
  return (
    <div
      onInput={(event) => {
        const field = event.target as HTMLTextAreaElement;
        if (field.name === "text") setText(field.value);
      }}
    >
      {children}
      <div aria-live="polite" className="live-check">
        {text !== null && current.length > 10 ? (
          <TargetCheckResult check={checkTarget(current)} />
        ) : null}
      </div>
    </div>
  );
}
