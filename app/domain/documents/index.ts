// Uploaded documents: the date to suggest for each, and a title made from its file name.
export {
  DATE_SEARCH_CHARACTERS,
  EARLIEST_DOCUMENT_DATE,
  findDatesByOrigin,
  findDocumentDates,
  suggestDocumentDate,
} from "./suggest-document-date";
export type { FoundDateOrigin, FoundDocumentDates, SuggestedDate, SuggestedDateSource } from "./suggest-document-date";
export { DOCUMENT_TITLE_LIMIT, titleFromFileName } from "./title-from-file-name";
