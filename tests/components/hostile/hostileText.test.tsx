import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/App.tsx';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import type { LoadResult } from '../../../src/data/loadEvents.ts';
import { renderItemContent } from '../../../src/timeline/renderItemContent.ts';
import { eventItem } from '../../../src/timeline/buildTimelineItems.ts';
import {
  HOSTILE_EVENTS,
  HOSTILE_SOURCE_TEXT,
  makeHostileEventsFile,
} from '../../fixtures/hostile/hostileEventsFile.ts';
import { resetStore } from '../storeFixture.ts';

function StubTimeline() {
  return <p>timeline stub</p>;
}

const load = async (): Promise<LoadResult> => ({
  ok: true,
  file: makeHostileEventsFile(),
  skipped: 0,
});

/** Elements a payload would have created had any of it been parsed as HTML. */
function injectedElements(root: ParentNode): Element[] {
  const found = [
    ...root.querySelectorAll('script, img, iframe, object, embed, a[href^="javascript:" i]'),
  ];
  for (const el of root.querySelectorAll('*')) {
    if ([...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))) found.push(el);
  }
  return found;
}

function nth(i: number): TimelineEvent {
  const ev = HOSTILE_EVENTS[i];
  if (ev === undefined) throw new Error(`no hostile event ${i}`);
  return ev;
}

beforeEach(() => {
  resetStore();
  window.history.replaceState(null, '', '/');
});

describe('hostile article text is shown as literal text', () => {
  it('in the list: each title exactly as written, nothing injected', async () => {
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const list = await screen.findByRole('list', { name: 'Events' });
    const titles = [...list.querySelectorAll('.list-event-title')].map((t) => t.textContent);
    expect(titles.sort()).toEqual(HOSTILE_EVENTS.map((e) => e.title).sort());
    expect(injectedElements(document.body)).toEqual([]);
  });

  it.each(HOSTILE_EVENTS.map((e, i) => [e.id, i]))(
    'in the panel (%s): title, summary, actors, tags, notes, quotes and attribution',
    async (_, i) => {
      const ev = nth(i);
      render(<App load={load} Timeline={StubTimeline} basePath="/" />);
      const row = await screen.findByRole('button', { name: new RegExp(escapeRe(ev.title)) });
      await userEvent.click(row);
      const panel = screen.getByRole('complementary', { name: ev.title });
      expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(ev.title);
      expect(panel.querySelector('.detail-summary')?.textContent).toBe(ev.summary);
      const facts = [...panel.querySelectorAll('.detail-facts dd')].map((d) => d.textContent);
      expect(facts[0]).toBe(ev.actors.join(', '));
      const tags = [...panel.querySelectorAll('.tag-list li')].map((t) => t.textContent);
      expect(tags).toEqual(ev.tags);
      const notes = [...panel.querySelectorAll('.notes li')].map((n) => n.textContent);
      expect(notes).toEqual(ev.notes);
      const quotes = [...panel.querySelectorAll('blockquote')].map((q) => q.textContent);
      expect(quotes).toEqual(ev.mentions.map((m) => m.quote));
      const attributed = [...panel.querySelectorAll('.attributed-to')].map((a) => a.textContent);
      expect(attributed).toEqual(ev.mentions.map((m) => m.attributedTo));
      expect(document.title).toBe(`${ev.title} · US–China Relations Timeline`);
      expect(injectedElements(document.body)).toEqual([]);
    },
  );

  it('in the article view: the whole text as written, the quote marked', async () => {
    const ev = nth(0);
    const source = makeHostileEventsFile().sources[0];
    if (source === undefined) throw new Error('fixture has no source');
    window.history.replaceState(null, '', `/events/${ev.id}`);
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const panel = await screen.findByRole('complementary', { name: ev.title });
    const [read] = within(panel).getAllByRole('button', { name: 'Read in article' });
    if (read === undefined) throw new Error('no "Read in article" button');
    await userEvent.click(read);
    const article = screen.getByRole('region', { name: source.title });
    expect(article.querySelector('.article-text')?.textContent).toBe(HOSTILE_SOURCE_TEXT);
    expect(article.querySelector('mark')?.textContent).toBe(ev.mentions[0]?.quote);
    expect(article.querySelector('.panel-meta')?.textContent).toContain(source.outlet);
    expect(injectedElements(document.body)).toEqual([]);
  });

  it('in the "event not found" notice for a hostile link', async () => {
    const id = '<img src=x onerror=alert(1)>';
    window.history.replaceState(null, '', `/events/${encodeURIComponent(id)}`);
    render(<App load={load} Timeline={StubTimeline} basePath="/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`No event has the id “${id}”`);
    expect(injectedElements(document.body)).toEqual([]);
  });

  it('in timeline items and their native tooltips', () => {
    for (const ev of HOSTILE_EVENTS) {
      const el = renderItemContent(
        eventItem({ event: ev, start: 0, end: 0, approximate: false, period: false, salience: 1 }),
      );
      expect(el.querySelector('.tl-title')?.textContent).toBe(ev.title);
      expect(el.title.startsWith(`${ev.title} (`)).toBe(true);
      expect(injectedElements(el)).toEqual([]);
    }
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
