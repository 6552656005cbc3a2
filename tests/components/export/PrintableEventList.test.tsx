import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintableEventList } from '../../../src/components/export/PrintableEventList.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

beforeEach(() => {
  resetStore();
  loadIntoStore(smallFile());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const printout = () => screen.queryByRole('region', { name: 'US–China Relations Timeline' });

function firePrint(type: 'beforeprint' | 'afterprint') {
  act(() => {
    window.dispatchEvent(new Event(type));
  });
}

describe('PrintableEventList', () => {
  it('renders nothing until printing starts, and goes away after', () => {
    render(<PrintableEventList />);
    expect(printout()).toBeNull();
    expect(screen.queryByText('US raises steel tariffs')).toBeNull();
    firePrint('beforeprint');
    expect(printout()).not.toBeNull();
    firePrint('afterprint');
    expect(printout()).toBeNull();
  });

  it('prints every filtered event in chronological order with date, status, themes, summary and sources', () => {
    useTimelineStore.getState().setThemes(['trade', 'technology']);
    render(<PrintableEventList />);
    firePrint('beforeprint');
    const doc = printout();
    if (doc === null) throw new Error('no printout');

    expect(
      within(doc)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      'US raises steel tariffs',
      // The list's order: by date.start, so "2026" (year precision) before "April 2026".
      'Nvidia chip sales halted',
      'Talks to resume in Geneva',
    ]);
    expect(
      within(doc)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['2025', '2026']);
    // The diplomacy-only visa event is filtered out.
    expect(doc).not.toHaveTextContent('Student visa review');
    expect(doc).toHaveTextContent('3 of 4 events (themes: Trade, Technology)');

    const steel = within(doc).getByRole('heading', { name: 'US raises steel tariffs' })
      .parentElement as HTMLElement;
    expect(steel).toHaveTextContent('3 November 2025 · Occurred · Trade');
    expect(steel).toHaveTextContent('Tariffs on Chinese steel go up.');
    const sources = within(steel).getByRole('list', { name: 'Sources' });
    expect(sources).toHaveTextContent('The United States raised tariffs on Chinese steel.');
    expect(sources).toHaveTextContent('Reuters, Trade war heats up · 5 February 2026');

    const geneva = within(doc).getByRole('heading', { name: 'Talks to resume in Geneva' })
      .parentElement as HTMLElement;
    expect(geneva).toHaveTextContent('April 2026 · Planned · Diplomacy, Trade');
    const chips = within(doc).getByRole('heading', { name: 'Nvidia chip sales halted' })
      .parentElement as HTMLElement;
    expect(chips).toHaveTextContent('2026 (approximate) · Occurred · Technology');
  });

  it('follows the search as well as the themes', () => {
    useTimelineStore.getState().setQuery('geneve');
    render(<PrintableEventList />);
    firePrint('beforeprint');
    const doc = printout();
    expect(doc).toHaveTextContent('1 of 4 events (all themes; search: “geneve”)');
    expect(within(doc as HTMLElement).getAllByRole('heading', { level: 3 })).toHaveLength(1);
  });

  it('is there when the page is already in print media (print preview, PDF)', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === 'print',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    render(<PrintableEventList />);
    expect(printout()).not.toBeNull();
  });
});
