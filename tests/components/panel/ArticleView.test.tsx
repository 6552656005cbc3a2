import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '../../../src/components/panel/ArticleView.tsx';
import type { Mention, Source } from '../../../src/data/eventSchema.ts';

const TEXT = 'Port report\nThe ministry said shipments resumed on Tuesday. Prices fell.';
const QUOTE = 'The ministry said shipments resumed on Tuesday.';
const mention: Mention = {
  sourceId: 'port',
  start: TEXT.indexOf(QUOTE),
  end: TEXT.indexOf(QUOTE) + QUOTE.length,
  quote: QUOTE,
};

let fileNumber = 0;
/** A source whose text is served in its own file; a fresh name each time (texts are kept). */
function servedSource(): Source {
  fileNumber++;
  return {
    id: 'port',
    file: 'port.txt',
    title: 'Port report',
    published: '2025-04-02',
    textFile: `sources/${String(fileNumber).padStart(16, '0')}.json`,
  };
}

function answer(status: number, body: string): Response {
  return new Response(body, { status });
}

afterEach(() => vi.unstubAllGlobals());

describe('ArticleView with a text served in its own file', () => {
  it('says it is loading, then shows the article with the sentence marked', async () => {
    let release: (r: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const source = servedSource();
    render(<ArticleView source={source} mention={mention} onBack={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the article');
    expect(fetchMock).toHaveBeenCalledWith(`/data/${source.textFile ?? ''}`);
    release(answer(200, JSON.stringify({ text: TEXT })));
    const mark = await screen.findByText(QUOTE, { selector: 'mark' });
    expect(mark).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Port report' })).toHaveTextContent('Prices fell.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows an error when the text cannot be fetched, and Try again fetches it again', async () => {
    const fetchMock = vi
      .fn<() => Promise<Response>>()
      .mockResolvedValueOnce(answer(404, 'not found'))
      .mockResolvedValueOnce(answer(200, JSON.stringify({ text: TEXT })));
    vi.stubGlobal('fetch', fetchMock);
    render(<ArticleView source={servedSource()} mention={mention} onBack={() => undefined} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(QUOTE, { selector: 'mark' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a text that no longer holds the quote at its offsets', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(200, JSON.stringify({ text: `Edited. ${TEXT}` }))),
    );
    render(<ArticleView source={servedSource()} mention={mention} onBack={() => undefined} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'no longer holds the quoted sentence',
    );
    expect(document.querySelector('mark')).toBeNull();
  });

  it('shows a file that is not JSON as an error, not as text', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(200, '<html>oops</html>')),
    );
    render(<ArticleView source={servedSource()} mention={mention} onBack={() => undefined} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
  });
});
