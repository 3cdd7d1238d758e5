import { useId, useState } from 'react';
import type { AttributeDefinition } from '../../catalog/use-catalog';
import { useBuilder } from '../builder-context';

/** Picks a catalog attribute: type to narrow the list (Enter takes the first match), then choose. */
export function AttributePicker({
  value,
  onPick,
}: {
  value: string;
  onPick: (attribute: AttributeDefinition) => void;
}) {
  const { catalog } = useBuilder();
  const [search, setSearch] = useState('');
  const listId = useId();
  const needle = search.trim().toLowerCase();
  const matches = catalog.attributes.filter(
    (a) =>
      a.key === value ||
      !needle ||
      a.label.toLowerCase().includes(needle) ||
      a.key.includes(needle),
  );
  const pick = (key: string) => {
    const attribute = catalog.attributes.find((a) => a.key === key);
    if (attribute) {
      onPick(attribute);
      setSearch('');
    }
  };
  return (
    <span className="attribute-picker">
      <input
        type="search"
        className="attribute-search"
        placeholder="Find attribute"
        aria-label="Find attribute"
        aria-controls={listId}
        value={search}
        autoFocus={value === ''}
        onChange={(event) => setSearch(event.target.value)}
        onKeyDown={(event) => {
          const first = matches.find((a) => a.key !== value) ?? matches[0];
          if (event.key === 'Enter' && first) {
            event.preventDefault();
            pick(first.key);
          }
        }}
      />
      <select
        id={listId}
        aria-label="Attribute"
        value={value}
        onChange={(event) => pick(event.target.value)}
      >
        {value === '' && <option value="">Pick an attribute…</option>}
        {matches.map((a) => (
          <option key={a.key} value={a.key}>
            {a.label}
            {a.sensitive !== 'none' ? ` ⚠ ${a.sensitive.replaceAll('_', ' ')}` : ''}
          </option>
        ))}
      </select>
    </span>
  );
}
