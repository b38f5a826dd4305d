// What the appeal form needs, as a list with where each thing is in the case and whether the case
// already has it. It is a list to read, not to tick: what is ready comes from the records.
import { Link } from "react-router";
import type { ChecklistItem } from "~/domain/tribunal/workspace";

const READY_TEXT = { ready: "Ready", missing: "Not yet" } as const;

export function AppealChecklist({ items, base }: { items: readonly ChecklistItem[]; base: string }) {
  return (
    <ul className="appeal-checklist">
      {items.map((item) => (
        <li key={item.text} className={item.isReady === true ? "appeal-checklist__ready" : item.isReady === false ? "appeal-checklist__missing" : undefined}>
          {item.isReady !== null ? <strong>{item.isReady ? READY_TEXT.ready : READY_TEXT.missing}: </strong> : null}
          {item.text}
          {item.link ? (
            <>
              {" "}
              <Link to={`${base}/${item.link.path}`}>{item.link.label}</Link>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
