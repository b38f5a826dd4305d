// Form schemas for the organisation: its settings, session types, advisers, hours and bookings.
import { z } from "zod";
import { calendarDate, emailSchema, optionalText, requiredText } from "./fields";

const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.coerce.number({ error: message }).int(message).min(min, message).max(max, message));

export const organisationFormSchema = z.object({
  orgName: requiredText(120, "Enter the organisation's name", "The name"),
  noticeHours: wholeNumber("Enter the notice period as a whole number of hours from 0 to 336", 0, 336),
});

export const sessionTypeFormSchema = z.object({
  typeName: requiredText(100, "Enter a name for the session, for example “Phone advice”", "The name"),
  minutes: wholeNumber("Enter the length in minutes, from 15 to 240", 15, 240),
  typeDescription: optionalText(500, "The description"),
});

export const adviserFormSchema = z.object({
  adviserName: requiredText(100, "Enter the adviser's name", "The name"),
  adviserEmail: emailSchema,
});

export const dayOffFormSchema = z.object({
  day: calendarDate({ name: "the day off", required: true }),
  reason: optionalText(200, "The reason"),
});
