// The case's documents as a list of cards: title, date, where it came from, who wrote it, the
// areas of need and tags, and a word when no text could be read from it.
import { Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import { AREA_INFO, type AreaOfNeed } from "~/domain/areas-of-need";
import { DOCUMENT_SOURCE_LABELS, formatFileSize, type DocumentSource } from "~/forms/documents";
import { DATE_SOURCE_NOTES } from "~/domain/codes/documents";
import { describeFileKind } from "./labels";

export type DocumentSummary = {
  id: string;
  title: string;
  date: string | null;
  dateSource: "metadata" | "content" | "person" | null;
  source: DocumentSource;
  author: string | null;
  areas: string[];
  tags: string[];
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  hasText: boolean;
  extractionNote: string | null;
};

export function DocumentCard({
  caseId,
  document,
  headingLevel = 3,
  showSuggestion = false,
}: {
  caseId: string;
  document: DocumentSummary;
  headingLevel?: 2 | 3;
  showSuggestion?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const href = `/cases/${caseId}/documents/${document.id}`;
  return (
    <li className="card document-card">
      <Heading className="card__title">
        <Link to={href}>{document.title}</Link>
      </Heading>
      <p className="document-card__facts">
        {document.date ? formatDate(document.date) : "No date"}
        {showSuggestion && document.dateSource
          ? ` (${DATE_SOURCE_NOTES[document.dateSource]})`
          : ""}
        {" · "}
        {DOCUMENT_SOURCE_LABELS[document.source]}
        {document.author ? ` · ${document.author}` : ""}
      </p>
      <p className="document-card__file">
        {describeFileKind(document.mediaType)}, {formatFileSize(document.sizeBytes)}:{" "}
        {document.fileName}
      </p>
      {document.areas.length > 0 || document.tags.length > 0 ? (
        <ul className="document-card__tags" aria-label="Areas of need and tags">
          {document.areas.map((area) => (
            <li key={area} className="tag">
              {AREA_INFO[area as AreaOfNeed]?.shortLabel ?? area}
            </li>
          ))}
          {document.tags.map((tag) => (
            <li key={tag} className="tag tag--changed">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {showSuggestion && document.extractionNote ? (
        <p className="hint">{document.extractionNote}</p>
      ) : null}
      {showSuggestion ? (
        <p>
          <Link to={`${href}#details`}>
            Check or change the details<span className="visually-hidden"> of {document.title}</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}
