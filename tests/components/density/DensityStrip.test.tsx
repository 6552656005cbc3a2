import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DensityStrip } from '../../../src/components/density/DensityStrip.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { day, makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

beforeEach(() => {
  act(() => {
    useTimelineStore.setState({
      window: null,
      timelineRange: null,
      themes: ['trade', 'technology', 'diplomacy'],
      query: '',
    });
    useTimelineStore
      .getState()
      .setLoaded(
        [
          makeTimelineEvent('a', day('2019-03-04'), { themes: ['trade'] }),
          makeTimelineEvent('b', day('2019-03-06'), { themes: ['diplomacy'] }),
          makeTimelineEvent('c', day('2019-07-02'), { themes: ['technology'] }),
        ],
        [],
        0,
      );
  });
});

describe('DensityStrip', () => {
  it('waits for the timeline to report what it shows', () => {
    render(<DensityStrip />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('is an image named after its unit and busiest bucket, with the counts as text', () => {
    render(<DensityStrip />);
    act(() =>
      useTimelineStore
        .getState()
        .setTimelineRange({ start: local(2019, 1, 1), end: local(2020, 1, 1) }),
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(
      /^Events per (week|month); busiest: .+, 2 events$/,
    );
    const bars = screen.getAllByRole('button');
    expect(
      bars.some((b) =>
        /: 2 events: 1 trade, 1 diplomacy\. Zoom to it$/.test(b.getAttribute('aria-label') ?? ''),
      ),
    ).toBe(true);
  });

  it('follows the theme filters', () => {
    render(<DensityStrip />);
    act(() =>
      useTimelineStore
        .getState()
        .setTimelineRange({ start: local(2019, 1, 1), end: local(2020, 1, 1) }),
    );
    act(() => useTimelineStore.getState().toggleTheme('trade'));
    expect(screen.getByRole('img')).toHaveAccessibleName(/busiest: .+, 1 event$/);
  });

  it('zooms the timeline to a bucket chosen with the keyboard, one tab stop for all bars', async () => {
    const user = userEvent.setup();
    render(<DensityStrip />);
    act(() =>
      useTimelineStore
        .getState()
        .setTimelineRange({ start: local(2019, 1, 1), end: local(2020, 1, 1) }),
    );
    const focusable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(focusable).toHaveLength(1);
    await user.tab();
    await user.keyboard('{End}');
    const last = screen.getAllByRole('button').at(-1);
    expect(last).toHaveFocus();
    await user.keyboard('{Enter}');
    // The last bar is the bucket at the end of the view: the window becomes just that bucket.
    const w = useTimelineStore.getState().window;
    expect(w !== null && w.from > '2019-12-01' && w.from <= '2019-12-31').toBe(true);
    expect(w !== null && w.to >= '2019-12-31' && w.to < '2020-02-01').toBe(true);
  });
});
