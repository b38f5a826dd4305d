// The timeline's filter, read from the address so a filtered timeline can be bookmarked, printed
// and downloaded. The choices (types, area, order, grouping) never fail: anything unknown is left
// out. Only the dates can be wrong, and then the page says how to fix them.
import { z } from "zod";
import { AREAS_OF_NEED } from "~/domain/areas-of-need";
import { TIMELINE_GROUPINGS, TIMELINE_ORDERS, TIMELINE_TYPES, type TimelineType } from "~/domain/chronology";
import { calendarDate } from "./fields";
import { parseForm, type FormResult } from "./parse";

const isTimelineType = (value: unknown): value is TimelineType => TIMELINE_TYPES.includes(value as TimelineType);

export const timelineViewSchema = z.object({
  types: z.preprocess(
    (value) => (Array.isArray(value) ? value : value ? [value] : []).filter(isTimelineType),
    z.array(z.enum(TIMELINE_TYPES)),
  ),
  area: z.preprocess((value) => (value === "" ? null : value), z.enum(AREAS_OF_NEED).nullable()).catch(null),
  order: z.enum(TIMELINE_ORDERS).catch("newest"),
  group: z.enum(TIMELINE_GROUPINGS).catch("month"),
});
export type TimelineView = z.infer<typeof timelineViewSchema>;

export const timelineDatesSchema = z
  .object({
    from: calendarDate({ name: "the first date", required: false }),
    to: calendarDate({ name: "the last date", required: false }),
  })
  .superRefine((dates, ctx) => {
    if (dates.from && dates.to && dates.to < dates.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "The last date must be the same as or after the first date" });
    }
  });
export type TimelineDates = z.infer<typeof timelineDatesSchema>;

/**
 * The timeline's filter from the page's address: the view choices (always usable) and the dates
 * (which may need fixing). The page and the spreadsheet read the same address the same way.
 */
export function readTimelineQuery(url: URL): { view: TimelineView; dates: FormResult<TimelineDates> } {
  // The query as form data, so a GET form is parsed like a POSTed one ("types[]" as a list).
  const query = new FormData();
  url.searchParams.forEach((value, key) => query.append(key, value));
  const view = parseForm(query, timelineViewSchema);
  return { view: view.ok ? view.data : timelineViewSchema.parse({}), dates: parseForm(query, timelineDatesSchema) };
}
