// The questions a letter asks before it is written, drawn from the template's own list: text,
// one choice, several choices, or a choice with a box to type your own.
import { CheckboxGroup, RadioGroup, TextArea, TextField, typedList, typedOr } from "~/components/form";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { TYPED_SUFFIX } from "~/forms/letters";
import type { LetterOptionField } from "~/domain";

/** Form names live under "option." so they cannot clash with the letter's own fields. */
const optionName = (name: string) => `option.${name}`;


export function LetterOptionFields({
  fields,
  errors,
  values,
}: {
  fields: readonly LetterOptionField[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  return (
    <>
      {fields.map((field) => {
        const name = optionName(field.name);
        switch (field.kind) {
          case "text":
            return field.rows ? (
              <TextArea
                key={name}
                name={name}
                label={field.label}
                hint={field.hint}
                rows={field.rows}
                maxLength={field.maxLength}
                errors={errors}
                defaultValue={typedOr(values, name, "")}
              />
            ) : (
              <TextField
                key={name}
                name={name}
                label={field.label}
                hint={field.hint}
                maxLength={field.maxLength}
                errors={errors}
                defaultValue={typedOr(values, name, "")}
              />
            );
          case "choice":
            return (
              <RadioGroup
                key={name}
                name={name}
                legend={field.label}
                hint={field.hint}
                options={field.choices}
                selected={typedOr(values, name, field.defaultValue)}
                errors={errors}
              />
            );
          case "checkboxes":
            return (
              <CheckboxGroup
                key={name}
                name={name}
                legend={field.label}
                hint={field.hint}
                options={field.choices}
                selected={typedList(values, name, field.defaultValue)}
                errors={errors}
              />
            );
          case "choice_or_text":
            return (
              <div key={name} className="choice-or-text">
                {field.choices.length > 0 ? (
                  <RadioGroup
                    name={name}
                    legend={field.label}
                    hint={field.hint}
                    options={field.choices}
                    selected={typedOr(values, name, "")}
                    errors={errors}
                  />
                ) : null}
                <TextField
                  name={`${name}${TYPED_SUFFIX}`}
                  label={field.choices.length > 0 ? field.typedLabel : field.label}
                  hint={field.typedHint}
                  maxLength={field.maxLength}
                  errors={errors}
                  defaultValue={typedOr(values, `${name}${TYPED_SUFFIX}`, "")}
                />
              </div>
            );
        }
      })}
    </>
  );
}
