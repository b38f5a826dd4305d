// Says, before a PDF download, which characters the PDF cannot print and what it shows instead,
// so nobody finds out from the printed page. Shown only when there are such characters.
import type { UnprintableKind } from "~/domain/printing/printable-text";

const AND = new Intl.ListFormat("en-GB", { type: "conjunction" });
const OR = new Intl.ListFormat("en-GB", { type: "disjunction" });

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
      Some characters ({AND.format(kinds.map((kind) => kind.label))}) cannot be printed in the PDF.
      It shows {OR.format(kinds.map((kind) => kind.marker))} in their place. {keptIn}
    </p>
  );
}
