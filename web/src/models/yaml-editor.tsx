import { useRef, type UIEvent } from 'react';

export interface EditorIssue {
  readonly line?: number;
  readonly field: string;
  readonly message: string;
  readonly code?: string;
}

/**
 * A plain textarea with line numbers, and the model's problems listed by line beside it; a
 * problem's button puts the caret on its line. Lines do not wrap, so the numbers stay in step.
 */
export function YamlEditor({ value, onChange, issues, label }: { value: string; onChange: (v: string) => void; issues: readonly EditorIssue[]; label: string }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lines = value.split('\n').length;
  const bad = new Set(issues.map((i) => i.line).filter((l): l is number => l !== undefined));
  const onScroll = (e: UIEvent<HTMLTextAreaElement>) => {
    if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
  };
  const goTo = (line: number) => {
    const el = area.current;
    if (!el) return;
    const start = value.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    const end = value.indexOf('\n', start);
    el.focus();
    el.setSelectionRange(start, end === -1 ? value.length : end);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (line - 4) * lineHeight);
  };
  return (
    <div className="yaml-editor">
      <div className="yaml-frame">
        <pre className="yaml-gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <span key={i} className={bad.has(i + 1) ? 'bad' : undefined}>
              {i + 1}
              {'\n'}
            </span>
          ))}
        </pre>
        <textarea
          ref={area}
          aria-label={label}
          aria-describedby="yaml-issues"
          aria-invalid={issues.length > 0}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onScroll={onScroll}
          spellCheck={false}
          wrap="off"
        />
      </div>
      <div id="yaml-issues" className="yaml-issues" aria-live="polite">
        {issues.length > 0 && (
          <>
            <h3>
              {issues.length === 1 ? '1 problem' : `${issues.length} problems`}
            </h3>
            <ol>
              {issues.map((i, n) => (
                <li key={n}>
                  {i.line !== undefined ? (
                    <button type="button" className="link" onClick={() => goTo(i.line as number)}>
                      Line {i.line}
                    </button>
                  ) : (
                    <span>No line</span>
                  )}
                  : <code>{i.field}</code> {i.message}
                  {i.code ? <span className="muted"> [{i.code}]</span> : null}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
