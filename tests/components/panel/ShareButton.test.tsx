import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../../src/components/panel/ShareButton.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

beforeEach(() => {
  resetStore();
  loadIntoStore(smallFile());
  useTimelineStore.getState().setThemes(['trade', 'diplomacy']);
  useTimelineStore.getState().setQuery('talks');
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'share');
});

describe('ShareButton', () => {
  it('copies the event’s absolute link, with the current filters, and says so', async () => {
    const user = userEvent.setup();
    render(<ShareButton eventId="geneva-talks" title="Talks" basePath="/repo/" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(
      `${window.location.origin}/repo/events/geneva-talks?themes=trade,diplomacy&q=talks`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('uses the Web Share sheet where the browser has one', async () => {
    const share = vi.fn(async () => {});
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = userEvent.setup();
    render(<ShareButton eventId="geneva-talks" title="Talks" basePath="/" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Talks',
      url: `${window.location.origin}/events/geneva-talks?themes=trade,diplomacy&q=talks`,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Link shared');
  });

  it('says nothing when the reader closes the share sheet', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const user = userEvent.setup();
    render(<ShareButton eventId="geneva-talks" title="Talks" basePath="/" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareButton eventId="chip-ban" title="Chips" basePath="/" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy automatically');
    expect(screen.getByRole('textbox', { name: 'Link to this event' })).toHaveValue(
      `${window.location.origin}/events/chip-ban?themes=trade,diplomacy&q=talks`,
    );
  });
});
