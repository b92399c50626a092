import { useMemo } from 'react';
import { describeModel } from './describe-model.ts';
import { useActiveModel } from './use-active-model.ts';
import './models-page.css';

function Section({ id, title, sentences }: { id: string; title: string; sentences: readonly string[] }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
    </section>
  );
}

/** The active model in plain words, so sales, CS and leadership read the same definition. */
export function HowItWorksPage() {
  const { model, error } = useActiveModel();
  const d = useMemo(() => (model ? describeModel(model.definition) : undefined), [model]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!model || !d) return <p className="muted">Loading the active model…</p>;
  return (
    <div className="how-it-works">
      <h1>How scores work</h1>
      <p className="muted">
        Written from the active model “{model.name}” (version <code>{model.version}</code>
        {model.activatedAt ? `, active since ${new Date(model.activatedAt).toLocaleDateString()}` : ''}). When the model changes, this page changes with it.
      </p>
      <nav aria-label="On this page" className="card toc">
        <ul>
          {d.scorecards.map((s) => (
            <li key={s.key}>
              <a href={`#scorecard-${s.key}`}>{s.title}</a>
            </li>
          ))}
          <li><a href="#bands">Bands</a></li>
          <li><a href="#segments">Segments</a></li>
          <li><a href="#staleness">Stale data</a></li>
          <li><a href="#missing">Missing data</a></li>
          <li><a href="#confidence">Confidence</a></li>
          <li><a href="#rollup">Parent accounts</a></li>
        </ul>
      </nav>
      <Section id="overview" title="Overview" sentences={d.intro} />
      {d.scorecards.map((s) => (
        <section key={s.key} className="card" aria-labelledby={`scorecard-${s.key}`}>
          <h2 id={`scorecard-${s.key}`}>{s.title}</h2>
          {s.sentences.map((t) => (
            <p key={t}>{t}</p>
          ))}
          {s.components.map((c) => (
            <div key={c.key} className="hiw-component">
              <h3>{c.title}</h3>
              <p>{c.sentence}</p>
              <ul>
                {c.metrics.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <Section id="bands" title="Bands" sentences={[...d.bands, 'A scorecard with its own bands says so above.']} />
      <section className="card" aria-labelledby="segments">
        <h2 id="segments">Segments</h2>
        {d.segments.map((t) => (
          <p key={t}>{t}</p>
        ))}
        {d.segmentList.map((s) => (
          <div key={s.name} className="hiw-component">
            <h3>{s.name}</h3>
            <ul>
              {s.sentences.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <Section id="staleness" title="Stale data" sentences={d.staleness} />
      <Section id="missing" title="Missing data" sentences={d.missingData} />
      <Section id="confidence" title="Confidence" sentences={d.confidence} />
      <Section id="rollup" title="Parent accounts" sentences={d.rollUp} />
    </div>
  );
}
