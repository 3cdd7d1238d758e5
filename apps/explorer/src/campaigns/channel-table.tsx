import type { ChannelPlan } from './campaign-draft';

/** The campaign's channels: on/off, cost per contact and rank (lower is tried first). */
export function ChannelTable({
  channels,
  onChange,
}: {
  channels: readonly ChannelPlan[];
  onChange: (channels: ChannelPlan[]) => void;
}) {
  const set = (index: number, patch: Partial<ChannelPlan>) =>
    onChange(channels.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <table className="data-table channel-table">
      <caption className="visually-hidden">Channels</caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Cost per contact (EUR)</th>
          <th scope="col">Priority</th>
        </tr>
      </thead>
      <tbody>
        {channels.map((c, i) => (
          <tr key={c.channel}>
            <td>
              <label>
                <input
                  type="checkbox"
                  checked={c.enabled}
                  onChange={(e) => set(i, { enabled: e.target.checked })}
                />{' '}
                {c.channel}
              </label>
            </td>
            <td>
              <input
                type="number"
                min={0}
                step={0.01}
                className="number-input"
                aria-label={`${c.channel} cost per contact`}
                value={c.costPerContact}
                disabled={!c.enabled}
                onChange={(e) => set(i, { costPerContact: Number(e.target.value) })}
              />
            </td>
            <td>
              <input
                type="number"
                min={0}
                step={1}
                className="number-input"
                aria-label={`${c.channel} priority`}
                value={c.priority}
                disabled={!c.enabled}
                onChange={(e) => set(i, { priority: Number(e.target.value) })}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
