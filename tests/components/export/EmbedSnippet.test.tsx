import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { escapeAttribute } from '../../../src/components/export/buildEmbedSnippet.ts';
import { EmbedSnippet } from '../../../src/components/export/EmbedSnippet.tsx';
import { EventDetail } from '../../../src/components/panel/EventDetail.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

beforeEach(() => {
  resetStore();
  loadIntoStore(smallFile());
});

/** Reads the snippet the way the embedding page's browser will: as HTML. */
function parseIframe(snippet: string): HTMLIFrameElement {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const frames = doc.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  return frames[0] as HTMLIFrameElement;
}

describe('EmbedSnippet', () => {
  it('is closed until asked for, then shows the iframe code for this view', async () => {
    const user = userEvent.setup();
    useTimelineStore.getState().setThemes(['trade', 'diplomacy']);
    useTimelineStore.getState().setWindow({ from: '2026-01-01', to: '2026-06-30' });
    render(<EmbedSnippet eventId="geneva-talks" basePath="/repo/" />);
    const toggle = screen.getByRole('button', { name: 'Embed' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const code = screen.getByRole('textbox', { name: /Embed code/ });
    expect(code).toHaveAttribute('readonly');
    const snippet = (code as HTMLTextAreaElement).value;
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" title="US–China relations timeline" .*><\/iframe>$/,
    );
    const frame = parseIframe(snippet);
    expect(frame.getAttribute('src')).toBe(
      `${window.location.origin}/repo/events/geneva-talks?themes=trade,diplomacy&from=2026-01-01&to=2026-06-30&embed=1`,
    );
    expect(frame.title).toBe('US–China relations timeline');
    // Shown as text, never turned into an iframe in this page.
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('escapes the URL for the attribute, whatever the search contains', async () => {
    const user = userEvent.setup();
    const query = `it's "on" & <b>off</b>`;
    useTimelineStore.getState().setQuery(query);
    render(<EmbedSnippet eventId="chip-ban" basePath="/" />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const snippet = (screen.getByRole('textbox', { name: /Embed code/ }) as HTMLTextAreaElement)
      .value;
    // The URL's own "&" between parameters must be written as "&amp;" inside the attribute.
    expect(snippet).toContain('&amp;embed=1');
    expect(snippet).not.toMatch(/&(?!amp;|#39;|quot;|lt;|gt;)/);
    const src = parseIframe(snippet).getAttribute('src') ?? '';
    const url = new URL(src);
    expect(url.pathname).toBe('/events/chip-ban');
    expect(url.searchParams.get('q')).toBe(query);
    expect(url.searchParams.get('embed')).toBe('1');
  });

  it('copies the code and says so', async () => {
    const user = userEvent.setup();
    render(<EmbedSnippet eventId="chip-ban" basePath="/" />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await navigator.clipboard.readText()).toBe(
      (screen.getByRole('textbox', { name: /Embed code/ }) as HTMLTextAreaElement).value,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
  });

  it('sits in the event panel’s share area', async () => {
    const user = userEvent.setup();
    useTimelineStore.getState().select('steel-tariffs');
    render(<EventDetail />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const src = parseIframe(
      (screen.getByRole('textbox', { name: /Embed code/ }) as HTMLTextAreaElement).value,
    ).getAttribute('src');
    expect(src).toBe(`${window.location.origin}/events/steel-tariffs?embed=1`);
  });

  it('escapes every character that could end the attribute or start a tag', () => {
    const hostile = `x" onload="alert(1)' <script>&`;
    const escaped = escapeAttribute(hostile);
    expect(escaped).not.toMatch(/["'<>]/);
    const doc = new DOMParser().parseFromString(`<iframe src="${escaped}"></iframe>`, 'text/html');
    expect(doc.querySelector('iframe')?.getAttribute('src')).toBe(hostile);
    expect(doc.querySelector('iframe')?.hasAttribute('onload')).toBe(false);
  });
});
