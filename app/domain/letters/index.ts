// Request letters: the templates, the registry that lists them, reply-by dates and the letter's
// parts as they are set out on paper.
export { LETTER_TEMPLATES, LETTER_KINDS, findLetterTemplate, buildLetter } from "./registry";
export { computeReplyBy } from "./reply-by";
export { audienceOf, describeRecipientHints, suggestRecipient } from "./recipient";
export { findCitedRules } from "./case-facts";
export { enclosureLabel, listDraftDocuments, warnOfDrafts } from "./templates/ehcna-request";
export { addressLines, composeLetter, letterAsText, splitParagraphs } from "./compose-letter";
export type { ComposedLetter, LetterParts } from "./compose-letter";
export type {
  LetterAudience,
  LetterDraft,
  LetterOptionField,
  LetterOptionValues,
  LetterTemplate,
  OptionChoice,
  ReplyTime,
} from "./letter-template";
