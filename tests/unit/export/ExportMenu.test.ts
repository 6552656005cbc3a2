// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/export/ExportMenu.tsx';
import { makeHostileFile, testLink } from './hostileEvents.ts';

describe('ExportMenu', () => {
  let saved: { blob: Blob; name: string }[];
  const revoked: string[] = [];

  beforeEach(() => {
    saved = [];
    revoked.length = 0;
    let lastBlob: Blob | undefined;
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        lastBlob = blob;
        return `blob:test/${saved.length}`;
      },
      revokeObjectURL: (url: string) => revoked.push(url),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (lastBlob !== undefined) saved.push({ blob: lastBlob, name: this.download });
    });
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  function renderMenu() {
    const file = makeHostileFile();
    render(
      createElement(ExportMenu, {
        events: file.events,
        sources: file.sources,
        eventLink: testLink,
      }),
    );
    return file;
  }

  it('is a named group of three keyboard-reachable download buttons', async () => {
    renderMenu();
    const group = screen.getByRole('group', { name: 'Export the 5 events shown' });
    expect(group).toBeTruthy();
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Download iCalendar' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Download CSV' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Download JSON' }));
  });

  it('saves each format under its own file name, revokes the URL and says what it did', async () => {
    renderMenu();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Download iCalendar' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Saved 4 events as iCalendar (1 without a date left out).',
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(saved.map((s) => s.name)).toEqual([
      'us-china-timeline.ics',
      'us-china-timeline.csv',
      'us-china-timeline.json',
    ]);
    expect(saved.map((s) => s.blob.type)).toEqual([
      'text/calendar;charset=utf-8',
      'text/csv;charset=utf-8',
      'application/json',
    ]);
    const [ics, csv, json] = await Promise.all(saved.map((s) => s.blob.text()));
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(csv?.startsWith('id,title,')).toBe(true);
    // Excel needs the UTF-8 byte-order mark to read non-ASCII text correctly.
    const csvBytes = new Uint8Array(await (saved[1]?.blob ?? new Blob()).arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(JSON.parse(json ?? '')).toMatchObject({ schemaVersion: 1 });
    await vi.waitFor(() => expect(revoked).toHaveLength(3));
    // The temporary links are gone again.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});
