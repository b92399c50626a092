import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="card">
      <h1>Not found</h1>
      <p>
        There is nothing here, or it is not yours to see. <Link to="/">Back to the portfolio</Link>
      </p>
    </section>
  );
}
