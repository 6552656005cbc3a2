import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventList } from '../../../src/components/list/EventList.tsx';
import { FilterBar } from '../../../src/components/header/FilterBar.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

function setup() {
  loadIntoStore(smallFile());
  render(
    <>
      <FilterBar />
      <EventList />
    </>,
  );
  const group = screen.getByRole('group', { name: 'Themes' });
  const toggle = (name: string) =>
    within(group).getByRole('button', { name: new RegExp(`^${name}`) });
  return { toggle };
}

const listed = () =>
  screen
    .queryAllByRole('button')
    .filter((b) => b.hasAttribute('data-event-id'))
    .map((b) => b.dataset.eventId);

beforeEach(resetStore);

describe('FilterBar', () => {
  it('offers the three themes as pressed toggles with their counts', () => {
    const { toggle } = setup();
    // Geneva talks are both trade and diplomacy, so they count under each.
    expect(toggle('Trade')).toHaveAccessibleName('Trade 2 events');
    expect(toggle('Technology')).toHaveAccessibleName('Technology 1 event');
    expect(toggle('Diplomacy')).toHaveAccessibleName('Diplomacy 2 events');
    for (const name of ['Trade', 'Technology', 'Diplomacy']) {
      expect(toggle(name)).toHaveAttribute('aria-pressed', 'true');
    }
    expect(screen.getByRole('button', { name: 'Show all themes' })).toBeDisabled();
  });

  it('hides a theme’s events when toggled off, keeping events that have another theme on', async () => {
    const { toggle } = setup();
    await userEvent.click(toggle('Trade'));
    expect(toggle('Trade')).toHaveAttribute('aria-pressed', 'false');
    expect(listed()).toEqual(['chip-ban', 'geneva-talks', 'undated-visa-rule']);
    await userEvent.click(toggle('Diplomacy'));
    expect(listed()).toEqual(['chip-ban']);
  });

  it('brings every theme back with "Show all themes"', async () => {
    const { toggle } = setup();
    await userEvent.click(toggle('Trade'));
    await userEvent.click(toggle('Technology'));
    await userEvent.click(screen.getByRole('button', { name: 'Show all themes' }));
    expect(useTimelineStore.getState().themes).toEqual(['trade', 'technology', 'diplomacy']);
    expect(listed()).toHaveLength(4);
  });

  it('counts reflect the search query, not the theme toggles', async () => {
    const { toggle } = setup();
    await userEvent.click(toggle('Trade'));
    expect(toggle('Trade')).toHaveAccessibleName('Trade 2 events');
    useTimelineStore.getState().setQuery('geneve');
    expect(await screen.findByRole('button', { name: 'Trade 1 event' })).toBeInTheDocument();
    expect(toggle('Technology')).toHaveAccessibleName('Technology 0 events');
  });
});
