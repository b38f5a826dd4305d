import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/calendar-date";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocument } from "../case/case-document";
import { hasRule } from "../law/get-rule";
import { cite, findCitedRules } from "./case-facts";
import type { LetterOptionField, LetterOptionValues } from "./letter-template";
import { buildLetter, findLetterTemplate, LETTER_KINDS, LETTER_TEMPLATES } from "./registry";

const TODAY = "2026-03-12";

const sessions = (
  provisionId: string,
  statuses: Array<"held" | "cancelled" | "unknown">,
  from: string,
) =>
  statuses.map((status, index) => ({
    id: `${provisionId}-s${index}`,
    provisionId,
    date: addDays(from, index * 2),
    status,
  }));

/** Robin's case: two plans that found limited progress, sessions missed, adjustments asked for. */
function robin(overrides: Partial<Parameters<typeof buildCaseDocument>[0]> = {}): CaseDocument {
  return buildCaseDocument({
    child: {
      name: "Robin Hale",
      dateOfBirth: "2017-03-27",
      school: "Hill Top Primary",
      yearGroup: "Year 3",
      senco: { name: "Mr Dev Patel", email: "senco@hilltop.example", phone: null },
    },
    needs: [
      { id: "n1", area: "communication_interaction" },
      { id: "n2", area: "sensory_physical" },
    ],
    cycles: [
      {
        id: "c1",
        startDate: "2025-09-01",
        reviewDate: "2025-12-01",
        targets: [{ id: "t1", text: "Robin will improve his reading" }],
        provision: [{ id: "p0", what: "Phonics catch-up group" }],
        review: { id: "r1", date: "2025-12-01", overallProgress: "limited" },
      },
      {
        id: "c2",
        title: "Spring plan",
        startDate: "2026-01-05",
        reviewDate: "2026-03-01",
        targets: [{ id: "t2", text: "Robin will improve his reading" }],
        provision: [
          {
            id: "p1",
            what: "Phonics catch-up group",
            who: "a teaching assistant",
            sessionsPerWeek: 3,
            durationMinutes: 20,
            groupSize: "group of 3",
          },
          {
            id: "p2",
            what: "Lego therapy",
            who: "the ELSA",
            sessionsPerWeek: 1,
            durationMinutes: 30,
          },
        ],
        sessions: [
          ...sessions(
            "p1",
            ["held", "cancelled", "held", "cancelled", "unknown", "held"],
            "2026-01-06",
          ),
          ...sessions("p2", ["held", "held"], "2026-01-07"),
        ],
      },
    ],
    adjustments: [
      {
        id: "a1",
        description: "Ear defenders in assembly",
        status: "no_answer",
        requestedOn: "2025-09-10",
      },
      {
        id: "a2",
        description: "A quiet place at lunchtime",
        status: "refused",
        requestedOn: "2025-10-01",
        respondedOn: "2025-10-15",
      },
    ],
    ...overrides,
  });
}

/** The answers a parent gets by leaving every question as it is, plus a first choice where one is needed. */
function defaultAnswers(fields: LetterOptionField[]): LetterOptionValues {
  const values: Record<string, string | string[] | null> = {};
  for (const field of fields) {
    if (field.kind === "text")
      values[field.name] = field.required ? "Speech and language group" : null;
    if (field.kind === "choice") values[field.name] = field.defaultValue;
    if (field.kind === "checkboxes")
      values[field.name] =
        field.required && field.defaultValue.length === 0
          ? [field.choices[0]!.value]
          : field.defaultValue;
    if (field.kind === "choice_or_text") values[field.name] = field.choices[0]?.label ?? "Typed in";
  }
  return values;
}

function write(kind: string, document: CaseDocument, options: LetterOptionValues = {}) {
  return buildLetter(kind, document, options, TODAY);
}

function paragraphs(body: string): string[] {
  return body.split("\n\n");
}

