import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../router/link';
import { hrefTo } from '../router/router';
import { formatCount } from '../ui/format';
import { useDebounced } from '../ui/use-debounced';
import { SegmentsQuery } from './segment-queries';

/** Saved segments by name, with their exact sizes; each opens in the builder. */
export default function SavedSegmentsScreen() {
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 200);
  const [{ data, fetching, error }] = useQuery({
    query: SegmentsQuery,
    variables: { search: debounced || null },
  });
  return (
    <section className="screen" aria-labelledby="segments-heading">
      <div className="screen-title">
        <h1 id="segments-heading">Saved segments</h1>
        <Link href="/builder?rule=%7B%22and%22%3A%5B%5D%7D" className="button">
          + New segment
        </Link>
      </div>
      <label className="search-field">
        Search by name
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="e.g. donors"
        />
      </label>
      {error && <p role="alert">{error.message}</p>}
      {fetching && !data && <p className="loading">Loading…</p>}
      {data && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {data.segments.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={hrefTo('/builder', { segment: s.id, rule: JSON.stringify(s.rule) })}>
                    {s.name}
                  </Link>
                </td>
                <td>{s.description}</td>
                <td className="num">{formatCount(s.size)}</td>
              </tr>
            ))}
            {data.segments.length === 0 && (
              <tr>
                <td colSpan={3}>No segment matches “{debounced}”.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
