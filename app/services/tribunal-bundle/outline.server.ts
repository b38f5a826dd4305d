// The PDF's bookmarks (its "outline", PDF 32000-1 §12.3.3), which pdf-lib has no high-level way to
// write: a root dictionary in the catalogue, and one dictionary per bookmark linked to its parent,
// its neighbours and its children, each opening its page. Two levels are all the bundle needs
// (sections, then documents), but any depth works.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";

export type OutlineEntry = { title: string; page: PDFPage; children?: OutlineEntry[] };

/** Writes the entries as the document's bookmarks, shown open beside the pages when the file is opened. */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const root = context.obj({ Type: "Outlines" }) as PDFDict;
  const total = addChildren(doc, root, rootRef, entries);
  root.set(PDFName.of("Count"), PDFNumber.of(total));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** Adds `entries` under `parent`; returns how many bookmarks are open below it (all of them). */
function addChildren(doc: PDFDocument, parent: PDFDict, parentRef: PDFRef, entries: readonly OutlineEntry[]): number {
  const { context } = doc;
  const refs = entries.map(() => context.nextRef());
  let count = 0;
  entries.forEach((entry, index) => {
    const item = context.obj({}) as PDFDict;
    item.set(PDFName.of("Title"), PDFHexString.fromText(entry.title));
    item.set(PDFName.of("Parent"), parentRef);
    if (index > 0) item.set(PDFName.of("Prev"), refs[index - 1]!);
    if (index < entries.length - 1) item.set(PDFName.of("Next"), refs[index + 1]!);
    const destination = PDFArray.withContext(context);
    destination.push(entry.page.ref);
    destination.push(PDFName.of("Fit"));
    item.set(PDFName.of("Dest"), destination);
    const below = entry.children?.length ? addChildren(doc, item, refs[index]!, entry.children) : 0;
    // A positive count: the bookmark is shown open, with its children.
    if (below > 0) item.set(PDFName.of("Count"), PDFNumber.of(below));
    context.assign(refs[index]!, item);
    count += 1 + below;
  });
  parent.set(PDFName.of("First"), refs[0]!);
  parent.set(PDFName.of("Last"), refs[refs.length - 1]!);
  return count;
}