describe("the letter registry", () => {
  it("lists the request letters, then the letters of the statutory process, each kind once", () => {
    expect(LETTER_KINDS).toEqual([
      "provision_map_request",
      "session_records_request",
      "support_confirmation_request",
      "review_meeting_request",
      "referral_request",
      "reasonable_adjustment_request",
      "subject_access_request",
      "ehcna_request",
      "draft_plan_response",
      "deadline_chaser",
      "la_complaint",
      "ombudsman_complaint",
      "decision_reasons_request",
      "early_review_request",
      "informal_exclusion_concern",
      "exclusion_notice_request",
      "governors_representations",
      "review_panel_request",
      "sixth_day_education_request",
      "section_19_request",
      "part_time_timetable_review",
      "restraint_record_request",
      "attendance_support_request",
      "order_compliance_chaser",
    ]);
    expect(new Set(LETTER_KINDS).size).toBe(LETTER_KINDS.length);
  });

  it("gives every kind a label, a one-line note on when to use it and a reply time", () => {
    for (const template of LETTER_TEMPLATES) {
      expect(template.label.length, template.kind).toBeGreaterThan(10);
      expect(template.whenToUse, template.kind).toMatch(/^[A-Z].{20,220}\.$/);
      expect(template.whenToUse, template.kind).not.toContain("\n");
      if (template.reply.kind === "days")
        expect(template.reply.days, template.kind).toBeGreaterThan(0);
      else expect(hasRule(template.reply.ruleId), template.kind).toBe(true);
    }
  });

  it("finds a template by kind, and nothing for a kind it does not know", () => {
    expect(findLetterTemplate("referral_request")?.label).toBe("Ask the school to make a referral");
    expect(findLetterTemplate("no_such_letter")).toBeUndefined();
    expect(() => write("no_such_letter", robin())).toThrow(/No letter template/);
  });

  it("gives every option a unique name, and every choice list unique values", () => {
    for (const template of LETTER_TEMPLATES) {
      const fields = template.options(robin(), TODAY);
      expect(new Set(fields.map((field) => field.name)).size, template.kind).toBe(fields.length);
      for (const field of fields) {
        if ("choices" in field)
          expect(new Set(field.choices.map((choice) => choice.value)).size, field.name).toBe(
            field.choices.length,
          );
      }
    }
  });
});

