import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventDetail } from '../../../src/components/panel/EventDetail.tsx';
import { ThreadNavBanner } from '../../../src/components/panel/ThreadNavBanner.tsx';
import { selectVisibleEvents } from '../../../src/state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { resetStore, smallFile } from '../storeFixture.ts';

const THREAD = {
  id: 'steel-to-geneva',
  title: 'From steel tariffs to Geneva',
  // In date order, as the pipeline writes them: a year alone sorts before that year's April.
  eventIds: ['steel-tariffs', 'chip-ban', 'geneva-talks'],
};

function load() {
  const file = smallFile();
  const events = file.events.map((e) =>
    THREAD.eventIds.includes(e.id) ? { ...e, threadIds: [THREAD.id] } : e,
  );
  useTimelineStore.getState().setLoaded(events, file.sources, 0, [THREAD]);
}

beforeEach(() => {
  resetStore();
  load();
});

describe('the thread in the event panel', () => {
  it('says which thread the event is part of, with the events before and after it', async () => {
    useTimelineStore.getState().select('chip-ban');
    render(<EventDetail />);
    const threads = screen.getByRole('region', { name: 'Threads' });
    expect(threads).toHaveTextContent('Part of: From steel tariffs to Geneva (2 of 3)');
    await userEvent.click(
      within(threads).getByRole('button', { name: /^After:.*Talks to resume/ }),
    );
    expect(useTimelineStore.getState().selectedId).toBe('geneva-talks');
    expect(screen.getByRole('region', { name: 'Threads' })).toHaveTextContent('ends here');
  });

  it('narrows the timeline and the list to the thread, and back', async () => {
    useTimelineStore.getState().select('steel-tariffs');
    render(
      <>
        <ThreadNavBanner />
        <EventDetail />
      </>,
    );
    expect(screen.getByRole('region', { name: 'Threads' })).toHaveTextContent('begins here');
    await userEvent.click(screen.getByRole('button', { name: 'Show only this thread' }));
    expect(useTimelineStore.getState().threadId).toBe(THREAD.id);
    expect(selectVisibleEvents(useTimelineStore.getState()).map((e) => e.id)).toEqual(
      THREAD.eventIds,
    );
    expect(screen.getByText(/^Showing one thread:/)).toHaveTextContent(
      'Showing one thread: From steel tariffs to Geneva (3 events).',
    );
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Show all events' })[0] as HTMLElement,
    );
    expect(useTimelineStore.getState().threadId).toBeNull();
  });

  it('shows nothing of threads for an event outside every thread', () => {
    useTimelineStore.getState().select('undated-visa-rule');
    render(<EventDetail />);
    expect(screen.queryByRole('region', { name: 'Threads' })).toBeNull();
  });

  it('says so when a link names a thread that does not exist', () => {
    useTimelineStore.getState().setThread('renamed-thread');
    render(<ThreadNavBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent('Thread not found');
    expect(screen.getByRole('alert')).toHaveTextContent('renamed-thread');
    expect(selectVisibleEvents(useTimelineStore.getState())).toHaveLength(4);
  });
});
