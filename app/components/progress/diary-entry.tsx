// One home diary entry: the date, what the parent saw (with the words a search matched marked),
// its tags, and a form to change the tags or remove the entry.
import { Form } from "react-router";
import { formatDate } from "~/domain/presentation";
import { AREA_INFO, AREAS_OF_NEED, type AreaOfNeed } from "~/domain/areas-of-need";

/**
 * Splits text marked by the search (`start` … `end` round each match) into plain text and <mark>s.
 * React escapes every piece, so nothing the parent typed is ever read as HTML.
 */
export function HighlightedText({
  text,
  start,
  end,
}: {
  text: string;
  start: string;
  end: string;
}) {
  const pieces = text.split(start).flatMap((chunk, index) => {
    if (index === 0) return [{ text: chunk, isMatch: false }];
    const [matched = "", ...rest] = chunk.split(end);
    return [
      { text: matched, isMatch: true },
      { text: rest.join(end), isMatch: false },
    ];
  });
  return (
    <>
      {pieces.map((piece, index) =>
        piece.isMatch ? (
          <mark key={index}>{piece.text}</mark>
        ) : piece.text ? (
          <span key={index}>{piece.text}</span>
        ) : null,
      )}
    </>
  );
}

export type DiaryEntryView = {
  id: string;
  date: string;
  text: string;
  highlighted: string;
  areas: string[];
};

export function DiaryEntry({
  entry,
  canWrite,
  isJustSaved,
  marks,
}: {
  entry: DiaryEntryView;
  canWrite: boolean;
  isJustSaved: boolean;
  marks: { start: string; end: string };
}) {
  const headingId = `entry-${entry.id}-heading`;
  const tags = AREAS_OF_NEED.filter((area) => entry.areas.includes(area));
  return (
    <li className="card diary-entry" id={`entry-${entry.id}`}>
      <article aria-labelledby={headingId}>
        <h3 className="card__title" id={headingId}>
          {formatDate(entry.date)}
        </h3>
        <p className="diary-entry__text">
          <HighlightedText text={entry.highlighted} start={marks.start} end={marks.end} />
        </p>
        <p className="meta">
          {tags.length > 0
            ? `Tags: ${tags.map((area: AreaOfNeed) => AREA_INFO[area].label).join(", ")}`
            : "No tags"}
          {isJustSaved && tags.length > 0 ? " (suggested from what you wrote)" : null}
        </p>
        {canWrite ? (
          <details className="diary-entry__tags" open={isJustSaved}>
            <summary>
              Change tags<span className="visually-hidden"> for {formatDate(entry.date)}</span>
            </summary>
            <Form method="post">
              <input type="hidden" name="intent" value="tags" />
              <input type="hidden" name="id" value={entry.id} />
              <fieldset className="field choices">
                <legend>Which areas of need is this about?</legend>
                {AREAS_OF_NEED.map((area) => (
                  <div className="choice" key={area}>
                    <input
                      type="checkbox"
                      id={`entry-${entry.id}-${area}`}
                      name="areas[]"
                      value={area}
                      defaultChecked={entry.areas.includes(area)}
                    />
                    <label htmlFor={`entry-${entry.id}-${area}`}>{AREA_INFO[area].label}</label>
                  </div>
                ))}
              </fieldset>
              <div className="actions">
                <button type="submit">Save tags</button>
              </div>
            </Form>
            <Form method="post" className="remove-form">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="id" value={entry.id} />
              <button type="submit" className="secondary">
                Remove this entry
              </button>
            </Form>
          </details>
        ) : null}
      </article>
    </li>
  );
}
