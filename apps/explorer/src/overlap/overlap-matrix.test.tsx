import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OverlapMatrix } from './overlap-matrix';

describe('OverlapMatrix', () => {
  it('shows counts with the share of the row segment, and a click drafts the intersection', async () => {
    window.history.replaceState(null, '', '/overlap');
    render(
      <OverlapMatrix
        names={['Donors', 'Young']}
        ids={['a', 'b']}
        intersections={[
          [200, 50],
          [50, 100],
        ]}
      />,
    );
    const cell = screen.getByRole('button', { name: /^Young and Donors: 50, 50% of Young/ });
    expect(
      screen.getByRole('button', { name: /^Donors and Young: 50, 25% of Donors/ }),
    ).toBeInTheDocument();
    await userEvent.click(cell);
    const url = new URL(window.location.href);
    expect(url.pathname).toBe('/builder');
    expect(JSON.parse(url.searchParams.get('rule') ?? '')).toEqual({
      and: [{ segment: { id: 'b' } }, { segment: { id: 'a' } }],
    });
  });
});
