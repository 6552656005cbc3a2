import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventDetail } from '../../../src/components/panel/EventDetail.tsx';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { loadIntoStore, resetStore, smallFile } from '../storeFixture.ts';

function open(id: string) {
  loadIntoStore(smallFile());
  useTimelineStore.getState().select(id);
  render(<EventDetail />);
}

const panel = () => screen.getByRole('complementary');

beforeEach(resetStore);

describe('EventDetail', () => {
  it('invites a choice when nothing is selected', () => {
    loadIntoStore(smallFile());
    render(<EventDetail />);
    expect(screen.getByRole('complementary', { name: 'Event details' })).toHaveTextContent(
      'No event selected',
    );
  });

  it('shows the event: title, date, status, themes, tags, actors, summary and notes', () => {
    open('steel-tariffs');
    const p = screen.getByRole('complementary', { name: 'US raises steel tariffs' });
    expect(within(p).getByRole('heading', { level: 2 })).toHaveTextContent(
      'US raises steel tariffs',
    );
    expect(p).toHaveTextContent('3 November 2025');
    expect(p).toHaveTextContent('Occurred');
    expect(p).toHaveTextContent('Trade');
    expect(p).toHaveTextContent('tariffs');
    expect(p).toHaveTextContent('United States');
    expect(p).toHaveTextContent('Tariffs on Chinese steel go up.');
    expect(within(p).getByRole('heading', { name: 'Curator notes' })).toBeInTheDocument();
    expect(p).toHaveTextContent('Date taken from the known-events file.');
  });

  it('writes the date for its precision', () => {
    open('geneva-talks');
    expect(panel()).toHaveTextContent('April 2026 · planned');
    act(() => useTimelineStore.getState().select('chip-ban'));
    expect(panel()).toHaveTextContent('2026 · approximate');
  });

  it('lists every source sentence with its attribution and article', () => {
    open('steel-tariffs');
    const sources = screen.getByRole('region', { name: /Sources/ });
    const quote = within(sources).getByText('The United States raised tariffs on Chinese steel.');
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(sources).toHaveTextContent('Reuters · Trade war heats up · 5 February 2026');
  });

  it('reads the sentence in its article: whole text, sentence marked, and back again', async () => {
    open('geneva-talks');
    await userEvent.click(screen.getByRole('button', { name: 'Read in article' }));
    const article = screen.getByRole('region', { name: 'Trade war heats up' });
    const mark = article.querySelector('mark');
    expect(mark).toHaveTextContent('Officials in Beijing said talks would resume in Genève.');
    expect(mark).toHaveFocus();
    expect(article).toHaveTextContent('The United States raised tariffs on Chinese steel.');
    expect(article).toHaveTextContent('Nvidia was told to stop selling chips to China.');
    await userEvent.click(screen.getByRole('button', { name: /Back to event/ }));
    expect(screen.getByRole('region', { name: /Sources/ })).toBeInTheDocument();
  });

  it('shows article text containing markup as literal text', async () => {
    loadIntoStore(smallFile());
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const s = useTimelineStore.getState();
    const source = s.sources[0];
    const ev = s.eventsById.get('steel-tariffs');
    if (source === undefined || ev === undefined) throw new Error('fixture changed');
    const src = { ...source, text: `${hostile} Hello.` };
    s.setLoaded(
      [
        {
          ...ev,
          title: hostile,
          mentions: [
            {
              sourceId: src.id,
              start: hostile.length + 1,
              end: hostile.length + 7,
              quote: 'Hello.',
            },
          ],
        },
      ],
      [src],
      0,
    );
    s.select('steel-tariffs');
    render(<EventDetail />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
    await userEvent.click(screen.getByRole('button', { name: 'Read in article' }));
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('region', { name: 'Trade war heats up' })).toHaveTextContent(hostile);
  });

  it('steps to the previous and next filtered event and shows the position', async () => {
    open('chip-ban');
    expect(panel()).toHaveTextContent('2 of 4');
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Talks to resume in Geneva',
    );
    act(() => useTimelineStore.getState().setThemes(['trade']));
    expect(panel()).toHaveTextContent('2 of 2');
    expect(screen.getByRole('button', { name: 'Next event' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('US raises steel tariffs');
    expect(screen.getByRole('button', { name: 'Previous event' })).toBeDisabled();
  });

  it('closes with Escape (the article view first) and with the close button', async () => {
    open('geneva-talks');
    await userEvent.click(screen.getByRole('button', { name: 'Read in article' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: /Sources/ })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(useTimelineStore.getState().selectedId).toBeNull();
    expect(screen.getByText('No event selected')).toBeInTheDocument();

    act(() => useTimelineStore.getState().select('chip-ban'));
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(useTimelineStore.getState().selectedId).toBeNull();
  });

  it('prints a summary that is a source sentence once, under Sources', () => {
    loadIntoStore(smallFile());
    const s = useTimelineStore.getState();
    const ev = s.eventsById.get('steel-tariffs');
    const source = s.sources[0];
    if (ev === undefined || source === undefined) throw new Error('fixture changed');
    const sentence = 'The United States raised tariffs on Chinese steel.';
    // An article without a headline is titled with its first sentence: the same one again.
    s.setLoaded([{ ...ev, summary: sentence }], [{ ...source, title: sentence }], 0);
    s.select('steel-tariffs');
    render(<EventDetail />);
    const p = panel();
    expect(p.textContent?.split(sentence).length).toBe(2);
    const sources = screen.getByRole('region', { name: /Sources/ });
    expect(within(sources).getByText(sentence).tagName).toBe('BLOCKQUOTE');
    expect(sources).toHaveTextContent('Reuters · art-1.txt · 5 February 2026');
  });

  it('puts the summary and the sources before the facts and notes', () => {
    open('steel-tariffs');
    const text = panel().textContent ?? '';
    const at = (s: string) => text.indexOf(s);
    expect(at('Tariffs on Chinese steel go up.')).toBeLessThan(at('Sources'));
    expect(at('The United States raised tariffs')).toBeLessThan(at('Actors'));
    expect(at('Actors')).toBeLessThan(at('Curator notes'));
  });

  it('brings the next event into the timeline window when it lies outside', async () => {
    open('steel-tariffs');
    act(() => useTimelineStore.getState().setWindow({ from: '2025-10-01', to: '2025-11-30' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Nvidia chip sales halted');
    const w = useTimelineStore.getState().window;
    // chip-ban is dated "2026": the window now reaches into that year.
    expect(w !== null && w.to >= '2026-01-01').toBe(true);
  });
});
