// With JavaScript, the tags the classifier would suggest, shown live as the parent writes. Without
// it, nothing is shown here and the suggested tags appear on the entry after saving.
import { useSyncExternalStore } from "react";
import { AREA_INFO } from "~/domain/areas-of-need";
import { suggestDiaryTags } from "~/domain/progress/diary-tags";

export function TagSuggestion({ text }: { text: string }) {
  // False while rendering on the server and hydrating, true after: no mismatch, no extra effect.
  const isHydrated = useSyncExternalStore(subscribeToNothing, isOnClient, isOnServer);
  if (!isHydrated) return null;
  const tags = suggestDiaryTags(text);
  return (
    <p className="hint" aria-live="polite">
      {text.trim() === ""
        ? "As you write, we suggest which areas of need this is about."
        : tags.length > 0
          ? `Suggested tags: ${tags.map((area) => AREA_INFO[area].label).join(", ")}. You can change them after saving.`
          : "No tags suggested yet. You can add them after saving."}
    </p>
  );
}

const subscribeToNothing = () => () => {};
const isOnClient = () => true;
const isOnServer = () => false;
