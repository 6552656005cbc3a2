import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App.tsx';
import { loadEvents } from '../../../src/data/loadEvents.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { makeHostileEventsFile } from '../../fixtures/hostile/hostileEventsFile.ts';
import { resetStore } from '../storeFixture.ts';

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

function StubTimeline() {
  return <p>timeline stub</p>;
}

/** The app's real loader, answering each request with the next of `answers` (the last repeats). */
function loaderAnswering(...answers: Array<[number, string]>) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    const [status, body] = (answers.length > 1 ? answers.shift() : answers[0]) ?? [500, ''];
    return new Response(body, { status });
  });
  return { fetch, load: () => loadEvents({ fetch, baseUrl: '/' }) };
}

const GOOD = JSON.stringify(makeHostileEventsFile());

describe('broken data, with the real loader', () => {
  it.each([
    ['missing (404)', [404, 'Not Found'] as [number, string], /answered 404/],
    ['not JSON', [200, '<!doctype html><p>oops'] as [number, string], /not valid JSON/],
    [
      'of another schema version',
      [200, JSON.stringify({ ...makeHostileEventsFile(), schemaVersion: 2 })] as [number, string],
      /schema version 2; this app reads version 1/,
    ],
    ['truncated', [200, GOOD.slice(0, GOOD.length / 2)] as [number, string], /not valid JSON/],
  ])('events.json %s: a clear message, and Retry loads it once it is back', async (_, bad, why) => {
    const { fetch, load } = loaderAnswering(bad, [200, GOOD]);
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The events could not be loaded');
    expect(alert).toHaveTextContent(why);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Events' })).toBeInTheDocument();
    expect(screen.queryByText('The events could not be loaded')).not.toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('one invalid event: the others show and a notice counts the skipped one', async () => {
    const file = makeHostileEventsFile();
    const events: unknown[] = [...file.events];
    events[1] = { ...file.events[1], date: { start: '2025-02-30', precision: 'day' } };
    const { load } = loaderAnswering([200, JSON.stringify({ ...file, events })]);
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    expect(
      await screen.findByText('1 event in the data file was invalid and is not shown.'),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Events' });
    const ids = [...list.querySelectorAll('[data-event-id]')].map((r) =>
      r.getAttribute('data-event-id'),
    );
    expect(ids.sort()).toEqual(
      file.events
        .filter((_, i) => i !== 1)
        .map((e) => e.id)
        .sort(),
    );
  });
});

describe('a crash inside the timeline', () => {
  it('while in use (on selecting an event): list and panel keep working, Try again remounts it', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = makeHostileEventsFile();
    const [first, second] = file.events;
    if (first === undefined || second === undefined) throw new Error('fixture too small');
    function FragileTimeline() {
      const selected = useTimelineStore((s) => s.selectedId);
      if (selected === first?.id) throw new Error('vis exploded while selecting');
      return <p>timeline drawn</p>;
    }
    render(
      <App
        load={async () => ({ ok: true, file, skipped: 0 })}
        Timeline={FragileTimeline}
        basePath="/"
      />,
    );
    expect(await screen.findByText('timeline drawn')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Events' });
    const row = (id: string): HTMLElement => {
      const el = list.querySelector<HTMLElement>(`[data-event-id="${id}"]`);
      if (el === null) throw new Error(`no list row for ${id}`);
      return el;
    };

    await userEvent.click(row(first.id));
    expect(screen.getByText('The timeline could not be shown.')).toBeInTheDocument();
    expect(screen.queryByText('timeline drawn')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: first.title })).toBeInTheDocument();

    await userEvent.click(row(second.id));
    expect(screen.getByRole('heading', { level: 2, name: second.title })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('timeline drawn')).toBeInTheDocument();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
