import type { Problem } from '../api/api.ts';
import { problemText } from '../api/api.ts';

/** The API's answer to a refused form, in words, with each named field's message. */
export function FormProblem({ problem }: { problem: unknown }) {
  if (problem === undefined) return null;
  const errors = (problem as Partial<Problem>).errors ?? [];
  return (
    <div className="error" role="alert">
      <p>{problemText(problem)}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map((e, i) => (
            <li key={i}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
