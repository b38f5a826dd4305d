import { describe, expect, it } from "vitest";
import { thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { adviserHoursActionSchema, organisationActionSchema } from "./organisation";
import { parseIntentForm } from "./parse";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("adviserHoursActionSchema", () => {
  const hours = (entries: Array<[string, string]>) => parseIntentForm(form([["intent", "hours"], ...entries]), adviserHoursActionSchema);

  it("reads each weekday's start and end, trimmed; a day with both empty is not worked", () => {
    expect(hours([["start1", " 09:00 "], ["end1", "12:30"], ["start2", ""], ["end2", ""], ["start5", "13:00"], ["end5", "17:00"]])).toEqual({
      ok: true,
      data: {
        intent: "hours",
        hours: [
          { weekday: 1, startTime: "09:00", endTime: "12:30" },
          { weekday: 5, startTime: "13:00", endTime: "17:00" },
        ],
      },
    });
    expect(hours([])).toEqual({ ok: true, data: { intent: "hours", hours: [] } });
  });

  it("asks for the missing half of a day at its own box, and names the day in a time's problem", () => {
    const result = hours([["start1", "09:00"], ["end2", "10:00"], ["start3", "9am"], ["end3", "10:00"], ["start4", "11:00"], ["end4", "10:00"]]);
    expect(!result.ok && result.errors).toEqual({
      end1: "Enter both a start and an end time for Monday, or leave both empty",
      start2: "Enter both a start and an end time for Tuesday, or leave both empty",
      start3: "Enter Wednesday's times as hours and minutes, like 09:30",
      start4: "On Thursday, the end time must be after the start time",
    });
  });

  it("reads a day off and removing one, and refuses an unknown or missing intent", () => {
    expect(
      parseIntentForm(form([["intent", "day-off"], ["day.day", "3"], ["day.month", "4"], ["day.year", "2027"], ["reason", ""]]), adviserHoursActionSchema),
    ).toEqual({ ok: true, data: { intent: "day-off", day: "2027-04-03", reason: null } });
    expect(parseIntentForm(form([["intent", "remove-day"], ["dayId", "d1"]]), adviserHoursActionSchema)).toEqual({ ok: true, data: { intent: "remove-day", dayId: "d1" } });
    expect(parseIntentForm(form([["intent", "remove-day"]]), adviserHoursActionSchema)).toEqual({ ok: true, data: { intent: "remove-day", dayId: "" } });
    expect(thrownBy(() => parseIntentForm(form([["intent", "holiday"]]), adviserHoursActionSchema))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parseIntentForm(form([["start1", "09:00"], ["end1", "10:00"]]), adviserHoursActionSchema))).toMatchObject(UNKNOWN_INTENT);
  });
});

describe("organisationActionSchema", () => {
  const parse = (entries: Array<[string, string]>) => parseIntentForm(form(entries), organisationActionSchema);

  it("reads each form on the page with only its own fields", () => {
    expect(parse([["intent", "settings"], ["orgName", "Westshire SENDIASS"], ["noticeHours", " 24 "]])).toEqual({
      ok: true,
      data: { intent: "settings", orgName: "Westshire SENDIASS", noticeHours: 24 },
    });
    expect(parse([["intent", "add-type"], ["typeName", "Phone advice"], ["minutes", "30"], ["typeDescription", ""]])).toEqual({
      ok: true,
      data: { intent: "add-type", typeName: "Phone advice", minutes: 30, typeDescription: null },
    });
    expect(parse([["intent", "type-off"], ["typeId", "t1"]])).toEqual({ ok: true, data: { intent: "type-off", typeId: "t1" } });
    expect(parse([["intent", "type-on"], ["typeId", "t1"]])).toEqual({ ok: true, data: { intent: "type-on", typeId: "t1" } });
    expect(parse([["intent", "remove-adviser"], ["adviserId", "a1"]])).toEqual({ ok: true, data: { intent: "remove-adviser", adviserId: "a1" } });
    expect(parse([["intent", "add-adviser"], ["adviserName", "Ann"], ["adviserEmail", "ann@example.com"]])).toMatchObject({
      ok: true,
      data: { intent: "add-adviser", adviserName: "Ann", adviserEmail: "ann@example.com" },
    });
  });

  it("gives the field errors of the form that was sent", () => {
    const result = parse([["intent", "add-type"], ["typeName", ""], ["minutes", "5"]]);
    expect(!result.ok && result.errors).toEqual({
      typeName: "Enter a name for the session, for example “Phone advice”",
      minutes: "Enter the length in minutes, from 15 to 240",
    });
  });

  it("refuses an unknown or missing intent instead of adding an adviser", () => {
    expect(thrownBy(() => parse([["intent", "make-admin"], ["adviserName", "Ann"], ["adviserEmail", "ann@example.com"]]))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parse([["adviserName", "Ann"], ["adviserEmail", "ann@example.com"]]))).toMatchObject(UNKNOWN_INTENT);
  });
});
