// Change a cycle's kind, name, dates and assessment, and attach the school's own plan: one of the
// case's documents, or a file uploaded here (kept in the documents like any other upload).
import type { RouteHandle } from "~/route-meta";
import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/support-cycle-edit";
import { openCase } from "~/auth/case-route.server";
import { ErrorSummary, fieldId } from "~/components/form";
import { formatDate } from "~/domain/presentation";
import { cycleName } from "~/components/support/cycle-name";
import { CYCLE_DATE_FIELDS, CycleFields } from "~/components/support/cycle-fields";
import { cycleFormSchema, schoolPlanDocumentFormSchema } from "~/forms/support";
import { formValues, parseForm, type FieldErrors } from "~/forms/parse";
import { getCycle, setSchoolPlanDocument, updateCycle } from "~/data/cycles.server";
import { listDocumentChoices } from "~/data/documents.server";
import { redirectWithFlash } from "~/services/flash.server";
import { receiveDocuments, recordDocuments } from "~/services/uploads/upload-documents.server";

export const handle: RouteHandle = { page: { name: "Support plans: one record", section: "school" } };

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Change ${data?.name ?? "the cycle"} – Clearpath` },
];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { access } = await openCase({ request, context, params }, "write");
  const cycle = await getCycle(access, params.cycleId);
  return {
    caseId: access.caseId,
    cycle,
    name: cycleName(cycle),
    documents: await listDocumentChoices(access),
  };
}

const PLAN_FILE = "schoolPlanFile";

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user, access, today } = await openCase({ request, context, params }, "write");
  const cycle = await getCycle(access, params.cycleId);
  const upload = await receiveDocuments(request, { fileField: PLAN_FILE, maxFiles: 1 });
  const form = parseForm(upload.fields, cycleFormSchema());
  const plan = parseForm(upload.fields, schoolPlanDocumentFormSchema);
  const errors: FieldErrors = {
    ...(form.ok ? {} : form.errors),
    ...(plan.ok ? {} : plan.errors),
    ...(upload.problems.length > 0 ? { [PLAN_FILE]: upload.problems.join(" ") } : {}),
  };
  if (!form.ok || !plan.ok || upload.problems.length > 0) {
    await upload.discard();
    return data({ errors, values: formValues(upload.fields) }, { status: 400 });
  }
  let documentId = plan.data.schoolPlanDocumentId;
  if (upload.files.length > 0) {
    [documentId = null] = await recordDocuments(access, {
      uploader: { id: user.id, name: user.name },
      upload,
      details: { source: "school", author: null, areas: [], tags: ["school plan"] },
      today: today,
    });
  }
  if (!(await setSchoolPlanDocument(access, cycle, documentId))) {
    const notFound: FieldErrors = {
      schoolPlanDocumentId: "Choose the school's plan from the list of documents",
    };
    return data({ errors: notFound, values: formValues(upload.fields) }, { status: 400 });
  }
  await updateCycle(access, cycle, { ...form.data, startDate: form.data.startDate! });
  return redirectWithFlash(`/cases/${access.caseId}/support/${cycle.id}`, "Cycle saved.");
}

export default function EditCycle({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors;
  const values = actionData?.values;
  const back = `/cases/${loaderData.caseId}/support/${loaderData.cycle.id}`;
  const navigation = useNavigation();
  const chosen =
    typeof values?.schoolPlanDocumentId === "string"
      ? values.schoolPlanDocumentId
      : (loaderData.cycle.schoolPlanDocumentId ?? "");
  const fileError = errors?.[PLAN_FILE];
  const choiceError = errors?.schoolPlanDocumentId;
  return (
    <section className="narrow">
      <h1>Change {loaderData.name}</h1>
      <ErrorSummary errors={errors} labels={CYCLE_DATE_FIELDS} />
      <Form method="post" encType="multipart/form-data" noValidate>
        <CycleFields errors={errors} values={values} stored={loaderData.cycle} />
        <fieldset className="field">
          <legend>The school&apos;s plan document (optional)</legend>
          <p className="hint">
            Pick it from your documents, or upload it here. An upload is kept with your other
            documents.
          </p>
          <div className={`field${choiceError ? " field--error" : ""}`}>
            <label htmlFor={fieldId("schoolPlanDocumentId")}>Choose from your documents</label>
            {choiceError ? (
              <p className="field-error" id={`${fieldId("schoolPlanDocumentId")}-error`}>
                <span className="visually-hidden">Error: </span>
                {choiceError}
              </p>
            ) : null}
            <select
              id={fieldId("schoolPlanDocumentId")}
              name="schoolPlanDocumentId"
              defaultValue={chosen}
              aria-invalid={choiceError ? true : undefined}
              aria-describedby={
                choiceError ? `${fieldId("schoolPlanDocumentId")}-error` : undefined
              }
            >
              <option value="">None</option>
              {loaderData.documents.map((document) => (
                <option key={document.id} value={document.id}>
                  {document.title}
                  {document.date ? `, ${formatDate(document.date)}` : ""}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${fileError ? " field--error" : ""}`}>
            <label htmlFor={fieldId(PLAN_FILE)}>Or upload it</label>
            <p className="hint" id={`${fieldId(PLAN_FILE)}-hint`}>
              A PDF, Word file, photo or scan. It replaces the one chosen above.
            </p>
            {fileError ? (
              <p className="field-error" id={`${fieldId(PLAN_FILE)}-error`}>
                <span className="visually-hidden">Error: </span>
                {fileError}
              </p>
            ) : null}
            <input
              id={fieldId(PLAN_FILE)}
              name={PLAN_FILE}
              type="file"
              accept=".pdf,.docx,.png,.jpg,.jpeg,.gif,.webp,.heic,.txt,.eml"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${fieldId(PLAN_FILE)}-hint${fileError ? ` ${fieldId(PLAN_FILE)}-error` : ""}`}
            />
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={navigation.state === "submitting"}>
            Save cycle
          </button>
          <Link to={back}>Cancel</Link>
        </div>
      </Form>
    </section>
  );
}
