import { formatCount, formatShare } from '../ui/format';
import { useBuilder } from './builder-context';

/**
 * The exact size of one node's own rule, inline, so the strategist sees which condition
 * narrows most. The sizes of all nodes are asked together (`useSubtreeSizes`); a part that is
 * not a valid rule on its own shows nothing.
 */
export function SubtreeCount({ id }: { id: string }) {
  const size = useBuilder().subtreeSizes.get(id) ?? { status: 'pending' };
  if (size.status !== 'counted')
    return (
      <span
        className="subtree-count muted"
        data-testid="subtree-count"
        data-status={size.status}
        title={size.status === 'error' ? 'Could not count this part' : undefined}
      >
        {size.status === 'pending' ? '…' : size.status === 'error' ? '?' : ''}
      </span>
    );
  return (
    <span
      className="subtree-count"
      data-testid="subtree-count"
      data-status="counted"
      title={`This part alone: ${formatCount(size.size)} profiles (${formatShare(size.share)})`}
    >
      {formatCount(size.size)} <span className="muted">({formatShare(size.share)})</span>
    </span>
  );
}
