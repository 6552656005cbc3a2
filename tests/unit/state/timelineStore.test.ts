import { beforeEach, describe, expect, it } from 'vitest';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { selectVisibleEvents } from '../../../src/state/selectVisibleEvents.ts';
import { smallFile } from '../../components/storeFixture.ts';

const store = useTimelineStore;
const ids = () => selectVisibleEvents(store.getState()).map((e) => e.id);

beforeEach(() => {
  store.setState(store.getInitialState(), true);
  const file = smallFile();
  store.getState().setLoaded(file.events, file.sources, 0);
});

describe('timeline store', () => {
  it('indexes events and sources by id when loaded', () => {
    expect(store.getState().eventsById.get('chip-ban')?.title).toBe('Nvidia chip sales halted');
    expect(store.getState().sourcesById.get('art-1')?.title).toBe('Trade war heats up');
  });

  it('steps through the filtered events in list order, undated last', () => {
    store.getState().select('steel-tariffs');
    const seen = ['steel-tariffs'];
    for (let i = 0; i < 5; i++) {
      store.getState().selectAdjacent(1);
      seen.push(store.getState().selectedId ?? 'none');
    }
    expect(seen).toEqual([
      'steel-tariffs',
      'chip-ban',
      'geneva-talks',
      'undated-visa-rule',
      'undated-visa-rule',
      'undated-visa-rule',
    ]);
    store.getState().setThemes(['trade']);
    store.getState().select('geneva-talks');
    store.getState().selectAdjacent(-1);
    expect(store.getState().selectedId).toBe('steel-tariffs');
  });

  it('does nothing on previous/next when the selection is hidden by the filters', () => {
    store.getState().select('chip-ban');
    store.getState().setThemes(['trade']);
    store.getState().selectAdjacent(1);
    expect(store.getState().selectedId).toBe('chip-ban');
  });

  it('clears the search and theme filters together', () => {
    store.getState().setThemes([]);
    store.getState().setQuery('zzz');
    expect(ids()).toEqual([]);
    store.getState().clearFilters();
    expect(ids()).toHaveLength(4);
  });

  it('keeps filter arrays identical when a URL restores the same values', () => {
    const before = store.getState();
    store.getState().applyUrlState({
      selectedId: 'chip-ban',
      themes: ['trade', 'technology', 'diplomacy'],
      query: '',
      window: null,
      unknownPath: false,
    });
    expect(store.getState().themes).toBe(before.themes);
    expect(store.getState().selectedId).toBe('chip-ban');
  });

  it('records a loader failure, and a later success, through load()', async () => {
    await store
      .getState()
      .load(async () => ({ ok: false, error: 'The data file is not valid JSON.' }));
    expect(store.getState().loadStatus).toBe('error');
    expect(store.getState().loadError).toBe('The data file is not valid JSON.');
    const file = smallFile();
    await store.getState().load(async () => ({ ok: true, file, skipped: 2 }));
    expect(store.getState()).toMatchObject({
      loadStatus: 'ready',
      loadError: null,
      skippedCount: 2,
    });
  });
});

describe('overlapping loads', () => {
  it('lets only the latest load land, however the responses are ordered', async () => {
    store.setState(store.getInitialState(), true);
    let finishFirst: (r: { ok: false; error: string }) => void = () => {};
    const first = store.getState().load(() => new Promise((r) => (finishFirst = r)));
    const file = smallFile();
    await store.getState().load(async () => ({ ok: true, file, skipped: 0 }));
    finishFirst({ ok: false, error: 'stale failure' });
    await first;
    expect(store.getState().loadStatus).toBe('ready');
    expect(store.getState().events).toHaveLength(4);
  });
});
