import { useCallback, useEffect, useState } from 'react';
import { api, problemText, type Schemas } from '../api/api.ts';
import type { PortfolioView } from './portfolio-view.ts';

type SavedView = Schemas['SavedView'];

interface Props {
  readonly view: PortfolioView;
  onPick(view: PortfolioView): void;
}

/** The signed-in user's saved views: pick one, save the current filters and sort under a name, delete one. */
export function SavedViewsMenu({ view, onPick }: Props) {
  const [views, setViews] = useState<readonly SavedView[]>([]);
  const [picked, setPicked] = useState<number>();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();

  const reload = useCallback(async () => {
    const r = await api.GET('/api/v1/saved-views');
    if (r.data) setViews(r.data.items);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setMessage({ text: 'Give the view a name.', error: true });
    const r = await api.POST('/api/v1/saved-views', { body: { name: trimmed, query: view } });
    if (!r.data) return setMessage({ text: problemText(r.error), error: true });
    setMessage({ text: `Saved “${r.data.name}”.` });
    setName('');
    setPicked(r.data.id);
    await reload();
  };

  const remove = async () => {
    const doomed = views.find((v) => v.id === picked);
    if (!doomed) return;
    const r = await api.DELETE('/api/v1/saved-views/{id}', { params: { path: { id: doomed.id } } });
    if (r.error) return setMessage({ text: problemText(r.error), error: true });
    setMessage({ text: `Deleted “${doomed.name}”.` });
    setPicked(undefined);
    await reload();
  };

  return (
    <div className="saved-views">
      <label>
        Saved view
        <select
          value={picked ?? ''}
          onChange={(e) => {
            const v = views.find((x) => x.id === Number(e.target.value));
            setPicked(v?.id);
            if (v) onPick(v.query);
          }}
        >
          <option value="">{views.length ? 'Choose…' : 'None saved'}</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void remove()} disabled={picked === undefined}>
        Delete view
      </button>
      <form
        className="save-view"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Save current as
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="View name" maxLength={100} size={14} />
        </label>
        <button type="submit">Save view</button>
      </form>
      <span role="status" className={message?.error ? 'error' : 'muted'}>
        {message?.text}
      </span>
    </div>
  );
}
