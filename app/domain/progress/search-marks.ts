// The marks put round each word a diary search matched, between the database (which adds them)
// and the page (which turns them into <mark>). Private-use characters: nobody types them.

export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";
