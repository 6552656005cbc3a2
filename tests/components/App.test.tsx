import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App.tsx';
import type { LoadResult } from '../../src/data/loadEvents.ts';
import { useTimelineStore } from '../../src/state/timelineStore.ts';
import { resetStore, smallFile } from './storeFixture.ts';

function StubTimeline() {
  return <p>timeline stub</p>;
}

function ok(skipped = 0): () => Promise<LoadResult> {
  return async () => ({ ok: true, file: smallFile(), skipped });
}

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('App states', () => {
  it('shows a loading state, then the header, filters, list and timeline', async () => {
    let resolve: (r: LoadResult) => void = () => {};
    const load = () => new Promise<LoadResult>((r) => (resolve = r));
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    expect(screen.getByText('Loading events…').closest('[role=status]')).toBeInTheDocument();

    await act(async () => resolve({ ok: true, file: smallFile(), skipped: 0 }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'US–China Relations Timeline',
    );
    expect(screen.getByText(/4 events from 1 article/)).toHaveTextContent(
      'November 2025 – April 2026',
    );
    expect(screen.getByText('timeline stub')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /US raises steel tariffs/ })).toBeInTheDocument();
  });

  it('shows a load failure with its reason, and Retry loads again', async () => {
    const load = vi
      .fn<() => Promise<LoadResult>>()
      .mockResolvedValueOnce({ ok: false, error: 'The data file is not valid JSON.' })
      .mockResolvedValueOnce({ ok: true, file: smallFile(), skipped: 0 });
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The events could not be loaded');
    expect(alert).toHaveTextContent('The data file is not valid JSON.');

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('button', { name: /US raises steel tariffs/ }),
    ).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says how many events were skipped, and the notice can be dismissed', async () => {
    render(<App load={ok(3)} Timeline={StubTimeline} basePath="/" />);
    const notice = await screen.findByText(
      '3 events in the data file were invalid and are not shown.',
    );
    await userEvent.click(
      within(notice.closest('.notice') as HTMLElement).getByRole('button', { name: 'Dismiss' }),
    );
    expect(screen.queryByText(/invalid and are not shown/)).not.toBeInTheDocument();
  });

  it('opens the event a link names', async () => {
    window.history.replaceState(null, '', '/events/geneva-talks');
    render(<App load={ok()} Timeline={StubTimeline} basePath="/" />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Talks to resume in Geneva' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Talks to resume in Geneva · US–China Relations Timeline');
  });

  it('shows "event not found" for an unknown id, with the list still working', async () => {
    window.history.replaceState(null, '', '/events/no-such-event');
    render(<App load={ok()} Timeline={StubTimeline} basePath="/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Event not found');
    expect(alert).toHaveTextContent('no-such-event');
    await userEvent.click(screen.getByRole('button', { name: /Nvidia chip sales halted/ }));
    expect(screen.queryByText('Event not found')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Nvidia chip sales halted' }),
    ).toBeInTheDocument();
  });

  it('keeps the list and panel working when the timeline crashes', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('vis exploded');
    }
    render(<App load={ok()} Timeline={Broken} basePath="/" />);
    expect(await screen.findByText('The timeline could not be shown.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /US raises steel tariffs/ }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'US raises steel tariffs' }),
    ).toBeInTheDocument();
    spy.mockRestore();
  });

  it('shows "no matches" with a way to clear the filters', async () => {
    render(<App load={ok()} Timeline={StubTimeline} basePath="/" />);
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search events' }), 'zebra');
    expect(screen.getByText('No events match')).toBeInTheDocument();
    expect(screen.getByText(/matches “zebra”/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    expect(screen.getAllByRole('button', { name: /Nvidia|Geneva|steel|visa/ })).toHaveLength(4);
  });

  it('writes filters into the address bar, and opening an event adds a history entry', async () => {
    render(<App load={ok()} Timeline={StubTimeline} basePath="/" />);
    const before = window.history.length;
    await userEvent.click(await screen.findByRole('button', { name: /^Technology/ }));
    expect(window.location.search).toBe('?themes=trade,diplomacy');
    expect(window.history.length).toBe(before);
    await userEvent.click(screen.getByRole('button', { name: /US raises steel tariffs/ }));
    expect(window.location.pathname).toBe('/events/steel-tariffs');
    expect(window.history.length).toBe(before + 1);
    await waitFor(() => expect(useTimelineStore.getState().selectedId).toBe('steel-tariffs'));
  });

  it('on a phone, the open panel covers the page and what is under it cannot take focus', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    render(<App load={ok()} Timeline={StubTimeline} basePath="/" />);
    const row = await screen.findByRole('button', { name: /Nvidia chip sales halted/ });
    expect(row.closest('[inert]')).toBeNull();
    await userEvent.click(row);
    const heading = screen.getByRole('heading', { level: 2, name: 'Nvidia chip sales halted' });
    expect(heading).toHaveFocus();
    expect(row.closest('[inert]')).not.toBeNull();
    expect(
      screen.getByRole('searchbox', { name: 'Search events' }).closest('[inert]'),
    ).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Share' }).closest('[inert]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(row.closest('[inert]')).toBeNull();
    vi.unstubAllGlobals();
  });
});
