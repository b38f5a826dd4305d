// Form schemas for calendar and reminders: the reminder choices, and making a new calendar link.
import { z } from "zod";

const DAYS_BEFORE = "Enter a number of days from 1 to 60";

export const reminderSettingsFormSchema = z.object({
  intent: z.literal("settings"),
  remindersOn: z.enum(["yes", "no"], { error: "Choose whether to get reminders" }),
  remindDaysBefore: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.coerce.number({ error: DAYS_BEFORE }).int("Enter a whole number of days").min(1, DAYS_BEFORE).max(60, DAYS_BEFORE),
  ),
});

/** Every form on the calendar page, told apart by its button's intent. */
export const calendarActionSchema = z.discriminatedUnion("intent", [reminderSettingsFormSchema, z.object({ intent: z.literal("feed") })]);
