// A labelled drop-down whose options show a name but send an id (a professional, a document),
// with its hint and error linked to it like every other field.
import { fieldId } from "~/components/form";
import type { FieldErrors } from "~/forms/parse";

export function OptionSelect({
  name,
  label,
  hint,
  errors,
  options,
  selected,
  emptyLabel,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected: string | null | undefined;
  emptyLabel: string;
}) {
  const id = fieldId(name);
  const error = errors?.[name];
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={selected ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
