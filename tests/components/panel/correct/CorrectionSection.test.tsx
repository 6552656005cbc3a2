import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventDetail } from '../../../../src/components/panel/EventDetail.tsx';
import { useTimelineStore } from '../../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../../storeFixture.ts';

const TOKEN = 'c'.repeat(64);

function addToken(): void {
  const meta = document.createElement('meta');
  meta.name = 'curation-token';
  meta.content = TOKEN;
  document.head.append(meta);
}

function openFirstEvent(review?: string[]): string {
  const file = smallFile();
  const [first, ...rest] = file.events;
  if (first === undefined) throw new Error('fixture has no events');
  loadIntoStore({ ...file, events: [review ? { ...first, review } : first, ...rest] });
  useTimelineStore.getState().select(first.id);
  render(<EventDetail />);
  return first.id;
}

beforeEach(resetStore);
afterEach(() => {
  document.head.querySelector('meta[name="curation-token"]')?.remove();
  vi.unstubAllGlobals();
});

// The form's chunk loads lazily and jsdom renders it slowly on a shared two-core machine.
describe('Correct this event', { timeout: 20_000 }, () => {
  it('is not offered on a page the dev server did not serve (no token)', async () => {
    openFirstEvent(['No date: none of its sentences says when it happened.']);
    await screen.findByRole('heading', { level: 2 });
    // Give the lazy chunk its chance to load before concluding it shows nothing.
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.queryByRole('button', { name: 'Correct this event' })).toBeNull();
    expect(screen.queryByText('Needs review')).toBeNull();
  });

  it('opens a labelled form, keyboard first, and posts only the change with the token', async () => {
    addToken();
    const fetchMock = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const id = openFirstEvent();
    const user = userEvent.setup();

    const button = await screen.findByRole(
      'button',
      { name: 'Correct this event' },
      { timeout: 5000 },
    );
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Correct this event' });
    expect(within(form).getByRole('heading', { name: 'Correct this event' })).toHaveFocus();
    for (const name of ['Title', 'Start', 'End (optional)', 'Summary', 'Note to add']) {
      expect(within(form).getByRole('textbox', { name })).toBeInTheDocument();
    }
    for (const name of ['Precision', 'Status']) {
      expect(within(form).getByRole('combobox', { name })).toBeInTheDocument();
    }
    expect(within(form).getByRole('checkbox', { name: 'Hide this event' })).not.toBeChecked();
    expect(within(form).getByRole('group', { name: 'Themes' })).toBeInTheDocument();

    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Steel tariffs doubled{Enter}');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/__curation');
    expect(init.headers).toMatchObject({ 'x-curation-token': TOKEN });
    expect(JSON.parse(String(init.body))).toEqual({
      edit: { id, title: 'Steel tariffs doubled' },
    });
    expect(await within(form).findByText(/^Saved\./)).toHaveAttribute('role', 'status');
  });

  it('shows a refusal from the server and keeps the form open', async () => {
    addToken();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":"missing or wrong token"}', { status: 403 })),
    );
    openFirstEvent();
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Correct this event' }, { timeout: 5000 }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hide this event' }));
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The dev server refused the correction: missing or wrong token.',
    );
    expect(screen.getByRole('form', { name: 'Correct this event' })).toBeInTheDocument();
  });

  it('lists the review reasons, and Escape closes the form but not the panel', async () => {
    addToken();
    openFirstEvent(['Weak match: no sentence tells it with a verb.']);
    const user = userEvent.setup();
    expect(
      await screen.findByRole('heading', { name: 'Needs review' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Weak match: no sentence tells it with a verb.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Correct this event' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Correct this event' })).toBeNull();
    expect(useTimelineStore.getState().selectedId).not.toBeNull();
  });
});
