import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventList } from '../../../src/components/list/EventList.tsx';
import { SearchBox } from '../../../src/components/header/SearchBox.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

const listed = () =>
  screen
    .queryAllByRole('button')
    .filter((b) => b.hasAttribute('data-event-id'))
    .map((b) => b.dataset.eventId);

beforeEach(() => {
  resetStore();
  loadIntoStore(smallFile());
  render(
    <>
      <button type="button">elsewhere</button>
      <SearchBox />
      <EventList />
    </>,
  );
});

describe('SearchBox', () => {
  it('is a labelled search field that "/" focuses', async () => {
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });

  it('narrows the list as you type, ignoring case and accents, and announces the count', async () => {
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search events' }), 'GENEVE');
    // "Genève" appears only in the Geneva talks' quoted sentence.
    expect(listed()).toEqual(['geneva-talks']);
    expect(screen.getByText('1 matching event')).toBeInTheDocument();
  });

  it('matches actors and tags too', async () => {
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    await userEvent.type(box, 'nvidia');
    expect(listed()).toEqual(['chip-ban']);
    await userEvent.clear(box);
    await userEvent.type(box, 'visas');
    expect(listed()).toEqual(['undated-visa-rule']);
  });

  it('types "/" as text once the field has focus, and Escape clears it', async () => {
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    await userEvent.type(box, 'a/b');
    expect(box).toHaveValue('a/b');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(useTimelineStore.getState().query).toBe('');
  });
});
