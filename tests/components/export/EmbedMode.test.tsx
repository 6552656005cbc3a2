import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App.tsx';
import type { LoadResult } from '../../../src/data/loadEvents.ts';
import { resetStore, smallFile } from '../storeFixture.ts';

function StubTimeline() {
  return <p>timeline stub</p>;
}

const load = async (): Promise<LoadResult> => ({ ok: true, file: smallFile(), skipped: 0 });

beforeEach(() => {
  resetStore();
});

describe('Embed mode', () => {
  it('shows the timeline and list without the page chrome, with a link to the full view', async () => {
    window.history.replaceState(null, '', '/repo/events/geneva-talks?themes=diplomacy&embed=1');
    render(<App load={load} Timeline={StubTimeline} basePath="/repo/" />);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Talks to resume in Geneva' }),
    ).toBeInTheDocument();
    expect(screen.getByText('timeline stub')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Events' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Dark mode' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Export the/ })).not.toBeInTheDocument();

    const link = screen.getByRole('link', { name: /Open the full timeline/ });
    expect(link).toHaveAttribute(
      'href',
      `${window.location.origin}/repo/events/geneva-talks?themes=diplomacy`,
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    // The embed view keeps its own address, so reloading the iframe stays embedded.
    expect(window.location.search).toBe('?themes=diplomacy&embed=1');
  });

  it('keeps the full-view link in step with what the reader does inside the embed', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?embed=1');
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    await user.click(await screen.findByRole('button', { name: /Nvidia chip sales halted/ }));
    await user.click(screen.getByRole('button', { name: /^Trade/ }));
    expect(screen.getByRole('link', { name: /Open the full timeline/ })).toHaveAttribute(
      'href',
      `${window.location.origin}/events/chip-ban?themes=technology,diplomacy`,
    );
    expect(window.location.search).toBe('?themes=technology,diplomacy&embed=1');
  });

  it('a share link copied inside the embed opens the full view', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/events/chip-ban?embed=1');
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/events/chip-ban`);
  });

  it('without embed=1 (or with a value it does not know) the page has its header and no embed link', async () => {
    window.history.replaceState(null, '', '/?embed=true');
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    expect(await screen.findByRole('banner')).toHaveTextContent('US–China Relations Timeline');
    expect(screen.queryByRole('link', { name: /Open the full timeline/ })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Export the 4 events shown' })).toBeInTheDocument();
  });
});
