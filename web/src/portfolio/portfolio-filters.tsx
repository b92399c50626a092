import { useId } from 'react';
import { CHANGED_THIS_WEEK_POINTS, RENEWAL_WINDOWS, withField, type PortfolioView } from './portfolio-view.ts';
import type { ScorecardInfo } from './use-scorecards.ts';

interface Props {
  readonly view: PortfolioView;
  /** The search box's text as typed (the view gets it once typing pauses). */
  readonly search: string;
  readonly scorecards: readonly ScorecardInfo[];
  readonly bands: readonly string[];
  /** Segments and owners seen so far, offered as suggestions (the API has no list of them). */
  readonly segments: readonly string[];
  readonly owners: readonly string[];
  /** Reps see only their own book, so they get no owner filter. */
  readonly showOwner: boolean;
  onChange(view: PortfolioView): void;
  onSearch(text: string): void;
}

/** The portfolio's controls: scorecard, search, bands, segment, owner, renewal window, changed this week, upsell. */
export function PortfolioFilters({ view, search, scorecards, bands, segments, owners, showOwner, onChange, onSearch }: Props) {
  const id = useId();
  const set = <K extends keyof PortfolioView>(key: K, value: PortfolioView[K] | undefined) => onChange(withField(view, key, value));
  const chosenBands = new Set(view.band ?? []);
  const toggleBand = (band: string) => set('band', chosenBands.has(band) ? [...chosenBands].filter((b) => b !== band) : [...chosenBands, band]);
  return (
    <form className="portfolio-filters" role="search" aria-label="Filter accounts" onSubmit={(e) => e.preventDefault()}>
      <label>
        Scorecard
        <select value={view.scorecard ?? scorecards[0]?.name ?? ''} onChange={(e) => set('scorecard', e.target.value === scorecards[0]?.name ? undefined : e.target.value)}>
          {scorecards.map((s) => (
            <option key={s.name} value={s.name}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="grow">
        Search
        <input type="search" value={search} placeholder="Name or account id" onChange={(e) => onSearch(e.target.value)} />
      </label>
      <fieldset className="band-filter">
        <legend>Band</legend>
        {bands.map((b) => (
          <label key={b} className="check">
            <input type="checkbox" checked={chosenBands.has(b)} onChange={() => toggleBand(b)} />
            {b}
          </label>
        ))}
      </fieldset>
      <label>
        Segment
        <input list={`${id}-segments`} value={view.segment?.[0] ?? ''} placeholder="Any" size={11} onChange={(e) => set('segment', e.target.value.trim() ? [e.target.value.trim()] : undefined)} />
        <datalist id={`${id}-segments`}>
          {segments.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      {showOwner && (
        <label>
          Owner
          <input type="email" list={`${id}-owners`} value={view.owner?.[0] ?? ''} placeholder="Any (email)" size={16} onChange={(e) => set('owner', e.target.value.trim() ? [e.target.value.trim()] : undefined)} />
          <datalist id={`${id}-owners`}>
            {owners.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </label>
      )}
      <label>
        Renewal
        <select value={view.renewalWithinDays ?? ''} onChange={(e) => set('renewalWithinDays', e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">Any time</option>
          {RENEWAL_WINDOWS.map((d) => (
            <option key={d} value={d}>
              Next {d} days
            </option>
          ))}
        </select>
      </label>
      <div className="toggles">
        <label className="check">
          <input type="checkbox" checked={view.movedBy7d !== undefined} onChange={(e) => set('movedBy7d', e.target.checked ? CHANGED_THIS_WEEK_POINTS : undefined)} />
          Changed this week
        </label>
        <label className="check">
          <input type="checkbox" checked={view.upsell === true} onChange={(e) => set('upsell', e.target.checked || undefined)} />
          Upsell flagged
        </label>
      </div>
    </form>
  );
}
