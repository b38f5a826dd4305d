// Form schemas for the organisation: its settings, session types, advisers, hours and bookings.
import { z } from "zod";
import { checkWeeklyHours, WEEKDAY_NAMES, type WeeklyHours } from "~/domain/bookings/free-slots";
import { calendarDate, emailSchema, optionalText, requiredText } from "./fields";

const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.coerce.number({ error: message }).int(message).min(min, message).max(max, message));

export const organisationFormSchema = z.object({
  intent: z.literal("settings"),
  orgName: requiredText(120, "Enter the organisation's name", "The name"),
  noticeHours: wholeNumber("Enter the notice period as a whole number of hours from 0 to 336", 0, 336),
});

export const sessionTypeFormSchema = z.object({
  intent: z.literal("add-type"),
  typeName: requiredText(100, "Enter a name for the session, for example “Phone advice”", "The name"),
  minutes: wholeNumber("Enter the length in minutes, from 15 to 240", 15, 240),
  typeDescription: optionalText(500, "The description"),
});

export const adviserFormSchema = z.object({
  intent: z.literal("add-adviser"),
  adviserName: requiredText(100, "Enter the adviser's name", "The name"),
  adviserEmail: emailSchema,
});

export const dayOffFormSchema = z.object({
  intent: z.literal("day-off"),
  day: calendarDate({ name: "the day off", required: true }),
  reason: optionalText(200, "The reason"),
});

/** Bookings on or off for one kind of session. A type that is not there changes nothing. */
const sessionTypeSwitch = <I extends "type-on" | "type-off">(intent: I) =>
  z.object({ intent: z.literal(intent), typeId: z.string().default("") });

/** Removing an adviser. Someone who is not one is answered as such. */
export const removeAdviserFormSchema = z.object({ intent: z.literal("remove-adviser"), adviserId: z.string().default("") });

/** Every form on the organisation page, told apart by its button's intent. */
export const organisationActionSchema = z.discriminatedUnion("intent", [
  organisationFormSchema,
  sessionTypeFormSchema,
  sessionTypeSwitch("type-on"),
  sessionTypeSwitch("type-off"),
  removeAdviserFormSchema,
  adviserFormSchema,
]);

const time = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string());

/**
 * An adviser's weekly hours: one start and end per weekday (`start1`, `end1` for Monday …); both
 * empty means not working that day. Each day's problem is named at its box. The boxes are named by
 * the weekday's number, so every field is read as trimmed text and the days are picked out by name;
 * a box that was not sent counts as empty.
 */
export const weeklyHoursFormSchema = z.object({ intent: z.literal("hours") }).catchall(time).transform((form, ctx) => {
  const hours: WeeklyHours[] = [];
  WEEKDAY_NAMES.forEach((name, index) => {
    const weekday = index + 1;
    const startTime = form[`start${weekday}`] ?? "";
    const endTime = form[`end${weekday}`] ?? "";
    if (!startTime && !endTime) return;
    if (!startTime || !endTime) {
      const path = startTime ? `end${weekday}` : `start${weekday}`;
      ctx.addIssue({ code: "custom", path: [path], message: `Enter both a start and an end time for ${name}, or leave both empty` });
      return;
    }
    const problem = checkWeeklyHours([{ weekday, startTime, endTime }]);
    if (problem) ctx.addIssue({ code: "custom", path: [`start${weekday}`], message: problem.replace("Enter times", `Enter ${name}'s times`) });
    else hours.push({ weekday, startTime, endTime });
  });
  return { intent: form.intent, hours };
});

/** Removing a day off. One that is not the adviser's, or none, changes nothing. */
export const removeDayOffFormSchema = z.object({ intent: z.literal("remove-day"), dayId: z.string().default("") });

/** Every form on an adviser's hours page, told apart by its button's intent. */
export const adviserHoursActionSchema = z.discriminatedUnion("intent", [weeklyHoursFormSchema, dayOffFormSchema, removeDayOffFormSchema]);
