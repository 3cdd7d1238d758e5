import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { builderReducer, initialBuilderState, type BuilderState } from '../rule/builder-reducer';
import { ruleKey } from '../rule/rule-key';
import type { RuleJson } from '../rule/rule-tree';
import { mockClient } from '../testing/mock-client';
import { useSubtreeSizes } from './use-subtree-sizes';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** `waitFor` with room for a busy machine: the debounce alone is a quarter of a second. */
const eventually = (check: () => void) => waitFor(check, { timeout: 5000 });
const age = (min: number): RuleJson => ({ attribute: { key: 'age', op: 'gte', value: min } });
const sms: RuleJson = { reachable: { channel: 'sms' } };
const email: RuleJson = { reachable: { channel: 'email' } };

/**
 * A fake `segmentSizes`: a rule's size is the length of its JSON, a rule with an unpicked
 * attribute is invalid, requests with a `slow` rule answer late.
 */
function sizesServer(slow: (rule: RuleJson) => boolean = () => false) {
  const requests: RuleJson[][] = [];
  const client = mockClient({
    SubtreeSizes: async (variables) => {
      const rules = (variables.segments as { rule: RuleJson }[]).map((s) => s.rule);
      requests.push(rules);
      if (rules.some(slow)) await sleep(500);
      return {
        segmentSizes: rules.map((rule) =>
          ruleKey(rule).includes('"key":""') // an attribute not yet picked, anywhere inside
            ? { __typename: 'InputErrors' }
            : { __typename: 'SegmentSize', size: sizeOf(rule), share: 0.5 },
        ),
      };
    },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Provider value={client}>{children}</Provider>
  );
  return { requests, wrapper };
}
const sizeOf = (rule: RuleJson) => ruleKey(rule).length;

function renderSizes(start: BuilderState, server: ReturnType<typeof sizesServer>) {
  return renderHook(({ state }) => useSubtreeSizes(state.root), {
    wrapper: server.wrapper,
    initialProps: { state: start },
  });
}

describe('useSubtreeSizes', () => {
  it('asks the sizes of all parts of the tree in one request, and shows each beside its node', async () => {
    const server = sizesServer();
    const state = initialBuilderState({
      and: [age(30), { or: [sms, email] }, { not: { attribute: { key: '', op: 'exists' } } }],
    });
    const { result } = renderSizes(state, server);
    await eventually(() => expect(result.current.get('n2')?.status).toBe('counted'));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toHaveLength(6);
    const group = state.root.children[1]!;
    expect(result.current.get(group.id)).toEqual({
      status: 'counted',
      size: sizeOf({ or: [sms, email] }),
      share: 0.5,
    });
    const not = state.root.children[2]!;
    expect(result.current.get(not.id)).toEqual({ status: 'invalid' });
  });

  it('after an edit asks only the parts that changed (the node and its ancestors), once per burst', async () => {
    const server = sizesServer();
    let state = initialBuilderState({ and: [age(30), { or: [sms, { and: [age(40), email] }] }] });
    const { result, rerender } = renderSizes(state, server);
    await eventually(() => expect(server.requests).toHaveLength(1));
    await eventually(() => expect(result.current.get('n2')?.status).toBe('counted'));

    const inner = state.root.children[1]!;
    const leaf = inner.kind === 'group' ? inner.children[1] : undefined;
    if (leaf?.kind !== 'group' || leaf.children[0]?.kind !== 'attribute') throw new Error('tree');
    const target = leaf.children[0];
    for (const min of [41, 42, 43]) {
      state = builderReducer(state, {
        type: 'set-condition',
        id: target.id,
        condition: { kind: 'attribute', attribute: { key: 'age', op: 'gte', value: min } },
      });
      rerender({ state });
    }
    await eventually(() => expect(result.current.get(target.id)?.status).toBe('counted'));
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toEqual([
      { or: [sms, { and: [age(43), email] }] },
      { and: [age(43), email] },
      age(43),
    ]);
    expect(result.current.get(target.id)).toMatchObject({ size: sizeOf(age(43)) });

    // Moving a node changes its ancestors but not the node itself: it is not asked again.
    state = builderReducer(state, { type: 'outdent', id: target.id });
    rerender({ state });
    await eventually(() => expect(server.requests).toHaveLength(3));
    expect(server.requests[2]).not.toContainEqual(age(43));
  });

  it('never shows a late answer beside a node whose rule has changed since', async () => {
    const server = sizesServer((rule) => ruleKey(rule) === ruleKey(age(20)));
    let state = initialBuilderState({ and: [age(10), sms] });
    const { result, rerender } = renderSizes(state, server);
    const id = state.root.children[0]!.id;
    await eventually(() => expect(result.current.get(id)).toMatchObject({ size: sizeOf(age(10)) }));

    const setAge = (min: number) => {
      state = builderReducer(state, {
        type: 'set-condition',
        id,
        condition: { kind: 'attribute', attribute: { key: 'age', op: 'gte', value: min } },
      });
      rerender({ state });
    };
    setAge(20);
    await eventually(() => expect(server.requests).toHaveLength(2)); // slow: answers in 500 ms
    setAge(300);
    await eventually(() =>
      expect(result.current.get(id)).toMatchObject({ size: sizeOf(age(300)) }),
    );
    await act(() => sleep(600)); // the answer for age ≥ 20 arrives now
    expect(result.current.get(id)).toMatchObject({ size: sizeOf(age(300)) });
    expect(server.requests).toHaveLength(3);
  });
});
