import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { AttributeDefinition } from '../../catalog/use-catalog';
import { mockClient } from '../../testing/mock-client';
import { palette } from '../../ui/palette';
import { DateRangeEditor, yearOf } from './date-range-editor';

const signup: AttributeDefinition = {
  key: 'signup_date',
  label: 'Signup date',
  description: '',
  type: 'date',
  values: [],
  unit: null,
  sensitive: 'none',
  operators: ['eq', 'lt', 'gt', 'between', 'exists', 'missing'],
};

const yearRow = (year: number) => ({
  kind: 'year',
  label: String(year),
  value: null,
  from: year,
  to: year + 1,
  populationCount: year - 2000,
});

describe('DateRangeEditor', () => {
  it('edits the range with date pickers over the population per year, the years inside highlighted', async () => {
    const client = mockClient({
      AttributeDistribution: () => ({
        attributeDistribution: {
          __typename: 'Composition',
          population: 100,
          rows: [2019, 2020, 2021, 2022, 2023].map(yearRow),
        },
      }),
    });
    const onChange = vi.fn();
    const { container } = render(
      <Provider value={client}>
        <DateRangeEditor
          attribute={signup}
          condition={{ key: 'signup_date', op: 'between', min: '2020-03-01', max: '2021-12-31' }}
          onChange={onChange}
        />
      </Provider>,
    );
    await screen.findByRole('img', {
      name: 'Distribution of Signup date (per year) in the population',
    });
    const fills = [...container.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    const on = palette.segment;
    expect(fills).toEqual(['#c8c8c8', on, on, '#c8c8c8', '#c8c8c8']);
    expect(container.querySelector('.years')).toHaveTextContent('20192023');

    fireEvent.change(screen.getByLabelText('Signup date to'), { target: { value: '2022-06-30' } });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        key: 'signup_date',
        op: 'between',
        min: '2020-03-01',
        max: '2022-06-30',
      }),
    );
    fireEvent.change(screen.getByLabelText('Signup date from'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({
      key: 'signup_date',
      op: 'between',
      max: '2021-12-31',
    });
  });

  it('reads the year of a date, and nothing else', () => {
    expect(yearOf('2024-02-29')).toBe(2024);
    expect(yearOf('2024')).toBeNull();
    expect(yearOf(2024)).toBeNull();
    expect(yearOf(undefined)).toBeNull();
  });
});
