// A recommendation Clearpath read from the report, waiting for the parent to confirm it, change
// its wording, or discard it. Each action is its own small form, so it works without JavaScript.
import { Form, Link } from "react-router";
import { RecommendationDetails, type RecommendationView } from "./recommendation-details";

export function SuggestionCard({
  recommendation,
  number,
  canWrite,
}: {
  recommendation: RecommendationView;
  number: number;
  canWrite: boolean;
}) {
  const name = `suggestion ${number}`;
  return (
    <li
      className="card recommendation recommendation--suggested"
      id={`recommendation-${recommendation.id}`}
    >
      <h3 className="card__title">Suggestion {number}</h3>
      <p className="recommendation__text">{recommendation.text}</p>
      <RecommendationDetails recommendation={recommendation} />
      {canWrite ? (
        <div className="actions">
          <Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="id" value={recommendation.id} />
            <button type="submit">
              Confirm<span className="visually-hidden"> {name}</span>
            </button>
          </Form>
          <Link to={`?edit=${recommendation.id}#recommendation-form`}>
            Change<span className="visually-hidden"> {name}</span>
          </Link>
          <Form method="post">
            <input type="hidden" name="intent" value="discard" />
            <input type="hidden" name="id" value={recommendation.id} />
            <button type="submit" className="secondary">
              Discard<span className="visually-hidden"> {name}</span>
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}
