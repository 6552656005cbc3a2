import { DataSet, DataView } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { EventsFile, Theme } from '../../src/data/eventSchema.ts';

/**
 * The baseline the app is compared with: vis-timeline used the way its documentation suggests,
 * one DataSet of every dated event and a DataView whose filter follows the theme toggles and the
 * search text, refreshed on each change.
 */
interface BareItem {
  id: string;
  content: string;
  start: string;
  themes: Theme[];
  haystack: string;
}

export interface BareBench {
  setTheme: (theme: Theme, on: boolean) => void;
  setQuery: (query: string) => void;
  openFirst: () => void;
  zoomIn: () => void;
}

declare global {
  interface Window {
    bareBench?: BareBench;
  }
}

async function start(): Promise<void> {
  const response = await fetch('data/events.json');
  const file = (await response.json()) as EventsFile;
  const active = new Set<Theme>(['trade', 'technology', 'diplomacy']);
  let query = '';

  const items = new DataSet<BareItem>(
    file.events.flatMap((event) =>
      event.date.start === null
        ? []
        : [
            {
              id: event.id,
              content: event.title,
              start: event.date.start,
              themes: event.themes,
              haystack: [event.title, event.summary, ...event.actors, ...event.tags]
                .join(' ')
                .toLowerCase(),
            },
          ],
    ),
  );
  const view = new DataView(items, {
    filter: (item) =>
      item.themes.some((theme) => active.has(theme)) &&
      (query === '' || item.haystack.includes(query)),
  });
  const container = document.getElementById('timeline');
  if (container === null) throw new Error('no #timeline element');
  const timeline = new Timeline(container, view, { height: '600px' });

  window.bareBench = {
    setTheme: (theme, on) => {
      if (on) active.add(theme);
      else active.delete(theme);
      view.refresh();
    },
    setQuery: (text) => {
      query = text.toLowerCase();
      view.refresh();
    },
    openFirst: () => {
      const first = view.getIds()[0];
      if (first === undefined) return;
      timeline.setSelection([first]);
      // vis's default focus zooms a point item down to its 10 ms zoom limit; keep the scale.
      timeline.focus(first, { zoom: false });
    },
    zoomIn: () => timeline.zoomIn(0.5),
  };
}

void start();
