import { useRef } from 'react';
import type { AttributeDefinition } from '../catalog/use-catalog';
import { offsetOf } from './message-variant';

/** A template problem with its place, as `checkMessage` reports it. */
export interface TemplateIssue {
  message: string;
  line: number | null;
  column: number | null;
}

/**
 * A Liquid template editor: line numbers with the lines that have errors marked, each error
 * listed with its line and column (activating it puts the cursor there), and the catalog's
 * attributes offered as variables to insert at the cursor.
 */
export function TemplateEditor({
  label,
  value,
  onChange,
  issues,
  attributes,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  issues: readonly TemplateIssue[];
  attributes: readonly AttributeDefinition[];
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const lines = value.split('\n');
  const badLines = new Set(issues.map((i) => i.line));
  const insert = (key: string) => {
    const el = area.current;
    const at = el ? el.selectionStart : value.length;
    const end = el ? el.selectionEnd : value.length;
    const snippet = `{{ profile.${key} }}`;
    onChange(value.slice(0, at) + snippet + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + snippet.length, at + snippet.length);
    });
  };
  const goTo = (issue: TemplateIssue) => {
    const el = area.current;
    if (!el || issue.line === null) return;
    const at = offsetOf(value, issue.line, issue.column ?? 1);
    el.focus();
    el.setSelectionRange(at, at);
  };
  return (
    <div className="template-editor">
      <label htmlFor="template-body" className="field-label">
        {label}
      </label>
      <div className="editor-frame">
        <ol className="gutter" aria-hidden="true">
          {lines.map((_, i) => (
            <li key={i} className={badLines.has(i + 1) ? 'bad' : ''}>
              {i + 1}
            </li>
          ))}
        </ol>
        <textarea
          id="template-body"
          ref={area}
          spellCheck={false}
          rows={Math.max(5, lines.length + 1)}
          value={value}
          aria-invalid={issues.length > 0}
          aria-describedby="template-issues"
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <ul id="template-issues" className="template-issues" aria-live="polite">
        {issues.map((issue, i) => (
          <li key={i}>
            <button
              type="button"
              className="link-button"
              onClick={() => goTo(issue)}
              disabled={issue.line === null}
            >
              {issue.line !== null ? `Line ${issue.line}, column ${issue.column ?? 1}` : 'Template'}
            </button>
            : {issue.message}
          </li>
        ))}
      </ul>
      <details className="variables">
        <summary>Insert a variable ({attributes.length} known)</summary>
        <div className="variable-chips">
          {attributes.map((a) => (
            <button
              key={a.key}
              type="button"
              className="chip"
              title={a.description || a.label}
              onClick={() => insert(a.key)}
            >
              {a.key}
            </button>
          ))}
        </div>
      </details>
    </div>
  );
}
