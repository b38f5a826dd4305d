// Names for the pages of a case, for comments and the activity log ("support/<id>" → "Support plans: one record").

const SECTIONS: Record<string, string> = {
  "": "Overview",
  profile: "Profile",
  contacts: "Contacts",
  needs: "Needs",
  diagnoses: "Diagnoses",
  delete: "Delete the case",
  support: "Support plans",
  audit: "Audit",
  "audit.csv": "Audit (spreadsheet)",
  "audit.pdf": "Audit (PDF)",
  progress: "Progress",
  diary: "Diary",
  adjustments: "Adjustments",
  health: "Health check",
  journey: "Where you are",
  documents: "Documents",
  search: "Search",
  timeline: "Timeline",
  "timeline.csv": "Timeline (spreadsheet)",
  professionals: "Professionals",
  reports: "Reports",
  meetings: "Meetings",
  correspondence: "Correspondence",
  letters: "Letters",
  statutory: "Assessment and plan",
  plans: "EHC plans",
  "calendar.ics": "Calendar file",
  "evidence-packs": "Evidence packs",
  comments: "Comments",
  notes: "Adviser notes",
  sharing: "Sharing",
  activity: "Activity",
  export: "Download the case",
};

/** Pages where a comment box would not make sense. */
const NO_COMMENTS = new Set(["comments", "sharing", "activity", "search", "delete", "notes", "export"]);

export function describeCasePage(page: string): string {
  const [section = "", ...rest] = page.split("/");
  const name = SECTIONS[section] ?? "A page";
  return rest.length > 0 ? `${name}: one record` : name;
}

export function canCommentOn(page: string): boolean {
  return !NO_COMMENTS.has(page.split("/")[0] ?? "");
}
