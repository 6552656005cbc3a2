import { useMemo } from 'react';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { AppearanceToggle } from './AppearanceToggle.tsx';
import { periodCovered } from '../shared/periodCovered.ts';

export const PRODUCT_NAME = 'US–China Relations Timeline';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function Header() {
  const loadStatus = useTimelineStore((s) => s.loadStatus);
  const events = useTimelineStore((s) => s.events);
  const sourceCount = useTimelineStore((s) => s.sources.length);
  const period = useMemo(() => periodCovered(events), [events]);

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <h1>{PRODUCT_NAME}</h1>
          {loadStatus === 'ready' && (
            <p className="stats">
              {plural(events.length, 'event', 'events')} from{' '}
              {plural(sourceCount, 'article', 'articles')}
              {period !== null && <span className="period"> · {period}</span>}
            </p>
          )}
        </div>
      </div>
      <AppearanceToggle />
    </header>
  );
}
