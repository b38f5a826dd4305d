// The home diary: what the parent saw each week, tagged by area of need (tags suggested by the
// domain's classifier, changed by the parent), searchable by words and by area, a page at a time.
import type { RouteHandle } from "~/route-meta";
import { useState } from "react";
import { data, Form } from "react-router";
import type { Route } from "./+types/diary";
import { openCase } from "~/auth/case-route.server";
import { AddForm, DateField, ErrorSummary, SubmitButton, TextArea, typedDate, typedOr, useAddFormRound } from "~/components/form";
import { Pagination } from "~/components/pagination";
import { DiaryEntry } from "~/components/progress/diary-entry";
import { TagSuggestion } from "~/components/progress/tag-suggestion";
import {
  DIARY_TEXT_LIMIT,
  diaryActionSchema,
  diarySearchSchema,
  SEARCH_LIMIT,
} from "~/forms/progress";
import { dateParts } from "~/forms/fields";
import { readPageNumber, slicePage } from "~/forms/pagination";
import { parseIntentForm, readForm } from "~/forms/parse";
import {
  addDiaryEntry,
  countDiaryEntries,
  DIARY_PAGE_SIZE,
  findNewDiaryEntryPage,
  listDiaryEntries,
  removeDiaryEntry,
  updateDiaryAreas,
} from "~/data/progress.server";
import { MATCH_END, MATCH_START } from "~/domain/progress/search-marks";
import { AREA_INFO, AREAS_OF_NEED } from "~/domain/areas-of-need";
import { suggestDiaryTags } from "~/domain/progress/diary-tags";
import { redirectWithFlash } from "~/services/flash.server";
import { fail } from "~/errors";

export const handle: RouteHandle = { page: { name: "Diary", section: "school", menu: { label: "Diary", group: "case", order: 70 } } };
import { plural } from "~/domain/presentation";

export const meta: Route.MetaFunction = () => [{ title: "Home diary – Clearpath" }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access, can, today } = await openCase({ request, context, params }, "read");
  const url = new URL(request.url);
  const search = diarySearchSchema.parse({
    q: url.searchParams.get("q") ?? "",
    area: url.searchParams.get("area") || null,
  });
  const pageNumber = readPageNumber(url);
  const [entries, total] = await Promise.all([
    listDiaryEntries(access, search, { page: pageNumber }),
    countDiaryEntries(access, search),
  ]);
  const slice = slicePage({ total, page: pageNumber, pageSize: DIARY_PAGE_SIZE });
  // A page past the last one (an old link after entries were removed) does not exist.
  if (slice.isPastEnd && slice.page > 1) fail("not_found");
  return {
    entries,
    total,
    pageNumber,
    pageCount: slice.pageCount,
    firstShown: slice.offset + 1,
    search,
    justSaved: url.searchParams.get("saved"),
    today: today,
    canWrite: can.write,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { access, today } = await openCase({ request, context, params }, "write");
  const formData = await readForm(request);
  const here = `/cases/${access.caseId}/diary`;
  const form = parseIntentForm(formData, diaryActionSchema(today));
  if (!form.ok) {
    // Tags and removal name an entry: one that is not an id (or tags off the list) names nothing there.
    if (form.values.intent === "tags" || form.values.intent === "remove") fail("not_found");
    return data({ errors: form.errors, values: form.values }, { status: 400 });
  }
  if (form.data.intent === "tags") {
    if (!(await updateDiaryAreas(access, form.data.id, form.data.areas))) fail("not_found");
    return redirectWithFlash(`${here}#entry-${form.data.id}`, "Tags saved.");
  }
  if (form.data.intent === "remove") {
    if (!(await removeDiaryEntry(access, form.data.id))) fail("not_found");
    return redirectWithFlash(here, "Diary entry removed.");
  }
  const areas = suggestDiaryTags(form.data.text);
  const id = await addDiaryEntry(access, { date: form.data.date!, text: form.data.text, areas });
  // An entry for an earlier day may belong on a later page: the redirect goes to the page showing it.
  const page = await findNewDiaryEntryPage(access, form.data.date!);
  return redirectWithFlash(
    `${here}?${page > 1 ? `page=${page}&` : ""}saved=${id}#entry-${id}`,
    areas.length > 0
      ? "Diary entry saved. Check the tags we suggested."
      : "Diary entry saved. You can add tags to it.",
  );
}

