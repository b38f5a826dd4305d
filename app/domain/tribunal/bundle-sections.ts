// The sections of the family's evidence bundle, in order (decision 140). The list, its letters,
// titles and hints live in app/domain/codes/tribunal.ts (decision 024).
export {
  BUNDLE_SECTIONS,
  BUNDLE_SECTION_HINTS,
  BUNDLE_SECTION_LETTERS,
  BUNDLE_SECTION_TITLES,
  type BundleSection,
} from "../codes/tribunal";
