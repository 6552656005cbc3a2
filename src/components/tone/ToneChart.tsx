import { useMemo } from 'react';
import { selectVisibleEvents } from '../../state/selectVisibleEvents.ts';
import { useTimelineStore } from '../../state/timelineStore.ts';
import { formatTone, monthLabel, monthlyTone, monthsBetween } from './monthlyTone.ts';
import './tone.css';

const WIDTH = 1000;
const HEIGHT = 100;
const MID = HEIGHT / 2;
/** Most months stay within ±8; a bar of ±10 fills half the height. */
const SCALE = MID / 10;

/**
 * The tone of relations over time: one bar per month from the zero line, up for cooperation and
 * down for conflict, for the events the filters show. The chart is an image with a summary for
 * screen readers; its table twin lists every month.
 */
export function ToneChart() {
  const events = useTimelineStore((s) => s.events);
  const visible = useTimelineStore(selectVisibleEvents);
  // A data file made without tones (tone is optional in the contract) has nothing to chart: the
  // strip would only take room from the timeline, and each filter change need not count months.
  const anyTone = useMemo(() => events.some((e) => e.tone !== undefined), [events]);
  const months = useMemo(() => (anyTone ? monthlyTone(visible) : []), [anyTone, visible]);
  if (!anyTone) return null;
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) {
    return (
      <section className="tone-chart" aria-labelledby="tone-heading">
        <div className="tone-chart__side">
          <h2 id="tone-heading" className="tone-chart__heading">
            Tone of relations
          </h2>
        </div>
        <p className="tone-chart__empty">No dated events are shown, so there is no tone to draw.</p>
      </section>
    );
  }

  const axis = monthsBetween(first.month, last.month);
  const slot = WIDTH / axis.length;
  const position = new Map(axis.map((m, i) => [m, i]));
  const means = months.map((m) => m.mean);
  const low = months.reduce((a, b) => (b.mean < a.mean ? b : a));
  const high = months.reduce((a, b) => (b.mean > a.mean ? b : a));
  const label =
    `Tone of US–China relations by month, on a scale from −10 (conflict) to +10 (cooperation), ` +
    `${monthLabel(first.month)} to ${monthLabel(last.month)}: monthly means range from ` +
    `${formatTone(Math.min(...means))} (${monthLabel(low.month)}) to ` +
    `${formatTone(Math.max(...means))} (${monthLabel(high.month)}).`;

  return (
    <section className="tone-chart" aria-labelledby="tone-heading">
      <div className="tone-chart__side">
        <h2 id="tone-heading" className="tone-chart__heading">
          Tone of relations
        </h2>
        <details className="tone-chart__table">
          <summary>Tone by month as a table</summary>
          {/* Over the page, not in its flow: opening it must not squeeze the list away. */}
          <div
            className="tone-chart__popover"
            role="region"
            aria-label="Tone by month"
            tabIndex={0}
          >
            <table>
              <caption className="visually-hidden">Tone of relations by month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Mean tone</th>
                  <th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthLabel(m.month)}</th>
                    <td>{formatTone(m.mean)}</td>
                    <td>{m.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </div>
      <span className="tone-chart__scale" aria-hidden="true">
        <span>+10 cooperation</span>
        <span>−10 conflict</span>
      </span>
      <div className="tone-chart__main">
        <svg
          className="tone-chart__svg"
          role="img"
          aria-label={label}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
        >
          <line
            className="tone-chart__zero"
            x1={0}
            x2={WIDTH}
            y1={MID}
            y2={MID}
            vectorEffect="non-scaling-stroke"
          />
          {months.map((m) => {
            const i = position.get(m.month) ?? 0;
            const h = Math.max(1, Math.abs(m.mean) * SCALE);
            return (
              <rect
                key={m.month}
                className={
                  m.mean >= 0 ? 'tone-chart__bar is-cooperation' : 'tone-chart__bar is-conflict'
                }
                x={i * slot + slot * 0.15}
                width={slot * 0.7}
                y={m.mean >= 0 ? MID - h : MID}
                height={h}
              />
            );
          })}
        </svg>
        <p className="tone-chart__axis" aria-hidden="true">
          <span>{monthLabel(first.month)}</span>
          <span>monthly mean</span>
          <span>{monthLabel(last.month)}</span>
        </p>
      </div>
    </section>
  );
}
