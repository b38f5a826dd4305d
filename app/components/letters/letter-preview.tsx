// A letter set out as it will print: the sender and date on the right, the recipient, the
// greeting, the subject in bold, the paragraphs and the sign-off.
import { formatDate } from "~/domain/presentation";
import { composeLetter, type LetterParts } from "~/domain";

type Props = { letter: LetterParts; date: string };

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </span>
      ))}
    </>
  );
}

export function LetterPreview({ letter, date }: Props) {
  const composed = composeLetter(letter);
  const { from: sender, to: recipient } = composed;
  return (
    <article className="letter-preview" aria-label="The letter as it will print">
      <div className="letter-preview__from">
        {sender.length > 0 ? (
          <p>
            <Lines lines={sender} />
          </p>
        ) : null}
        <p>{formatDate(date)}</p>
      </div>
      {recipient.length > 0 ? (
        <p>
          <Lines lines={recipient} />
        </p>
      ) : null}
      <p>{composed.greeting}</p>
      <p>
        <strong>{composed.subject}</strong>
      </p>
      {composed.paragraphs.map((lines, index) => (
        <p key={index}>
          <Lines lines={lines} />
        </p>
      ))}
      <p>{composed.signOff}</p>
      {composed.signature ? (
        <p className="letter-preview__signature">{composed.signature}</p>
      ) : null}
    </article>
  );
}
