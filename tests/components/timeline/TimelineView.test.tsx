import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { parseIsoDay } from '../../../src/timeline/eventSpan.ts';
import { TimelineView } from '../../../src/timeline/TimelineView.tsx';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { day, makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

// vis-timeline draws nothing in jsdom; a stand-in records what the wrapper asks of it.
const vis = vi.hoisted(() => {
  type Handler = (props: unknown) => void;
  interface ItemStore {
    getIds: () => Array<string | number>;
    get: (id: string) => unknown;
    on: (event: 'add', fn: (name: string, payload: { items: string[] }) => void) => void;
  }
  class FakeTimeline {
    static instances: FakeTimeline[] = [];
    readonly items: ItemStore;
    readonly handlers = new Map<string, Set<Handler>>();
    readonly zooms: string[] = [];
    destroyed = false;
    selection: Array<string | number> = [];
    start: number;
    end: number;
    constructor(
      container: HTMLElement,
      items: ItemStore,
      options: { start?: number; end?: number },
    ) {
      container.append(document.createElement('div'));
      this.items = items;
      this.start = options.start ?? 0;
      this.end = options.end ?? 86_400_000;
      FakeTimeline.instances.push(this);
    }
    on(name: string, fn: Handler) {
      const set = this.handlers.get(name) ?? new Set<Handler>();
      set.add(fn);
      this.handlers.set(name, set);
    }
    off(name: string, fn: Handler) {
      this.handlers.get(name)?.delete(fn);
    }
    emit(name: string, props: unknown) {
      this.handlers.get(name)?.forEach((fn) => fn(props));
    }
    getWindow() {
      return { start: new Date(this.start), end: new Date(this.end) };
    }
    setWindow(start: number, end: number) {
      this.start = Number(start);
      this.end = Number(end);
    }
    redraws = 0;
    redraw() {
      this.redraws += 1;
    }
    zoomIn() {
      this.zooms.push('in');
    }
    zoomOut() {
      this.zooms.push('out');
    }
    getSelection() {
      return this.selection;
    }
    setSelection(ids: string | string[]) {
      this.selection = Array.isArray(ids) ? ids : [ids];
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeTimeline };
});

vi.mock('vis-timeline/peer', () => ({ Timeline: vis.FakeTimeline }));

const live = () => vis.FakeTimeline.instances.filter((t) => !t.destroyed);
function timeline() {
  const [only, ...rest] = live();
  if (only === undefined || rest.length > 0) throw new Error(`expected one live timeline`);
  return only;
}
const ids = () => timeline().items.getIds().map(String).sort();

const events: TimelineEvent[] = [
  makeTimelineEvent('tariffs', day('2025-04-02'), { themes: ['trade'] }),
  makeTimelineEvent('chips', day('2025-05-10'), { themes: ['technology'] }),
  makeTimelineEvent('summit', day('2025-10-30'), { themes: ['diplomacy', 'trade'] }),
  makeTimelineEvent('undated', { start: null, precision: 'unknown', approximate: false }),
  makeTimelineEvent(
    'visit',
    { start: '2026-04', precision: 'month', approximate: false },
    { themes: ['diplomacy'], status: 'planned' },
  ),
];

function load(list: TimelineEvent[]) {
  act(() => useTimelineStore.getState().setLoaded(list, [], 0));
}

beforeEach(() => {
  vis.FakeTimeline.instances = [];
  useTimelineStore.setState(useTimelineStore.getInitialState(), true);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('TimelineView lifecycle', () => {
  it('creates one timeline under StrictMode, on an element of its own, and destroys it on unmount', () => {
    load(events);
    const { container, unmount } = render(
      <StrictMode>
        <TimelineView />
      </StrictMode>,
    );
    expect(live()).toHaveLength(1);
    expect(container.querySelectorAll('.tl-canvas')).toHaveLength(1);
    const canvas = container.querySelector('.tl-canvas');
    unmount();
    expect(live()).toHaveLength(0);
    expect(canvas?.isConnected).toBe(false);
  });

  it('keeps listening to nothing after unmount', () => {
    load(events);
    const { unmount } = render(<TimelineView />);
    const t = timeline();
    const before = t.items.getIds().map(String).sort();
    unmount();
    expect([...t.handlers.values()].every((set) => set.size === 0)).toBe(true);
    act(() => useTimelineStore.getState().toggleTheme('trade'));
    expect(t.items.getIds().map(String).sort()).toEqual(before);
  });
});

describe('TimelineView items', () => {
  it('hands vis the dated events that pass the filters, and no undated ones', () => {
    load(events);
    act(() => useTimelineStore.getState().setThemes(['trade', 'diplomacy']));
    render(<TimelineView />);
    expect(ids()).toEqual(['summit', 'tariffs', 'visit']);
  });

  it('follows filter changes through the store without recreating the timeline', () => {
    load(events);
    render(<TimelineView />);
    const first = timeline();
    act(() => useTimelineStore.getState().toggleTheme('trade'));
    expect(ids()).toEqual(['chips', 'summit', 'visit']);
    act(() => useTimelineStore.getState().setQuery('chips'));
    expect(ids()).toEqual(['chips']);
    act(() => useTimelineStore.getState().setQuery('no such words'));
    expect(ids()).toEqual([]);
    act(() => useTimelineStore.getState().setQuery(''));
    act(() => useTimelineStore.getState().toggleTheme('trade'));
    expect(ids()).toEqual(['chips', 'summit', 'tariffs', 'visit']);
    expect(timeline()).toBe(first);
    expect(vis.FakeTimeline.instances).toHaveLength(1);
  });

  it('fits all events when the data arrives after the timeline', () => {
    render(<TimelineView />);
    load(events);
    const t = timeline();
    expect(t.start).toBeLessThanOrEqual(parseIsoDay('2025-04-02') ?? NaN);
    expect(t.end).toBeGreaterThanOrEqual(parseIsoDay('2026-04-30') ?? NaN);
    expect(ids()).toHaveLength(4);
  });

  it('hands vis a bounded number of items for a large data set', () => {
    load(makeEventsFile(5000).events);
    render(<TimelineView />);
    const count = ids().length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(81);
    expect(ids().some((id) => id.startsWith('cluster:'))).toBe(true);
  });
});

describe('TimelineView and the slow path of vis', () => {
  it('adds items only outside any window, so vis draws them in one batch on its next redraw', () => {
    load(events);
    render(<TimelineView />);
    const t = timeline();
    const addedAt: number[] = [];
    t.items.on('add', (_name, { items }) => {
      for (const id of items) addedAt.push(Number((t.items.get(id) as { start: unknown }).start));
    });
    act(() => useTimelineStore.getState().toggleTheme('trade'));
    act(() => useTimelineStore.getState().toggleTheme('trade'));
    expect(addedAt.length).toBeGreaterThan(0);
    expect(addedAt.every((ms) => ms < Date.UTC(-200_000, 0, 1))).toBe(true);
    // ...and once placed, the items sit at their dates.
    const tariffs = t.items.get('tariffs') as { start: unknown };
    expect(Number(tariffs.start)).toBe(parseIsoDay('2025-04-02'));
  });
});

describe('TimelineView selection', () => {
  it('selects the event of a clicked item', () => {
    load(events);
    render(<TimelineView />);
    act(() => timeline().emit('select', { items: ['summit'] }));
    expect(useTimelineStore.getState().selectedId).toBe('summit');
  });

  it('keeps the page selection when empty space is clicked', () => {
    load(events);
    render(<TimelineView />);
    act(() => useTimelineStore.getState().select('chips'));
    act(() => timeline().emit('select', { items: [] }));
    expect(useTimelineStore.getState().selectedId).toBe('chips');
    expect(timeline().selection).toEqual(['chips']);
  });

  it('selects an event chosen elsewhere and moves it into view', () => {
    load(events);
    render(<TimelineView />);
    const t = timeline();
    act(() => useTimelineStore.getState().setWindow({ from: '2025-04-01', to: '2025-04-10' }));
    act(() => useTimelineStore.getState().select('summit'));
    expect(t.selection).toEqual(['summit']);
    const at = parseIsoDay('2025-10-30') ?? NaN;
    expect(t.start).toBeLessThan(at);
    expect(t.end).toBeGreaterThan(at);
  });

  it('opens a deep link zoomed in around its event, even before the data arrives', () => {
    act(() => useTimelineStore.getState().select('tariffs'));
    render(<TimelineView />);
    load(events);
    const t = timeline();
    const at = parseIsoDay('2025-04-02') ?? NaN;
    expect(t.selection).toEqual(['tariffs']);
    expect(t.start).toBeLessThan(at);
    expect(t.end).toBeGreaterThan(at);
    expect(t.end - t.start).toBeLessThan(200 * 86_400_000);
  });

  it('zooms into a cluster when it is clicked, without selecting anything', () => {
    load(makeEventsFile(5000).events);
    render(<TimelineView />);
    const t = timeline();
    const clusterId = ids().find((id) => id.startsWith('cluster:'));
    if (clusterId === undefined) throw new Error('expected a cluster');
    const before = t.end - t.start;
    act(() => t.emit('select', { items: [clusterId] }));
    expect(t.end - t.start).toBeLessThan(before);
    expect(useTimelineStore.getState().selectedId).toBeNull();
  });
});

describe('TimelineView window', () => {
  it('asks vis for one redraw after its first window change, which is when vis shows itself', () => {
    load(events);
    render(<TimelineView />);
    const props = { start: new Date(2025, 0, 1), end: new Date(2025, 2, 1), byUser: false };
    act(() => timeline().emit('rangechanged', props));
    expect(timeline().redraws).toBe(1);
    act(() => timeline().emit('rangechanged', props));
    expect(timeline().redraws).toBe(1);
  });

  it('reports windows the user chose, and ignores the echoes of its own', () => {
    load(events);
    render(<TimelineView />);
    const start = new Date(2025, 0, 1);
    const end = new Date(2025, 2, 1);
    act(() => timeline().emit('rangechanged', { start, end, byUser: false }));
    expect(useTimelineStore.getState().window).toBeNull();
    act(() => {
      timeline().setWindow(start.getTime(), end.getTime());
      timeline().emit('rangechanged', { start, end, byUser: true });
    });
    expect(useTimelineStore.getState().window).toEqual({ from: '2025-01-01', to: '2025-02-28' });
  });

  it('shows a window set in the store (a link or Back) as whole days', () => {
    load(events);
    render(<TimelineView />);
    act(() => useTimelineStore.getState().setWindow({ from: '2025-03-01', to: '2025-03-31' }));
    expect(timeline().start).toBe(parseIsoDay('2025-03-01'));
    expect(timeline().end).toBe(parseIsoDay('2025-04-01'));
  });
});

describe('TimelineView window after Back', () => {
  it('returns to the overview when the link no longer has a window', () => {
    load(events);
    render(<TimelineView />);
    act(() => useTimelineStore.getState().setWindow({ from: '2025-05-01', to: '2025-05-20' }));
    act(() => useTimelineStore.getState().setWindow(null));
    const t = timeline();
    expect(t.start).toBeLessThanOrEqual(parseIsoDay('2025-04-02') ?? NaN);
    expect(t.end).toBeGreaterThanOrEqual(parseIsoDay('2026-04-30') ?? NaN);
  });
});

describe('TimelineView toolbar', () => {
  it('has named zoom controls that drive the timeline and report the new window', async () => {
    const user = userEvent.setup();
    load(events);
    render(<TimelineView />);
    const t = timeline();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(t.zooms).toEqual(['in', 'out']);
    // vis reports a button zoom as not by the user; the wrapper still owes the store the window.
    act(() => {
      t.setWindow(new Date(2025, 5, 1).getTime(), new Date(2025, 6, 1).getTime());
      t.emit('rangechanged', { start: new Date(t.start), end: new Date(t.end), byUser: false });
    });
    expect(useTimelineStore.getState().window).toEqual({ from: '2025-06-01', to: '2025-06-30' });
  });

  it('fits all events, not just the items vis holds', async () => {
    const user = userEvent.setup();
    load(events);
    render(<TimelineView />);
    const t = timeline();
    act(() => useTimelineStore.getState().setWindow({ from: '2025-05-01', to: '2025-05-20' }));
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(t.start).toBeLessThanOrEqual(parseIsoDay('2025-04-02') ?? NaN);
    expect(t.end).toBeGreaterThanOrEqual(parseIsoDay('2026-04-30') ?? NaN);
  });
});
