import { useCallback, useEffect, useState } from 'react';
import { api, dataOr, type Schemas } from '../api/api.ts';

export type ModelDetail = Schemas['ModelDetail'];

/** The active model (YAML and definition), with `reload` for after an activation. */
export function useActiveModel(): { model: ModelDetail | undefined; error: string | undefined; reload: () => void } {
  const [model, setModel] = useState<ModelDetail>();
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    api
      .GET('/api/v1/models/active')
      // openapi-fetch widens the schema's [value, score] tuples to number[][]; the schema type is the true one.
      .then((r) => live && setModel(dataOr(r) as ModelDetail))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { model, error, reload };
}
