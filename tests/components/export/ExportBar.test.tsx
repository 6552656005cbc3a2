import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App.tsx';
import type { EventsFile } from '../../../src/data/eventSchema.ts';
import type { LoadResult } from '../../../src/data/loadEvents.ts';
import { resetStore, smallFile } from '../storeFixture.ts';

function StubTimeline() {
  return <p>timeline stub</p>;
}

const load = async (): Promise<LoadResult> => ({ ok: true, file: smallFile(), skipped: 0 });

/** What the browser would have saved: each Blob handed to a download link, with its name. */
let saved: { name: string; blob: Blob }[];

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
  saved = [];
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob !== undefined && this.download !== '')
      saved.push({ name: this.download, blob: lastBlob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function savedJson(): Promise<EventsFile> {
  const last = saved.at(-1);
  if (last === undefined) throw new Error('nothing was downloaded');
  return JSON.parse(await last.blob.text()) as EventsFile;
}

describe('Exports in the app', () => {
  it('downloads exactly the events the filters show', async () => {
    const user = userEvent.setup();
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const group = await screen.findByRole('group', { name: 'Export the 4 events shown' });

    await user.click(within(group).getByRole('button', { name: 'Download JSON' }));
    expect(saved.map((s) => s.name)).toEqual(['us-china-timeline.json']);
    expect((await savedJson()).events.map((e) => e.id).sort()).toEqual(
      smallFile()
        .events.map((e) => e.id)
        .sort(),
    );

    // Trade off leaves the technology event and the diplomacy ones.
    await user.click(screen.getByRole('button', { name: /^Trade/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'visa');
    const filtered = screen.getByRole('group', { name: 'Export the 1 event shown' });
    await user.click(within(filtered).getByRole('button', { name: 'Download JSON' }));
    const json = await savedJson();
    expect(json.events.map((e) => e.id)).toEqual(['undated-visa-rule']);
    // The visa rule cites no article, so the file carries none.
    expect(json.sources).toEqual([]);
    expect(within(filtered).getByRole('status')).toHaveTextContent('Saved 1 events as JSON.');
  });

  it('exports the filtered rows as CSV, with the sources they cite', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?themes=technology');
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const group = await screen.findByRole('group', { name: 'Export the 1 event shown' });
    await user.click(within(group).getByRole('button', { name: 'Download CSV' }));
    const csv = await (saved.at(-1)?.blob ?? new Blob()).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^chip-ban,Nvidia chip sales halted,2026,/);
    expect(lines[1]).toContain('Trade war heats up');
  });

  it('offers printing beside the downloads', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    await userEvent.click(await screen.findByRole('button', { name: /Print list/ }));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
