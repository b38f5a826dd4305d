// Says, before a PDF download, which characters the PDF cannot print and what it shows instead,
// so nobody finds out from the printed page. Shown only when there are such characters.
import { formatList } from "~/domain/presentation";
import type { UnprintableKind } from "~/domain/printing/printable-text";

export function PdfCharactersNotice({
  kinds,
  keptIn,
}: {
  kinds: UnprintableKind[];
  keptIn: string;
}) {
  if (kinds.length === 0) return null;
  return (
    <p className="note pdf-characters-notice">
      Some characters ({formatList(kinds.map((kind) => kind.label))}) cannot be printed in the PDF.
      It shows {formatList(kinds.map((kind) => kind.marker), "or")} in their place. {keptIn}
    </p>
  );
}
