import { useEffect, useState } from 'react';
import { api } from '../api/api.ts';

export interface BandInfo {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly color?: string;
}

export interface ScorecardInfo {
  readonly name: string;
  readonly label: string;
  /** As the model lists them. */
  readonly bands: readonly BandInfo[];
}

/** The active model's scorecards with their bands (a scorecard without its own uses the model's), or undefined while loading. */
export function useScorecards(): readonly ScorecardInfo[] | undefined {
  const [cards, setCards] = useState<readonly ScorecardInfo[]>();
  useEffect(() => {
    let live = true;
    void api.GET('/api/v1/models/active').then((r) => {
      if (!live) return;
      const def = r.data?.definition;
      if (!def) return setCards([]);
      setCards(Object.entries(def.scorecards).map(([name, card]) => ({ name, label: (card as { label?: string }).label ?? name, bands: card.bands ?? def.bands })));
    });
    return () => {
      live = false;
    };
  }, []);
  return cards;
}
