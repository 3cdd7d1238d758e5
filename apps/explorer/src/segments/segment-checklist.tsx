import { useState } from 'react';
import { formatCount } from '../ui/format';

/** A saved segment as pickers list it. */
export interface SegmentChoice {
  id: string;
  name: string;
  size: number;
}

/** Ticks saved segments, with a name filter; `max` disables the rest once reached. */
export function SegmentChecklist({
  legend,
  segments,
  selected,
  onChange,
  max,
}: {
  legend: string;
  segments: readonly SegmentChoice[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  max?: number;
}) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = segments.filter((s) => !needle || s.name.toLowerCase().includes(needle));
  const full = max !== undefined && selected.length >= max;
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  return (
    <fieldset className="panel segment-checklist">
      <legend>{legend}</legend>
      <input
        type="search"
        aria-label={`Filter ${legend.toLowerCase()}`}
        placeholder="Filter by name"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="checklist">
        {shown.map((s) => (
          <li key={s.id}>
            <label>
              <input
                type="checkbox"
                aria-label={s.name}
                checked={selected.includes(s.id)}
                disabled={full && !selected.includes(s.id)}
                onChange={() => toggle(s.id)}
              />
              <span>{s.name}</span>
              <span className="muted">{formatCount(s.size)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