export default function Diary({ loaderData, actionData }: Route.ComponentProps) {
  const { entries, search, canWrite, total } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const [text, setText] = useState(typedOr(values, "text", ""));
  // A saved entry gives an empty form, and its tag suggestion goes with it.
  const round = useAddFormRound();
  const [textRound, setTextRound] = useState(round);
  if (textRound !== round) {
    setTextRound(round);
    setText(typedOr(values, "text", ""));
  }
  const isSearching = search.q !== null || search.area !== null;
  const areaName = search.area ? AREA_INFO[search.area].label : null;
  const { pageNumber, pageCount, firstShown } = loaderData;
  // On a long diary, which entries this page holds: "Showing 51 to 100, newest first."
  const range = pageCount > 1 ? ` Showing ${firstShown} to ${firstShown + entries.length - 1}, newest first.` : "";
  return (
    <section>
      <h1>Home diary</h1>
      <p className="lead narrow">
        Write down what you see at home, once a week or whenever something happens. Over a term, the
        diary shows patterns that are easy to forget, and gives you examples to bring to a meeting.
      </p>
      {canWrite ? (
        <section className="narrow" aria-labelledby="add-entry">
          <h2 id="add-entry">Add an entry</h2>
          <ErrorSummary errors={errors} labels={{ date: "date" }} />
          <AddForm
            method="post"
            noValidate
            onChange={(event) => {
              const field: EventTarget = event.target;
              if (field instanceof HTMLTextAreaElement && field.name === "text")
                setText(field.value);
            }}
          >
            <input type="hidden" name="intent" value="add" />
            <DateField
              name="date"
              legend="Date"
              errors={errors}
              value={typedDate(values, "date", dateParts(loaderData.today))}
            />
            <TextArea
              name="text"
              label="What did you see?"
              hint="What happened, how your child seemed, and anything they said. After you save, we suggest tags for the areas of need it is about, and you can change them."
              maxLength={DIARY_TEXT_LIMIT}
              rows={5}
              errors={errors}
              defaultValue={typedOr(values, "text", "")}
            />
            <TagSuggestion text={text} />
            <SubmitButton>Save entry</SubmitButton>
          </AddForm>
        </section>
      ) : null}

      <section aria-labelledby="entries">
        <h2 id="entries">{isSearching ? "Search results" : "Entries"}</h2>
        <Form method="get" className="diary-search" role="search" aria-label="Diary">
          <div className="field">
            <label htmlFor="diary-q">Search for words</label>
            <p className="hint" id="diary-q-hint">
              For example: worried, or &quot;supply teacher&quot; for those words together.
            </p>
            <input
              id="diary-q"
              name="q"
              type="search"
              maxLength={SEARCH_LIMIT}
              defaultValue={search.q ?? ""}
              aria-describedby="diary-q-hint"
            />
          </div>
          <div className="field">
            <label htmlFor="diary-area">Area of need</label>
            <select id="diary-area" name="area" defaultValue={search.area ?? ""}>
              <option value="">All areas</option>
              {AREAS_OF_NEED.map((area) => (
                <option key={area} value={area}>
                  {AREA_INFO[area].label}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">Search</button>
            {isSearching ? <a href="?">Show all entries</a> : null}
          </div>
        </Form>
        <p role="status">
          {isSearching
            ? `${total === 0 ? "No" : total} ${total === 1 ? "entry matches" : "entries match"}${search.q ? ` “${search.q}”` : ""}${areaName ? ` in ${areaName}` : ""}.${range}`
            : total === 0
              ? "No entries yet."
              : pageCount > 1
                ? `${plural(total, "entry", "entries")}.${range}`
                : `${plural(total, "entry", "entries")}, newest first.`}
        </p>
        <ul className="card-list diary-list">
          {entries.map((entry) => (
            <DiaryEntry
              key={entry.id}
              entry={entry}
              canWrite={canWrite}
              isJustSaved={entry.id === loaderData.justSaved}
              marks={{ start: MATCH_START, end: MATCH_END }}
            />
          ))}
        </ul>
        <Pagination label="Diary pages" page={pageNumber} pageCount={pageCount} previousLabel="Newer entries" nextLabel="Older entries" omit={["saved"]} />
      </section>
    </section>
  );
}
