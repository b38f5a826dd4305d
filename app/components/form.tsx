// Accessible form pieces: every input has a label, an optional hint, and its error linked to it.
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { Form, useActionData, useLocation, useNavigation } from "react-router";
import type { FieldErrors, FormValues } from "~/forms/parse";

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/**
 * Lists every error at the top of the form, each linking to its field. Takes focus when shown.
 * `labels` names the date fields, whose link goes to their first box: "date" (day, month, year)
 * or "month" (month and year only).
 */
export function ErrorSummary({ errors, labels }: { errors?: FieldErrors; labels?: Record<string, "date" | "month"> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [entries.length, errors]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref} data-keeps-focus>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}${labels?.[name] === "date" ? "-day" : labels?.[name] === "month" ? "-month" : ""}`} onClick={focusField}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

// With JavaScript, following the link as a navigation would let the router treat it as a new
// page and clear the errors and what was typed; so focus the field directly, showing its label.
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const field = document.getElementById(event.currentTarget.hash.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus({ preventScroll: true });
  (field.closest("fieldset, .field") ?? field).scrollIntoView({ block: "start" });
}

type FieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
};

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Hint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <p className="hint" id={`${fieldId(name)}-hint`}>
      {hint}
    </p>
  ) : null;
}

function ErrorText({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p className="field-error" id={`${fieldId(name)}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  hint,
  errors,
  defaultValue,
  type = "text",
  autoComplete,
  required,
  maxLength,
  inputMode,
  width,
}: FieldProps & {
  defaultValue?: string | null;
  type?: "text" | "email" | "password" | "tel";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "email" | "tel" | "numeric";
  width?: "short" | "medium";
}) {
  const error = errors?.[name];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
      <ErrorText name={name} error={error} />
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        className={width ? `input--${width}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </div>
  );
}

export function TextArea({
  name,
  label,
  hint,
  errors,
  defaultValue,
  maxLength,
  rows = 4,
}: FieldProps & { defaultValue?: string | null; maxLength?: number; rows?: number }) {
  const error = errors?.[name];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
      <ErrorText name={name} error={error} />
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </div>
  );
}

/** A date as three boxes (day, month, year), or two when `monthOnly`. */
export function DateField({
  name,
  legend,
  hint,
  errors,
  value,
  monthOnly = false,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  value: { day: string; month: string; year: string };
  monthOnly?: boolean;
}) {
  const error = errors?.[name];
  const parts = (monthOnly ? ["month", "year"] : ["day", "month", "year"]) as Array<"day" | "month" | "year">;
  return (
    <fieldset className={`field date-field${error ? " field--error" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend>{legend}</legend>
      <Hint name={name} hint={hint} />
      <ErrorText name={name} error={error} />
      <div className="date-field__parts">
        {parts.map((part) => (
          <div key={part} className="date-field__part">
            <label htmlFor={`${fieldId(name)}-${part}`}>{part[0]!.toUpperCase() + part.slice(1)}</label>
            <input
              id={`${fieldId(name)}-${part}`}
              name={`${name}.${part}`}
              inputMode="numeric"
              className={part === "year" ? "input--year" : "input--2"}
              defaultValue={value[part]}
              maxLength={part === "year" ? 4 : 2}
              aria-invalid={error ? true : undefined}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup({
  name,
  legend,
  hint,
  errors,
  options,
  selected,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected: readonly string[];
}) {
  const error = errors?.[name];
  return (
    <fieldset className={`field choices${error ? " field--error" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend>{legend}</legend>
      <Hint name={name} hint={hint} />
      <ErrorText name={name} error={error} />
      {options.map((option, index) => (
        <div className="choice" key={option.value}>
          <input
            type="checkbox"
            id={index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`}
            name={`${name}[]`}
            value={option.value}
            defaultChecked={selected.includes(option.value)}
          />
          <label htmlFor={index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function RadioGroup({
  name,
  legend,
  hint,
  errors,
  options,
  selected,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrors;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected: string | null | undefined;
}) {
  const error = errors?.[name];
  return (
    <fieldset className={`field choices${error ? " field--error" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend>{legend}</legend>
      <Hint name={name} hint={hint} />
      <ErrorText name={name} error={error} />
      {options.map((option, index) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`}
            name={name}
            value={option.value}
            defaultChecked={selected === option.value}
          />
          <label htmlFor={index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Picks the value to show: what was typed (after an error) or what is stored. */
export function typedOr(values: FormValues | undefined, name: string, stored: string | null | undefined): string {
  const typed = values?.[name];
  if (typeof typed === "string") return typed;
  return stored ?? "";
}

/** Ticked boxes to show: what was ticked (after an error, possibly none) or what is stored. */
export function typedList(values: FormValues | undefined, name: string, stored: readonly string[]): string[] {
  if (!values) return [...stored];
  const typed = values[`${name}[]`] ?? values[name];
  return typed === undefined ? [] : Array.isArray(typed) ? typed : [typed];
}

export function typedDate(values: FormValues | undefined, name: string, stored: { day: string; month: string; year: string }) {
  if (!values || !(`${name}.year` in values || `${name}.month` in values)) return stored;
  const get = (part: string) => {
    const v = values[`${name}.${part}`];
    return typeof v === "string" ? v : "";
  };
  return { day: get("day"), month: get("month"), year: get("year") };
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  options,
  selected,
  emptyLabel = "Not chosen",
}: FieldProps & {
  /** Plain words sent as they are shown, or options that show a name but send an id. */
  options: ReadonlyArray<string | { value: string; label: string }>;
  selected: string | null | undefined;
  emptyLabel?: string;
}) {
  const error = errors?.[name];
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={fieldId(name)}>{label}</label>
      <Hint name={name} hint={hint} />
      <ErrorText name={name} error={error} />
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={selected ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => {
          const { value, label: shown } = typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={value} value={value}>
              {shown}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** Whether the form around a submit button is being saved. */
const SavingContext = createContext(false);

type AddFormProps = Omit<ComponentProps<typeof Form>, "method"> & { method?: "post" };

/**
 * Which round of an add form the page is on: a new one once a record is saved (saving redirects,
 * which is a new location with no errors), the same one while an answer with errors is shown.
 * A page that keeps something beside the form's fields (a live suggestion) resets it when this
 * changes.
 */
export function useAddFormRound(): string {
  const location = useLocation();
  const actionData = useActionData<{ errors?: unknown } | undefined>();
  return actionData?.errors ? "answered-with-errors" : location.key;
}

/**
 * A form that adds a record on a page that stays put after saving (a target, a contact, a
 * diary entry). With JavaScript, a second tap while it is saving sends nothing (the button
 * says it is saving), and once the record is saved the form comes back empty for the next one;
 * after an error it shows what was typed, from the page's own values. Without JavaScript the
 * redirect after saving already gives an empty form. Use `SubmitButton` inside it.
 */
export function AddForm(props: AddFormProps) {
  // A fresh form each round starts from the page's defaults (empty after a save), live checks
  // inside it included.
  return <AddFormRound key={useAddFormRound()} {...props} />;
}

function AddFormRound({ children, onSubmit, ...props }: AddFormProps) {
  const navigation = useNavigation();
  const [isSending, setSending] = useState(false);
  // The ref changes at once, before the page draws the button as saving, so a double click
  // sends the form once.
  const isSendingNow = useRef(false);
  useEffect(() => {
    if (navigation.state === "idle") isSendingNow.current = false;
  }, [navigation.state]);
  return (
    <SavingContext.Provider value={isSending && navigation.state !== "idle"}>
      <Form
        method="post"
        {...props}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          if (isSendingNow.current) {
            event.preventDefault();
            return;
          }
          onSubmit?.(event);
          if (event.defaultPrevented) return;
          isSendingNow.current = true;
          setSending(true);
        }}
      >
        {children}
      </Form>
    </SavingContext.Provider>
  );
}

/** The submit button of an `AddForm`: it cannot be pressed again while its form is saving. */
export function SubmitButton({ children, savingText = "Saving…", ...props }: Omit<ComponentProps<"button">, "type"> & { savingText?: string }) {
  const isSaving = useContext(SavingContext);
  return (
    <button type="submit" {...props} disabled={isSaving || props.disabled}>
      {isSaving ? savingText : children}
    </button>
  );
}
