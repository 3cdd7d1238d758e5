import { describe, expect, it } from 'vitest';
import {
  builderReducer,
  initialBuilderState,
  type BuilderAction,
  type BuilderState,
} from './builder-reducer';
import { nodeToJson, type RuleJson } from './rule-tree';

const age = { attribute: { key: 'age', op: 'gte', value: 18 } } satisfies RuleJson;
const region = { attribute: { key: 'region', op: 'in', values: ['BY'] } } satisfies RuleJson;
const climate = { interest: { topic: 'climate', minAffinity: 0.5 } } satisfies RuleJson;
const email = { reachable: { channel: 'email' } } satisfies RuleJson;

const run = (state: BuilderState, ...actions: BuilderAction[]) =>
  actions.reduce(builderReducer, state);
const rule = (state: BuilderState) => nodeToJson(state.root);

describe('builderReducer', () => {
  it('starts from an empty and-group, or wraps a single condition in one', () => {
    expect(rule(initialBuilderState())).toEqual({ and: [] });
    expect(rule(initialBuilderState(age))).toEqual({ and: [age] });
    expect(rule(initialBuilderState({ or: [age, region] }))).toEqual({ or: [age, region] });
  });

  it('adds conditions and nested groups with fresh, stable ids', () => {
    const start = initialBuilderState();
    const s = run(
      start,
      { type: 'add', groupId: start.root.id, rule: age },
      { type: 'add', groupId: start.root.id, rule: { or: [] } },
    );
    const group = s.root.children[1]!;
    const s2 = run(
      s,
      { type: 'add', groupId: group.id, rule: climate },
      { type: 'add', groupId: group.id, rule: email },
    );
    expect(rule(s2)).toEqual({ and: [age, { or: [climate, email] }] });
    const ids = [s2.root.id, ...s2.root.children.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(s2.root.children[0]!.id).toBe(s.root.children[0]!.id);
  });

  it('inserts at an index and ignores adds to leaves or unknown groups', () => {
    const s = initialBuilderState({ and: [age, region] });
    expect(rule(run(s, { type: 'add', groupId: s.root.id, rule: climate, index: 1 }))).toEqual({
      and: [age, climate, region],
    });
    expect(run(s, { type: 'add', groupId: s.root.children[0]!.id, rule: climate })).toBe(s);
    expect(run(s, { type: 'add', groupId: 'nope', rule: climate })).toBe(s);
  });

  it('edits a condition in place, keeping its id', () => {
    const s = initialBuilderState({ and: [age] });
    const id = s.root.children[0]!.id;
    const next = run(s, {
      type: 'set-condition',
      id,
      condition: { kind: 'interest', interest: { topic: 'climate', minAffinity: 0.7 } },
    });
    expect(rule(next)).toEqual({ and: [{ interest: { topic: 'climate', minAffinity: 0.7 } }] });
    expect(next.root.children[0]!.id).toBe(id);
  });

  it('switches a group between and and or', () => {
    const s = initialBuilderState({ and: [age, region] });
    expect(rule(run(s, { type: 'set-group-op', id: s.root.id, op: 'or' }))).toEqual({
      or: [age, region],
    });
    expect(run(s, { type: 'set-group-op', id: s.root.id, op: 'and' })).toBe(s);
  });

  it('removes nodes; removing the child of a not removes the not; removing the root empties it', () => {
    const s = initialBuilderState({ and: [age, { not: region }, climate] });
    const not = s.root.children[1]!;
    expect(rule(run(s, { type: 'remove', id: s.root.children[0]!.id }))).toEqual({
      and: [{ not: region }, climate],
    });
    expect(not.kind).toBe('not');
    if (not.kind !== 'not') return;
    expect(rule(run(s, { type: 'remove', id: not.child.id }))).toEqual({ and: [age, climate] });
    expect(rule(run(s, { type: 'remove', id: s.root.id }))).toEqual({ and: [] });
  });

  it('duplicates a subtree right after itself with new ids', () => {
    const s = initialBuilderState({ and: [{ or: [age, region] }, climate] });
    const next = run(s, { type: 'duplicate', id: s.root.children[0]!.id });
    expect(rule(next)).toEqual({ and: [{ or: [age, region] }, { or: [age, region] }, climate] });
    const [a, b] = next.root.children;
    expect(a!.id).not.toBe(b!.id);
    expect(JSON.stringify(b)).not.toContain(`"${a!.id}"`);
  });

  it('moves up and down within a group and stops at the ends', () => {
    const s = initialBuilderState({ and: [age, region, climate] });
    const [first, second, third] = s.root.children;
    expect(rule(run(s, { type: 'move', id: first!.id, by: 1 }))).toEqual({
      and: [region, age, climate],
    });
    expect(rule(run(s, { type: 'move', id: third!.id, by: -1 }))).toEqual({
      and: [age, climate, region],
    });
    expect(rule(run(s, { type: 'move', id: second!.id, by: 1 }))).toEqual({
      and: [age, climate, region],
    });
    expect(run(s, { type: 'move', id: first!.id, by: -1 })).toBe(s);
    expect(run(s, { type: 'move', id: third!.id, by: 1 })).toBe(s);
  });

  it('moves a node into another group (drag) but never into itself', () => {
    const s = initialBuilderState({ and: [age, { or: [region] }, climate] });
    const group = s.root.children[1]!;
    const moved = run(s, {
      type: 'move-to',
      id: s.root.children[2]!.id,
      groupId: group.id,
      index: 0,
    });
    expect(rule(moved)).toEqual({ and: [age, { or: [climate, region] }] });
    expect(run(s, { type: 'move-to', id: group.id, groupId: group.id, index: 0 })).toBe(s);
    const sameGroupDown = run(s, {
      type: 'move-to',
      id: s.root.children[0]!.id,
      groupId: s.root.id,
      index: 3,
    });
    expect(rule(sameGroupDown)).toEqual({ and: [{ or: [region] }, climate, age] });
  });

  it('indents into the group above and outdents after the own group', () => {
    const s = initialBuilderState({ and: [{ or: [region] }, climate] });
    const indented = run(s, { type: 'indent', id: s.root.children[1]!.id });
    expect(rule(indented)).toEqual({ and: [{ or: [region, climate] }] });
    const group = indented.root.children[0]!;
    if (group.kind !== 'group') throw new Error('expected a group');
    const outdented = run(indented, { type: 'outdent', id: group.children[0]!.id });
    expect(rule(outdented)).toEqual({ and: [{ or: [climate] }, region] });
    expect(run(s, { type: 'outdent', id: s.root.children[1]!.id })).toBe(s);
    expect(run(s, { type: 'indent', id: s.root.children[0]!.id })).toBe(s);
  });

  it('wraps in and unwraps a not, and wraps a node in a new group', () => {
    const s = initialBuilderState({ and: [age, region] });
    const negated = run(s, { type: 'toggle-not', id: s.root.children[1]!.id });
    expect(rule(negated)).toEqual({ and: [age, { not: region }] });
    expect(rule(run(negated, { type: 'toggle-not', id: negated.root.children[1]!.id }))).toEqual({
      and: [age, region],
    });
    expect(rule(run(s, { type: 'wrap', id: s.root.children[0]!.id, op: 'or' }))).toEqual({
      and: [{ or: [age] }, region],
    });
    expect(run(s, { type: 'toggle-not', id: s.root.id })).toBe(s);
  });

  it('undoes and redoes every edit, and a new edit clears the redo stack', () => {
    const s0 = initialBuilderState();
    const s1 = run(s0, { type: 'add', groupId: s0.root.id, rule: age });
    const s2 = run(s1, { type: 'add', groupId: s0.root.id, rule: region });
    const back = run(s2, { type: 'undo' });
    expect(rule(back)).toEqual({ and: [age] });
    expect(rule(run(back, { type: 'undo' }))).toEqual({ and: [] });
    expect(rule(run(back, { type: 'redo' }))).toEqual({ and: [age, region] });
    const branched = run(back, { type: 'add', groupId: s0.root.id, rule: climate });
    expect(branched.future).toEqual([]);
    expect(run(s0, { type: 'undo' })).toBe(s0);
    expect(run(s0, { type: 'redo' })).toBe(s0);
  });

  it('merges a run of coalescing edits of one condition into one undo step', () => {
    const s = initialBuilderState({ and: [climate] });
    const id = s.root.children[0]!.id;
    const slide = (minAffinity: number): BuilderAction => ({
      type: 'set-condition',
      id,
      condition: { kind: 'interest', interest: { topic: 'climate', minAffinity } },
      coalesce: true,
    });
    const slid = run(s, slide(0.6), slide(0.7), slide(0.8));
    expect(slid.past).toHaveLength(1);
    expect(rule(run(slid, { type: 'undo' }))).toEqual({ and: [climate] });
  });

  it('loads a rule as an undoable edit', () => {
    const s = initialBuilderState({ and: [age] });
    const loaded = run(s, { type: 'load', rule: { or: [region, email] } });
    expect(rule(loaded)).toEqual({ or: [region, email] });
    expect(rule(run(loaded, { type: 'undo' }))).toEqual({ and: [age] });
  });
});
