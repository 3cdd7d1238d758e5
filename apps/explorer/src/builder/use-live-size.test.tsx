import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import type { RuleJson } from '../rule/rule-tree';
import { mockClient } from '../testing/mock-client';
import { useLiveSize } from './use-live-size';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ruleFor = (age: number): RuleJson => ({
  and: [{ attribute: { key: 'age', op: 'gte', value: age } }],
});

describe('useLiveSize', () => {
  it('drops an older answer that arrives after the newer one, and reports the delta', async () => {
    const requested: number[] = [];
    const client = mockClient({
      RuleCheck: async (v) => {
        const age =
          (v.rule as { and: { attribute: { value: number } }[] }).and[0]?.attribute.value ?? 0;
        requested.push(age);
        await sleep(age === 20 ? 400 : 20); // the first rule's answer is slow
        return {
          validateRule: { valid: true, issues: [] },
          segmentSize: { __typename: 'SegmentSize', size: 1000 - age, population: 1000, share: 0 },
        };
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <Provider value={client}>{children}</Provider>
    );
    const { result, rerender } = renderHook(({ rule }) => useLiveSize(rule, false), {
      wrapper,
      initialProps: { rule: ruleFor(10) },
    });
    await waitFor(() => expect(result.current.size).toBe(990));

    rerender({ rule: ruleFor(20) });
    await waitFor(() => expect(requested).toContain(20));
    rerender({ rule: ruleFor(30) });
    await waitFor(() => expect(result.current.status).toBe('fresh'));
    expect(result.current.size).toBe(970);
    await sleep(500); // the slow answer for 20 arrives now and must be ignored
    expect(result.current.size).toBe(970);
    expect(result.current.previousSize).toBe(990);
    expect(result.current.countedRule).toBe(JSON.stringify(ruleFor(30)));
  });

  it('waits until edits pause: a burst of changes sends one request', async () => {
    let calls = 0;
    const client = mockClient({
      RuleCheck: () => {
        calls += 1;
        return {
          validateRule: { valid: true, issues: [] },
          segmentSize: { __typename: 'SegmentSize', size: 1, population: 1, share: 1 },
        };
      },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <Provider value={client}>{children}</Provider>
    );
    const { result, rerender } = renderHook(({ rule }) => useLiveSize(rule, false), {
      wrapper,
      initialProps: { rule: ruleFor(1) },
    });
    for (let age = 2; age <= 6; age++) rerender({ rule: ruleFor(age) });
    await waitFor(() => expect(result.current.status).toBe('fresh'));
    expect(calls).toBe(1);
  });
});
