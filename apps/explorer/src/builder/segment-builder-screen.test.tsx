import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient, testCatalog } from '../testing/mock-client';
import SegmentBuilderScreen from './segment-builder-screen';

const distribution = {
  attributeDistribution: {
    __typename: 'Composition',
    population: 1000,
    rows: [
      { kind: 'value', label: 'BY', value: 'BY', from: null, to: null, populationCount: 400 },
      { kind: 'value', label: 'BE', value: 'BE', from: null, to: null, populationCount: 250 },
      { kind: 'value', label: 'NW', value: 'NW', from: null, to: null, populationCount: 350 },
    ],
  },
};

function renderBuilder(ruleCheck: (rule: unknown) => unknown) {
  const client = mockClient({
    Catalog: () => testCatalog,
    Segments: () => ({ segments: [] }),
    AttributeDistribution: () => distribution,
    RuleCheck: (v) => ruleCheck(v.rule),
    SubtreeSizes: (v) => ({
      segmentSizes: (v.segments as unknown[]).map(() => ({
        __typename: 'SegmentSize',
        size: 400,
        share: 0.4,
      })),
    }),
    SegmentComposition: () => ({
      segmentComposition: { __typename: 'Composition', segmentSize: 0, rows: [] },
    }),
  });
  return render(
    <Provider value={client}>
      <SegmentBuilderScreen />
    </Provider>,
  );
}

describe('segment builder screen', () => {
  beforeEach(() => window.history.replaceState(null, '', '/builder'));

  it('adds an enum condition by clicking, counts it live, and keeps the rule in the URL', async () => {
    const user = userEvent.setup();
    renderBuilder((rule) => {
      const values =
        (rule as { and: { attribute: { values?: string[] } }[] }).and[0]?.attribute.values ?? [];
      const size = values.includes('BY') ? 400 : 0;
      return {
        validateRule: values.length
          ? { valid: true, issues: [] }
          : {
              valid: false,
              issues: [
                { path: 'rule.and[0].attribute.values', message: 'expected at least one value' },
              ],
            },
        segmentSize: values.length
          ? { __typename: 'SegmentSize', size, population: 1000, share: size / 1000 }
          : { __typename: 'InputErrors' },
      };
    });
    await user.selectOptions(
      await screen.findByLabelText('Add a condition to the rule'),
      'attribute',
    );
    await user.type(screen.getByLabelText('Find attribute'), 'federal{Enter}');

    const condition = screen.getByRole('group', { name: 'Federal state condition' });
    expect(await within(condition).findByText('expected at least one value')).toBeInTheDocument();
    expect(condition).toHaveClass('has-issue');

    await user.click(await within(condition).findByRole('checkbox', { name: /BY/ }));
    await waitFor(() => expect(screen.getByTestId('live-size')).toHaveTextContent('400'));
    expect(screen.getByText(/40% of 1,000 profiles/)).toBeInTheDocument();
    expect(within(condition).queryByText('expected at least one value')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(within(condition).getByTestId('subtree-count')).toHaveTextContent('400 (40%)'),
    );
    expect(JSON.parse(new URL(window.location.href).searchParams.get('rule') ?? '')).toEqual({
      and: [{ attribute: { key: 'region', op: 'in', values: ['BY'] } }],
    });
  });

  it('opens the rule of the URL and undoes and redoes edits', async () => {
    const user = userEvent.setup();
    window.history.replaceState(
      null,
      '',
      `/builder?rule=${encodeURIComponent(JSON.stringify({ or: [{ reachable: { channel: 'sms' } }] }))}`,
    );
    renderBuilder(() => ({
      validateRule: { valid: true, issues: [] },
      segmentSize: { __typename: 'SegmentSize', size: 10, population: 100, share: 0.1 },
    }));
    expect(await screen.findByRole('radio', { name: 'ANY of (OR)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Delete reachable on sms condition' }));
    expect(screen.queryByLabelText('Channel')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(screen.getByLabelText('Channel')).toHaveValue('sms');
    await user.click(screen.getByRole('button', { name: /Redo/ }));
    expect(screen.queryByLabelText('Channel')).not.toBeInTheDocument();
  });

  it('moves a node dropped on another to just before it, marking where it would land', async () => {
    const sms = { reachable: { channel: 'sms' } };
    const email = { reachable: { channel: 'email' } };
    window.history.replaceState(
      null,
      '',
      `/builder?rule=${encodeURIComponent(JSON.stringify({ and: [sms, { or: [email] }] }))}`,
    );
    renderBuilder(() => ({
      validateRule: { valid: true, issues: [] },
      segmentSize: { __typename: 'SegmentSize', size: 10, population: 100, share: 0.1 },
    }));
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      setDragImage: () => undefined,
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    const emailNode = await screen.findByRole('group', { name: 'reachable on email condition' });
    const smsItem = screen.getByRole('group', { name: 'reachable on sms condition' }).closest('li');
    const handle = emailNode.querySelector('.drag-handle');
    if (!smsItem || !handle) throw new Error('no such node');

    fireEvent.dragStart(handle, { dataTransfer });
    fireEvent.dragOver(smsItem, { dataTransfer });
    expect(smsItem).toHaveClass('drop-before');
    fireEvent.drop(smsItem, { dataTransfer });
    expect(JSON.parse(new URL(window.location.href).searchParams.get('rule') ?? '')).toEqual({
      and: [email, sms, { or: [] }],
    });
    expect(document.querySelector('.drop-before')).toBeNull();
  });
});