describe("every letter", () => {
  for (const template of LETTER_TEMPLATES) {
    describe(template.kind, () => {
      const document = robin();
      const draft = write(
        template.kind,
        document,
        defaultAnswers(template.options(document, TODAY)),
      );

      it("opens with who the child is, from the case", () => {
        expect(paragraphs(draft.body)[0]).toBe(
          "I am writing about my child, Robin Hale (date of birth 27 March 2017), who is in Year 3 at Hill Top Primary.",
        );
        expect(draft.subject).toContain("Robin Hale");
      });

      it("cites rules that are in the catalogue, each quoted in the text with its source", () => {
        expect(draft.citations.length).toBeGreaterThan(0);
        for (const id of draft.citations) {
          expect(hasRule(id), id).toBe(true);
          expect(draft.body, id).toContain(cite(id, TODAY));
        }
      });

      it("lists exactly the rules its text cites", () => {
        expect(findCitedRules(draft.body, TODAY)).toEqual(expect.arrayContaining(draft.citations));
        expect(findCitedRules(draft.body, TODAY)).toHaveLength(draft.citations.length);
      });

      it("asks for a reply in the time the template promises", () => {
        if (template.reply.kind === "days") {
          expect(draft.replyWithinDays).toBe(template.reply.days);
          expect(draft.body).toContain(
            `within ${template.reply.days} days of the date of this letter`,
          );
        } else {
          expect(draft.replyWithinDays).toBeNull();
          expect(draft.body).toContain(
            template.kind === "subject_access_request"
              ? "within one month"
              : `within ${template.reply.description}`,
          );
        }
      });

      it("is plain, polite text with nothing left unfilled", () => {
        expect(draft.body).not.toMatch(/undefined|null|NaN|\[object|\{|\}/);
        expect(draft.body).not.toMatch(/\n{3,}/);
        expect(draft.body.trim()).toBe(draft.body);
        expect(paragraphs(draft.body).at(-1)).toMatch(/^Thank you/);
        for (const line of draft.body.split("\n")) expect(line).not.toMatch(/^\s|\s$/);
      });
    });
  }

  it("still reads well for a child with only a name recorded", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LETTER_TEMPLATES),
        fc.string({ minLength: 1, maxLength: 30 }).filter((name) => name.trim() !== ""),
        (template, name) => {
          const document = buildCaseDocument({ child: { name } });
          const draft = buildLetter(
            template.kind,
            document,
            defaultAnswers(template.options(document, TODAY)),
            TODAY,
          );
          expect(paragraphs(draft.body)[0]).toBe(`I am writing about my child, ${name.trim()}.`);
          expect(draft.body).not.toMatch(/undefined|\bnull\b|NaN/);
          for (const id of draft.citations) expect(hasRule(id)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("findCitedRules", () => {
  it("finds only the citations still in an edited letter", () => {
    const body = `Schools should meet parents three times a year (${cite("R-SCH-MEET-3", TODAY)}).`;
    expect(findCitedRules(body, TODAY)).toEqual(["R-SCH-MEET-3"]);
    expect(findCitedRules("No law here.", TODAY)).toEqual([]);
  });
});

describe("describing the child", () => {
  it("says the school alone, or the year alone, when only one is known", () => {
    const schoolOnly = write(
      "provision_map_request",
      buildCaseDocument({ child: { name: "Sam Lee", school: "Oak School" } }),
    );
    expect(paragraphs(schoolOnly.body)[0]).toBe(
      "I am writing about my child, Sam Lee, who attends Oak School.",
    );
    const yearOnly = write(
      "provision_map_request",
      buildCaseDocument({ child: { name: "Sam Lee", yearGroup: "Year 6" } }),
    );
    expect(paragraphs(yearOnly.body)[0]).toBe(
      "I am writing about my child, Sam Lee, who is in Year 6.",
    );
  });

  it("uses the first name after the first mention", () => {
    expect(write("provision_map_request", robin()).body).toContain(
      "a copy of Robin's current provision map",
    );
  });
});

describe("provision_map_request", () => {
  it("lists the current plan's support with who, how often and for how long", () => {
    const draft = write("provision_map_request", robin());
    expect(draft.subject).toBe("Request for Robin Hale's provision map");
    expect(draft.body).toContain(
      "As I understand it, Robin's current plan includes:\n• Phonics catch-up group; given by a teaching assistant; three times a week; 20 minutes a session; in a group of 3\n• Lego therapy; given by the ELSA; once a week; 30 minutes a session\n",
    );
    expect(draft.body).not.toContain("Phonics catch-up group\n"); // the old plan's line is not listed
    expect(draft.citations).toEqual(["R-SCH-RECORDS", "R-SCH-APDR-PLAN"]);
  });

  it("says there is no written record yet when no plan is recorded", () => {
    const draft = write("provision_map_request", robin({ cycles: [] }));
    expect(draft.body).toContain(
      "I do not yet have a written record of the support Robin receives",
    );
    expect(draft.body).not.toContain("•");
  });

  it("ignores a plan that has not started yet", () => {
    const draft = buildLetter("provision_map_request", robin(), {}, "2025-08-01");
    expect(draft.body).toContain("I do not yet have a written record");
  });
});

describe("session_records_request", () => {
  const template = findLetterTemplate("session_records_request")!;

  it("offers the current plan's lines to choose from, none ticked", () => {
    const field = template.options(robin(), TODAY)[0]!;
    expect(field).toMatchObject({
      kind: "checkboxes",
      name: "provisionIds",
      required: true,
      defaultValue: [],
    });
    expect(field.kind === "checkboxes" && field.choices.map((choice) => choice.value)).toEqual([
      "p1",
      "p2",
    ]);
  });

  it("names only the chosen support, with its planned frequency, since the plan started", () => {
    const draft = write("session_records_request", robin(), { provisionIds: ["p1"] });
    expect(draft.body).toContain(
      "Please could you send me the records of the sessions Robin has had since 5 January 2026 for the following support:\n• Phonics catch-up group; given by a teaching assistant; three times a week; 20 minutes a session; in a group of 3",
    );
    expect(draft.body).not.toContain("Lego therapy");
  });

  it("says what the parent's own log shows, leaving out sessions nobody knows about", () => {
    const draft = write("session_records_request", robin(), { provisionIds: ["p1", "p2"] });
    expect(draft.body).toContain(
      "my own notes suggest that not every session has taken place:\n• Phonics catch-up group: 3 of the 5 sessions I know about took place, between 6 January 2026 and 16 January 2026",
    );
    // Every Lego therapy session happened: no gap to report.
    expect(draft.body).not.toContain("Lego therapy:");
  });

  it("leaves out the paragraph on gaps when every session happened", () => {
    const draft = write("session_records_request", robin(), { provisionIds: ["p2"] });
    expect(draft.body).not.toContain("my own notes suggest");
  });

  it("does not count sessions after today", () => {
    const draft = buildLetter(
      "session_records_request",
      robin(),
      { provisionIds: ["p1"] },
      "2026-01-09",
    );
    expect(draft.body).toContain(
      "1 of the 2 sessions I know about took place, between 6 January 2026 and 8 January 2026",
    );
  });

  it("asks about the whole current plan when written with no answers, and about the school's support when there is no plan", () => {
    const draft = write("session_records_request", robin(), {});
    expect(draft.body).toContain(
      "for the following support:\n• Phonics catch-up group; given by a teaching assistant; three times a week; 20 minutes a session; in a group of 3\n• Lego therapy;",
    );
    const none = write("session_records_request", robin({ cycles: [] }), {});
    expect(none.body).toContain(
      "Please could you send me the records of the sessions Robin has had for the extra support the school gives Robin.",
    );
  });

  it("asks for typed support when no plan is recorded", () => {
    const document = robin({ cycles: [] });
    const field = template.options(document, TODAY)[0]!;
    expect(field).toMatchObject({ kind: "text", name: "support", required: true });
    const draft = write("session_records_request", document, {
      support: "Speech and language group\n- Social skills club\n\n",
    });
    expect(draft.body).toContain(
      "the sessions Robin has had for the following support:\n• Speech and language group\n• Social skills club",
    );
  });

  it("cites the local authority's duty when the support is in an EHC plan", () => {
    const document = robin();
    document.cycles[1]!.provision[1]!.source = "ehc_plan";
    expect(
      write("session_records_request", document, { provisionIds: ["p1"] }).citations,
    ).not.toContain("R-EHCP-DUTY");
    const draft = write("session_records_request", document, { provisionIds: ["p2"] });
    expect(draft.citations).toEqual(["R-SCH-RECORDS", "R-SCH-BEST-ENDEAVOURS", "R-EHCP-DUTY"]);
    expect(draft.body).toContain("Section F of Robin's EHC plan");
  });
});

describe("support_confirmation_request", () => {
  it("asks for the support in writing and lists the parent's understanding", () => {
    const draft = write("support_confirmation_request", robin(), { whatWasSaid: null });
    expect(draft.subject).toBe("Written confirmation of Robin Hale's support");
    expect(draft.body).toContain(
      "My understanding is that Robin's current plan includes:\n• Phonics catch-up group",
    );
    expect(draft.body).toContain(
      "Please tell me if any of this is wrong, has changed or has stopped.",
    );
    expect(draft.body).not.toContain("confirm the following");
    expect(draft.citations).toEqual(["R-SCH-INFORM-PARENTS", "R-SCH-APDR-PLAN"]);
  });

  it("adds what the parent was told, in their words", () => {
    const draft = write("support_confirmation_request", robin(), {
      whatWasSaid: "On 3 March you said Robin would see the speech therapist weekly.",
    });
    expect(draft.body).toContain(
      "I would also be grateful if you could confirm the following:\nOn 3 March you said Robin would see the speech therapist weekly.",
    );
  });

  it("asks for a copy of the plan when none is recorded", () => {
    expect(write("support_confirmation_request", robin({ cycles: [] })).body).toContain(
      "I would also be grateful for a copy of it.",
    );
  });
});

describe("review_meeting_request", () => {
  const template = findLetterTemplate("review_meeting_request")!;

  it("ticks the topics the health check points to, and never the assessment question", () => {
    const topics = template.options(robin(), TODAY)[0]!;
    // Robin's targets are vague; his support is judged on its recorded fields (who, sessions a week,
    // minutes: decision 033), so it is not; too few sessions are logged to judge delivery.
    expect(topics.kind === "checkboxes" && topics.defaultValue).toEqual(["targets"]);
    const none = template.options(buildCaseDocument({ child: { name: "Sam" } }), TODAY)[0]!;
    expect(none.kind === "checkboxes" && none.defaultValue).toEqual([]);
  });

  it("says the review is overdue, lists the topics and the parent's own, and asks for dates", () => {
    const draft = write("review_meeting_request", robin(), {
      topics: ["sessions", "specialist"],
      otherTopics: "Homework\n• Lunchtimes",
      availability: "Tuesday mornings.",
    });
    expect(draft.body).toContain(
      "to review Robin's SEN support plan (the plan that started on 5 January 2026)",
    );
    expect(draft.body).toContain(
      "The review date agreed for the plan was 1 March 2026, and no review has taken place yet.",
    );
    expect(draft.body).toContain(
      "In particular, I would like to discuss:\n• Sessions that have not taken place as planned\n• Whether to involve a specialist, such as an educational psychologist\n• Homework\n• Lunchtimes",
    );
    expect(draft.body).toContain(
      "I am usually able to meet Tuesday mornings. Please could you reply within 10 days",
    );
    expect(draft.citations).toEqual(["R-SCH-APDR-REVIEW", "R-SCH-MEET-3"]);
  });

  it("does not call a review overdue before its date, and asks for dates when no times are given", () => {
    const draft = buildLetter("review_meeting_request", robin(), {}, "2026-02-01");
    expect(draft.body).not.toContain("no review has taken place yet");
    expect(draft.body).not.toContain("In particular");
    expect(draft.body).toContain("suggesting two or three dates and times");
  });
});

describe("referral_request", () => {
  it("names the service mid-sentence and gives the case's reasons", () => {
    const draft = write("referral_request", robin(), {
      service: "An educational psychologist",
      reason: "He is struggling more at home.",
    });
    expect(draft.subject).toBe("Request for a referral for Robin Hale");
    expect(draft.body).toContain(
      "to ask the school to refer Robin to an educational psychologist, or to help arrange",
    );
    expect(draft.body).toContain("At the last review, Robin's progress was found to be limited");
    expect(draft.body).toContain(
      "My main concerns are about Robin's needs in the areas of communication and interaction and sensory and/or physical needs.",
    );
    expect(draft.body).toContain("\n\nHe is struggling more at home.\n\n");
    expect(draft.citations).toEqual(["R-SCH-SPECIALISTS"]);
  });

  it("counts several reviews of limited progress, and keeps a typed service as written", () => {
    const document = robin();
    document.cycles[1]!.review = {
      id: "r2",
      date: "2026-03-01",
      parentAttended: true,
      targetProgress: [],
      overallProgress: "none",
      whatWorked: null,
      barriers: null,
      childViews: null,
      parentViews: null,
      provisionEffectiveness: [],
      decision: null,
      documentIds: [],
    };
    const draft = write("referral_request", document, { service: "the Sensory Support Service" });
    expect(draft.body).toContain(
      "The last 2 reviews of Robin's support found that progress was limited",
    );
    expect(draft.body).toContain("refer Robin to the Sensory Support Service,");
  });

  it("says nothing about progress or needs the case does not show", () => {
    const draft = write("referral_request", buildCaseDocument({ child: { name: "Sam" } }), {
      service: "Speech and language therapy",
    });
    expect(draft.body).not.toContain("progress was");
    expect(draft.body).not.toContain("My main concerns");
    expect(draft.body).toContain("refer Sam to Speech and language therapy,");
  });
});

describe("reasonable_adjustment_request", () => {
  const template = findLetterTemplate("reasonable_adjustment_request")!;

  it("offers the register's adjustments, or asks for one typed when the register is empty", () => {
    const field = template.options(robin(), TODAY)[0]!;
    expect(field.kind === "choice_or_text" && field.choices.map((choice) => choice.label)).toEqual([
      "Ear defenders in assembly",
      "A quiet place at lunchtime",
    ]);
    const empty = template.options(buildCaseDocument(), TODAY)[0]!;
    expect(empty).toMatchObject({
      kind: "choice_or_text",
      choices: [],
      typedLabel: "Describe the adjustment",
    });
  });

  it("says when an unanswered request was first made", () => {
    const draft = write("reasonable_adjustment_request", robin(), {
      adjustment: "Ear defenders in assembly",
      reason: "Assembly noise hurts.",
    });
    expect(draft.body).toContain("reasonable adjustment for Robin:\nEar defenders in assembly");
    expect(draft.body).toContain(
      "I first asked for this on 10 September 2025, and I have not yet had an answer.",
    );
    expect(draft.body).toContain("Why it would help Robin: Assembly noise hurts.");
    expect(draft.citations).toEqual([
      "R-EQ-SCHOOL-DUTY",
      "R-EQ-ADJ",
      "R-EQ-AUX-AIDS",
      "R-DEF-DISABILITY",
    ]);
  });

  it("asks the school to look again at a refusal", () => {
    const draft = write("reasonable_adjustment_request", robin(), {
      adjustment: "A quiet place at lunchtime",
    });
    expect(draft.body).toContain(
      "I first asked for this on 1 October 2025, and it was refused on 15 October 2025. I would be grateful if the school would look at it again.",
    );
  });

  it("writes a typed adjustment as it is, with no history", () => {
    const draft = write("reasonable_adjustment_request", robin(), {
      adjustment: "Instructions written down as well as said",
    });
    expect(draft.body).toContain(
      "reasonable adjustment for Robin:\nInstructions written down as well as said",
    );
    expect(draft.body).not.toContain("I first asked");
  });
});

describe("subject_access_request", () => {
  it("asks for all personal data under the UK GDPR, to be answered within one month", () => {
    const draft = write("subject_access_request", robin(), { schoolType: "not_maintained" });
    expect(draft.subject).toBe("Subject access request: Robin Hale's records");
    expect(draft.body).toContain(
      "subject access request on Robin's behalf under Article 15 of the UK General Data Protection Regulation",
    );
    expect(draft.body).toContain("• emails, messages and notes written by staff about Robin");
    expect(draft.body).toContain(
      "must normally reply within one month of receiving this request (UK General Data Protection Regulation, Articles 12(3) and 15)",
    );
    expect(draft.body).not.toContain("educational record");
    expect(draft.replyWithinDays).toBeNull();
    expect(draft.citations).toEqual(["R-DP-SAR"]);
  });

  it("adds the educational record for a maintained school", () => {
    const draft = write("subject_access_request", robin(), {
      schoolType: "maintained",
      recordsWanted: "Notes of the meeting on 3 March",
    });
    expect(draft.body).toContain(
      "As Hill Top Primary is a maintained school, I also ask to see Robin's educational record",
    );
    expect(draft.body).toContain("within 15 school days");
    expect(draft.body).toContain("In particular, please include:\nNotes of the meeting on 3 March");
    expect(draft.citations).toEqual(["R-DP-SAR", "R-DP-EDUCATIONAL-RECORD"]);
  });

  it("asks for the educational record only if the school is maintained, when the parent is not sure", () => {
    const draft = write("subject_access_request", robin({ child: { name: "Robin Hale" } }), {
      schoolType: "not_sure",
    });
    expect(draft.body).toContain(
      "If the school is a maintained school, please also treat this letter as a request to see Robin's educational record",
    );
    expect(draft.citations).toContain("R-DP-EDUCATIONAL-RECORD");
  });
});
