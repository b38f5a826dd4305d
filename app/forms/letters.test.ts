import { describe, expect, it } from "vitest";
import { thrownBy, UNKNOWN_INTENT } from "../../tests/support/forms";
import { buildCaseDocument, findLetterTemplate, type LetterOptionField } from "~/domain";
import {
  letterActionSchema,
  letterOptionsSchema,
  lettersActionSchema,
  newLetterFormSchema,
  saveLetterFormSchema,
  sendLetterFormSchema,
} from "./letters";
import { parseForm, parseIntentForm } from "./parse";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const FIELDS: LetterOptionField[] = [
  { kind: "text", name: "note", label: "A note (optional)", required: false, maxLength: 10 },
  {
    kind: "text",
    name: "support",
    label: "Which support?",
    required: true,
    missing: "Enter the support",
    maxLength: 100,
  },
  {
    kind: "choice",
    name: "schoolType",
    label: "Is it maintained?",
    choices: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
    ],
    defaultValue: "no",
  },
  {
    kind: "checkboxes",
    name: "lines",
    label: "Which lines?",
    choices: [
      { value: "p1", label: "Phonics" },
      { value: "p2", label: "Lego" },
    ],
    defaultValue: [],
    required: true,
    missing: "Choose a line",
  },
  {
    kind: "choice_or_text",
    name: "service",
    label: "Which service?",
    choices: [{ value: "ep", label: "An educational psychologist" }],
    typedLabel: "Or another",
    maxLength: 50,
    missing: "Choose the service, or type its name",
  },
];

describe("letterOptionsSchema", () => {
  it("reads each kind of answer the way the templates expect", () => {
    const parsed = letterOptionsSchema(FIELDS).parse({
      note: "  ",
      support: " Phonics ",
      lines: ["p2"],
      service: "ep",
    });
    expect(parsed).toEqual({
      note: null,
      support: "Phonics",
      schoolType: "no",
      lines: ["p2"],
      service: "An educational psychologist",
    });
  });

  it("uses what was typed over the choice", () => {
    expect(
      letterOptionsSchema(FIELDS).parse({
        support: "x",
        lines: ["p1"],
        service: "ep",
        serviceTyped: "the Sensory Service",
      }).service,
    ).toBe("the Sensory Service");
  });

  it("names every missing or wrong answer at its field", () => {
    const result = parseForm(
      form([
        ["intent", "create"],
        ["option.note", "far too long a note"],
        ["option.schoolType", "perhaps"],
        ["option.lines[]", "p9"],
      ]),
      newLetterFormSchema(FIELDS),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      "option.note": "A note must be 10 characters or fewer",
      "option.support": "Enter the support",
      "option.schoolType": 'Choose an answer to "Is it maintained?" from the list',
      "option.lines": 'Choose from the list for "Which lines"',
    });
    expect(result.values["option.note"]).toBe("far too long a note");
  });

  it("asks for a choice or typed words, at the text box when there is nothing to choose", () => {
    const none = parseForm(
      form([
        ["intent", "create"],
        ["option.support", "x"],
        ["option.lines[]", "p1"],
      ]),
      newLetterFormSchema(FIELDS),
    );
    expect(!none.ok && none.errors["option.service"]).toBe("Choose the service, or type its name");
    const typedOnly: LetterOptionField[] = [
      { ...(FIELDS[4] as Extract<LetterOptionField, { kind: "choice_or_text" }>), choices: [] },
    ];
    const empty = parseForm(form([["intent", "create"]]), newLetterFormSchema(typedOnly));
    expect(!empty.ok && empty.errors).toEqual({
      "option.serviceTyped": "Choose the service, or type its name",
    });
  });

  it("accepts every letter's own questions answered with their defaults", () => {
    const document = buildCaseDocument({
      child: { name: "Sam" },
      cycles: [{ id: "c1", startDate: "2026-01-05", provision: [{ id: "p1", what: "Phonics" }] }],
    });
    for (const kind of [
      "provision_map_request",
      "support_confirmation_request",
      "review_meeting_request",
      "subject_access_request",
    ]) {
      const fields = findLetterTemplate(kind)!.options(document, "2026-03-12");
      expect(
        parseForm(
          form([
            ["intent", "create"],
            ["recipientName", "Mr Patel"],
          ]),
          newLetterFormSchema(fields),
        ).ok,
        kind,
      ).toBe(true);
    }
    const records = findLetterTemplate("session_records_request")!.options(document, "2026-03-12");
    expect(
      parseForm(
        form([
          ["intent", "create"],
          ["option.provisionIds[]", "p1"],
        ]),
        newLetterFormSchema(records),
      ),
    ).toMatchObject({ ok: true, data: { option: { provisionIds: ["p1"] } } });
  });
});

