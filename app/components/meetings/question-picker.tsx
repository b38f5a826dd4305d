// The question bank as checkboxes, one group of questions to a fieldset, with the questions the
// records suggest marked as such. Ticked questions are saved by their ids.
import type { MeetingQuestion, QuestionGroup } from "~/domain/meetings/question-bank";

export function QuestionPicker({
  groups,
  selected,
  suggested,
}: {
  groups: Array<{ group: QuestionGroup; label: string; questions: MeetingQuestion[] }>;
  selected: readonly string[];
  suggested: readonly string[];
}) {
  return (
    <div className="question-picker">
      {groups.map((group) => (
        <fieldset key={group.group} className="field choices">
          <legend>{group.label}</legend>
          {group.questions.map((question, index) => {
            const id =
              index === 0 && group.group === groups[0]?.group
                ? "field-picked"
                : `question-${question.id}`;
            return (
              <div className="choice" key={question.id}>
                <input
                  type="checkbox"
                  id={id}
                  name="picked[]"
                  value={question.id}
                  defaultChecked={selected.includes(question.id)}
                />
                <label htmlFor={id}>
                  {question.text}
                  {suggested.includes(question.id) ? (
                    <span className="tag tag--suggested">Suggested by your records</span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
