import { describe, expect, it } from 'vitest';
import { issuesByNode, nodePaths } from './issue-paths';
import { counterIds, rootFromJson } from './rule-tree';

const root = rootFromJson(
  {
    and: [
      { attribute: { key: 'age', op: 'between', min: 50, max: 20 } },
      { not: { or: [{ interest: { topic: 'climate', minAffinity: 2 } }] } },
      { or: [] },
    ],
  },
  counterIds(1),
);

describe('issuesByNode', () => {
  it('names every node by its path below the root', () => {
    expect([...nodePaths(root).keys()]).toEqual([
      '',
      'and[0]',
      'and[1]',
      'and[1].not',
      'and[1].not.or[0]',
      'and[2]',
    ]);
  });

  it('places validateRule and segmentSize issues on the deepest node, with the field left over', () => {
    const issues = issuesByNode(root, [
      { path: 'rule.and[0].attribute.max', message: 'expected max ≥ min (50)' },
      { path: 'segment.and[1].not.or[0].interest.minAffinity', message: 'too big' },
      { path: 'rule.and[2].or', message: '"or" needs at least one rule' },
      { path: 'rule', message: 'too deep' },
    ]);
    const paths = nodePaths(root);
    expect(issues.get(paths.get('and[0]')!)).toEqual([
      { field: 'attribute.max', message: 'expected max ≥ min (50)' },
    ]);
    expect(issues.get(paths.get('and[1].not.or[0]')!)).toEqual([
      { field: 'interest.minAffinity', message: 'too big' },
    ]);
    expect(issues.get(paths.get('and[2]')!)).toEqual([
      { field: 'or', message: '"or" needs at least one rule' },
    ]);
    expect(issues.get(root.id)).toEqual([{ field: '', message: 'too deep' }]);
  });

  it('puts an issue past the last child on the group that holds it', () => {
    const issues = issuesByNode(root, [{ path: 'rule.and[9].attribute', message: 'x' }]);
    expect(issues.get(root.id)).toEqual([{ field: 'and[9].attribute', message: 'x' }]);
  });
});
