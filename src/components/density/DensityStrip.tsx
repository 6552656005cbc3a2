import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { THEMES } from '../../data/eventConstants.ts';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { chooseBucketUnit, type BucketUnit } from '../../timeline/bucketUnit.ts';
import { isoDay } from '../../timeline/eventSpan.ts';
import { buildTimelineIndex, type IndexedEvent } from '../../timeline/timelineIndex.ts';
import { THEME_LABELS } from '../shared/themeLabels.ts';
import {
  bucketLabel,
  bucketsInView,
  coarseInView,
  countDensity,
  densitySummary,
  describeCounts,
  unitName,
  type DensityBucket,
  type DensityTable,
} from './countDensity.ts';
import './densityStrip.css';

/** A bar gets at least this many pixels, so it stays a target for a click. */
const MIN_BAR_PX = 9;
const FALLBACK_WIDTH_PX = 1000;

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH_PX);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    if (el.clientWidth > 0) setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

// By index entries and unit, so a filter result seen again (a theme off and on) counts nothing.
const tables = new WeakMap<readonly IndexedEvent[], Map<BucketUnit, DensityTable>>();

function densityTableFor(entries: readonly IndexedEvent[], unit: BucketUnit): DensityTable {
  let byUnit = tables.get(entries);
  if (byUnit === undefined) {
    byUnit = new Map();
    tables.set(entries, byUnit);
  }
  let table = byUnit.get(unit);
  if (table === undefined) {
    table = countDensity(entries, unit);
    byUnit.set(unit, table);
  }
  return table;
}

/**
 * Events per calendar bucket along the timeline's axis, stacked by main theme, following the
 * timeline's zoom (day to year). Colour is not the only cue: each theme has its own pattern and
 * place in the stack (trade at the bottom), and every bar is a button whose name gives its
 * counts in words. Choosing a bar zooms the timeline to it.
 */
export function DensityStrip() {
  const range = useTimelineStore((s) => s.timelineRange);
  const visible = useTimelineStore(selectVisibleEvents);
  const events = useTimelineStore((s) => s.events);
  const setWindow = useTimelineStore((s) => s.setWindow);
  const [hostRef, width] = useWidth();
  const [active, setActive] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const refocus = useRef(false);

  const span = range === null ? 0 : range.end - range.start;
  const unit = chooseBucketUnit(span, Math.max(4, Math.floor(width / MIN_BAR_PX)));
  const entries = useMemo(() => buildTimelineIndex(visible, events).entries, [visible, events]);
  const table = useMemo(() => densityTableFor(entries, unit), [entries, unit]);
  const buckets = useMemo(
    () => (range === null ? [] : bucketsInView(table, unit, range.start, range.end)),
    [table, unit, range],
  );
  const max = buckets.reduce((m, b) => Math.max(m, b.total), 0);
  const current = Math.min(active, Math.max(0, buckets.length - 1));

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    buttons.current[current]?.focus();
  });

  // Its place is kept from the start: a strip appearing once the timeline draws would move the
  // list under the reader (and out from under a row it has just scrolled to).
  if (range === null || buckets.length === 0) {
    return <div className="density" ref={hostRef} aria-hidden="true" />;
  }
  const summary = densitySummary(buckets, unit, coarseInView(table, range.start, range.end));
  const place = (b: DensityBucket) => {
    const from = Math.max(b.start, range.start);
    const to = Math.min(b.end, range.end);
    return {
      left: `${((from - range.start) / span) * 100}%`,
      width: `${((to - from) / span) * 100}%`,
    };
  };

  const zoomTo = (b: DensityBucket) => {
    refocus.current = true;
    setActive(0);
    setWindow({ from: isoDay(b.start), to: isoDay(b.end - 1) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = buckets.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? Math.min(last, current + 1)
        : event.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="density" ref={hostRef}>
      <div className="density-caption" aria-hidden="true">
        <span className="density-title">{summary}</span>
        <span className="density-legend">
          {THEMES.map((t) => (
            <span key={t} className="density-key">
              <span className={`density-swatch density-${t}`} />
              {THEME_LABELS[t]}
            </span>
          ))}
        </span>
      </div>
      <div className="density-plot">
        <div className="density-bars" role="img" aria-label={summary}>
          {buckets.map((b) => (
            <div key={b.start} className="density-bar" style={place(b)}>
              {THEMES.map((t) =>
                b.byTheme[t] === 0 ? null : (
                  <span
                    key={t}
                    className={`density-seg density-${t}`}
                    style={{ height: `${(b.byTheme[t] / max) * 100}%` }}
                  />
                ),
              )}
            </div>
          ))}
        </div>
        <div
          className="density-targets"
          role="group"
          aria-label={`Zoom to a ${unitName(unit)} (arrow keys move, Enter zooms)`}
          onKeyDown={onKeyDown}
        >
          {buckets.map((b, i) => {
            const name = `${bucketLabel(b.start, unit)}: ${describeCounts(b)}`;
            return (
              <button
                key={b.start}
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                type="button"
                className="density-target"
                style={place(b)}
                tabIndex={i === current ? 0 : -1}
                aria-label={`${name}. Zoom to it`}
                title={name}
                onFocus={() => setActive(i)}
                onClick={() => zoomTo(b)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