describe("the review panel request's questions", () => {
  it("make the parent say who arranges the panel, and never choose for them", () => {
    const fields = findLetterTemplate("review_panel_request")!.options(buildCaseDocument({}), "2027-01-07");
    const none = parseForm(form([["intent", "create"]]), newLetterFormSchema(fields));
    expect(!none.ok && none.errors["option.arrangedBy"]).toBe('Choose an answer to "Who arranges the review panel?" from the list');
    const chosen = parseForm(form([["intent", "create"], ["option.arrangedBy", "trust"]]), newLetterFormSchema(fields));
    expect(chosen).toMatchObject({ ok: true, data: { option: { arrangedBy: "trust", exclusionId: "other" } } });
  });
});

describe("saveLetterFormSchema", () => {
  it("needs a subject and a text, and keeps the rest optional", () => {
    const result = parseForm(
      form([
        ["intent", "save"],
        ["subject", " "],
        ["body", ""],
      ]),
      saveLetterFormSchema,
    );
    expect(!result.ok && result.errors).toEqual({
      subject: "Enter the subject of the letter",
      body: "Enter the text of the letter",
    });
    expect(
      parseForm(
        form([
          ["intent", "save"],
          ["subject", "S"],
          ["body", "B"],
          ["senderAddress", ""],
        ]),
        saveLetterFormSchema,
      ),
    ).toMatchObject({ ok: true, data: { senderAddress: null } });
  });
});

describe("sendLetterFormSchema", () => {
  const schema = sendLetterFormSchema("2026-03-12");
  const send = (entries: Array<[string, string]>) =>
    parseForm(form([["intent", "send"], ...entries]), schema);

  it("reads the date sent, how, and an optional reply-by date", () => {
    expect(
      send([
        ["sentOn.day", "12"],
        ["sentOn.month", "3"],
        ["sentOn.year", "2026"],
        ["channel", "letter"],
      ]),
    ).toMatchObject({ ok: true, data: { sentOn: "2026-03-12", replyBy: null, channel: "letter" } });
  });

  it("refuses a date in the future, a reply due before the letter was sent, and no way of sending", () => {
    const future = send([
      ["sentOn.day", "13"],
      ["sentOn.month", "3"],
      ["sentOn.year", "2026"],
      ["channel", "email"],
    ]);
    expect(!future.ok && future.errors.sentOn).toBe(
      "Date you sent it must be today or in the past",
    );
    const early = send([
      ["sentOn.day", "12"],
      ["sentOn.month", "3"],
      ["sentOn.year", "2026"],
      ["replyBy.day", "11"],
      ["replyBy.month", "3"],
      ["replyBy.year", "2026"],
      ["channel", "email"],
    ]);
    expect(!early.ok && early.errors).toEqual({
      replyBy: "The date a reply is due must be on or after the date you sent it",
    });
    const how = send([
      ["sentOn.day", "12"],
      ["sentOn.month", "3"],
      ["sentOn.year", "2026"],
    ]);
    expect(!how.ok && how.errors).toEqual({ channel: "Choose how you sent it" });
  });
});

describe("letterActionSchema", () => {
  const schema = letterActionSchema("2026-03-12");

  it("reads saving the words, marking the letter sent and deleting the draft, each with its own fields", () => {
    expect(parseIntentForm(form([["intent", "save"], ["subject", "S"], ["body", "B"]]), schema)).toMatchObject({
      ok: true,
      data: { intent: "save", subject: "S", body: "B", recipientName: null },
    });
    expect(
      parseIntentForm(
        form([["intent", "send"], ["sentOn.day", "12"], ["sentOn.month", "3"], ["sentOn.year", "2026"], ["channel", "email"]]),
        schema,
      ),
    ).toMatchObject({ ok: true, data: { intent: "send", sentOn: "2026-03-12", channel: "email" } });
    expect(parseIntentForm(form([["intent", "delete"], ["subject", ""]]), schema)).toEqual({ ok: true, data: { intent: "delete" } });
  });

  it("gives the errors of the form that was sent, not of another", () => {
    const result = parseIntentForm(form([["intent", "send"]]), schema);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(["channel", "sentOn"]);
  });

  it("refuses an unknown or missing intent with the 400 every page gives", () => {
    expect(thrownBy(() => parseIntentForm(form([["intent", "publish"], ["subject", "S"], ["body", "B"]]), schema))).toMatchObject(UNKNOWN_INTENT);
    expect(thrownBy(() => parseIntentForm(form([["subject", "S"], ["body", "B"]]), schema))).toMatchObject(UNKNOWN_INTENT);
  });
});

describe("lettersActionSchema", () => {
  it("writes a new letter from its questions, and refuses any other intent", () => {
    const schema = lettersActionSchema(FIELDS);
    expect(parseIntentForm(form([["intent", "create"], ["option.support", "Phonics"], ["option.lines", "p1"], ["option.service", "ep"]]), schema)).toMatchObject({
      ok: true,
      data: { intent: "create", option: { support: "Phonics", lines: ["p1"], service: "An educational psychologist" } },
    });
    expect(thrownBy(() => parseIntentForm(form([["intent", "save"], ["support", "Phonics"]]), schema))).toMatchObject(UNKNOWN_INTENT);
  });
});
