import { useQuery } from 'urql';
import type { RuleNode } from '../rule/rule-tree';
import { nodeToJson } from '../rule/rule-tree';
import { useDebounced } from '../ui/use-debounced';
import { formatCount, formatShare } from '../ui/format';
import { SubtreeSizeQuery } from './builder-queries';

/**
 * The exact size of one node's own rule, inline, so the strategist sees which condition
 * narrows most. Unchanged subtrees are answered from urql's cache; invalid ones not asked.
 */
export function SubtreeCount({ node, valid }: { node: RuleNode; valid: boolean }) {
  const rule = useDebounced(JSON.stringify(nodeToJson(node)), 250);
  const [{ data, fetching }] = useQuery({
    query: SubtreeSizeQuery,
    variables: { rule: JSON.parse(rule) as ReturnType<typeof nodeToJson> },
    pause: !valid,
  });
  const size = data?.segmentSize.__typename === 'SegmentSize' ? data.segmentSize : null;
  if (!valid || !size) return <span className="subtree-count muted">{fetching ? '…' : ''}</span>;
  return (
    <span
      className="subtree-count"
      data-testid="subtree-count"
      title={`This part alone: ${formatCount(size.size)} profiles (${formatShare(size.share)})`}
    >
      {formatCount(size.size)} <span className="muted">({formatShare(size.share)})</span>
    </span>
  );
}
