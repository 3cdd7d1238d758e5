import type { Channel } from '../../gql/graphql';
import { useBuilder } from '../builder-context';

/** Reachable on a channel: an address and granted consent. */
export function ReachableEditor({
  id,
  condition,
}: {
  id: string;
  condition: { channel: Channel };
}) {
  const { catalog, dispatch } = useBuilder();
  return (
    <select
      aria-label="Channel"
      value={condition.channel}
      onChange={(e) =>
        dispatch({
          type: 'set-condition',
          id,
          condition: { kind: 'reachable', reachable: { channel: e.target.value as Channel } },
        })
      }
    >
      {catalog.channels.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}
