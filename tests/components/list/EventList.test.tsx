import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventList } from '../../../src/components/list/EventList.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

const eventButtons = () =>
  screen.queryAllByRole('button').filter((b) => b.hasAttribute('data-event-id'));

beforeEach(resetStore);

describe('EventList', () => {
  it('groups events by year and month, with undated events under "Date unknown"', () => {
    loadIntoStore(smallFile());
    render(<EventList />);
    const list = screen.getByRole('list', { name: 'Events' });
    const headings = within(list)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings).toEqual([
      '2025',
      'November 2025',
      '2026',
      'Sometime in 2026',
      'April 2026',
      'Date unknown',
    ]);
    expect(eventButtons().map((b) => b.dataset.eventId)).toEqual([
      'steel-tariffs',
      'chip-ban',
      'geneva-talks',
      'undated-visa-rule',
    ]);
    expect(screen.getByText('4 shown')).toBeInTheDocument();
  });

  it('says "planned" in words, not only by style', () => {
    loadIntoStore(smallFile());
    render(<EventList />);
    expect(screen.getByRole('button', { name: /Talks to resume in Geneva/ })).toHaveTextContent(
      'Planned',
    );
  });

  it('moves with the arrow keys, Home and End, and opens with Enter', async () => {
    loadIntoStore(smallFile());
    render(<EventList />);
    const first = screen.getByRole('button', { name: /US raises steel tariffs/ });
    // One tab stop for the whole list.
    expect(eventButtons().filter((b) => b.tabIndex === 0)).toEqual([first]);

    await userEvent.tab();
    expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: /Talks to resume in Geneva/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: /Nvidia chip sales halted/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: /Student visa review/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /Student visa review/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(first).toHaveFocus();
    expect(useTimelineStore.getState().selectedId).toBeNull();

    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(useTimelineStore.getState().selectedId).toBe('chip-ban');
    expect(screen.getByRole('button', { name: /Nvidia chip sales halted/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('shows a selection made elsewhere (the timeline) as current and as the tab stop', () => {
    loadIntoStore(smallFile());
    render(<EventList />);
    act(() => useTimelineStore.getState().select('geneva-talks'));
    const row = screen.getByRole('button', { name: /Talks to resume in Geneva/ });
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(row.tabIndex).toBe(0);
    expect(eventButtons().filter((b) => b.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('renders only a window of rows for 20,000 events, and keyboard moves reach far rows', async () => {
    loadIntoStore(makeEventsFile(20_000));
    render(<EventList />);
    expect(screen.getByText('20,000 shown')).toBeInTheDocument();
    const rendered = eventButtons().length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);

    eventButtons()[0]?.focus();
    await userEvent.keyboard('{End}');
    const last = useTimelineStore.getState().events.at(-1);
    expect(document.activeElement).toHaveAttribute('data-event-id', last?.id);
  });

  it('marks the rows in the timeline window, in words, and counts them', () => {
    loadIntoStore(smallFile());
    render(<EventList />);
    // No window (the whole timeline) and a window over every dated event mark nothing.
    expect(screen.queryByText(/in view on the timeline/)).toBeNull();
    act(() => useTimelineStore.getState().setWindow({ from: '2025-01-01', to: '2026-12-31' }));
    expect(screen.queryByText(/in view on the timeline/)).toBeNull();

    act(() => useTimelineStore.getState().setWindow({ from: '2025-10-01', to: '2026-03-31' }));
    const inView = eventButtons()
      .filter((b) => b.textContent?.includes('in view on the timeline'))
      .map((b) => b.dataset.eventId);
    // November 2025 and the year-precision 2026 event overlap the window; April 2026 does not.
    expect(inView).toEqual(['steel-tariffs', 'chip-ban']);
    expect(screen.getByText('2 in view on the timeline')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Talks to resume in Geneva/ })).not.toHaveClass(
      'is-in-view',
    );
  });

  it('moves the window to a chosen row outside it, and leaves it when the row is inside', async () => {
    loadIntoStore(smallFile());
    render(<EventList />);
    const spring = { from: '2025-10-01', to: '2025-12-31' };
    act(() => useTimelineStore.getState().setWindow(spring));
    await userEvent.click(screen.getByRole('button', { name: /US raises steel tariffs/ }));
    expect(useTimelineStore.getState().window).toBe(spring);
    await userEvent.click(screen.getByRole('button', { name: /Talks to resume in Geneva/ }));
    const moved = useTimelineStore.getState().window;
    expect(useTimelineStore.getState().selectedId).toBe('geneva-talks');
    expect(moved !== null && moved.from <= '2026-04-30' && moved.to >= '2026-04-01').toBe(true);
  });
});
