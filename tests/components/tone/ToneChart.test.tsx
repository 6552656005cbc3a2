import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ToneChart } from '../../../src/components/tone/ToneChart.tsx';
import { monthlyTone } from '../../../src/components/tone/monthlyTone.ts';
import { useTimelineStore } from '../../../src/state/timelineStore.ts';
import { resetStore, smallFile } from '../storeFixture.ts';

const TONES: Record<string, number> = { 'steel-tariffs': -6, 'geneva-talks': 1.5, 'chip-ban': -6 };

function load() {
  const file = smallFile();
  const events = file.events.map((e) => ({ ...e, tone: TONES[e.id] ?? 0 }));
  useTimelineStore.getState().setLoaded(events, file.sources, 0);
}

beforeEach(() => {
  resetStore();
  load();
});

describe('ToneChart', () => {
  it('is an image named as the tone of relations, with its scale and its range', () => {
    render(<ToneChart />);
    const chart = screen.getByRole('img', { name: /^Tone of US–China relations by month/ });
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label).toContain('−10 (conflict) to +10 (cooperation)');
    expect(label).toContain('November 2025 to April 2026');
    expect(label).toContain('from −6 (November 2025) to +1.5 (April 2026)');
    // One bar per month with events: the year-only and undated events have no month.
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
  });

  it('has a table twin listing each month, its mean tone and its event count', () => {
    render(<ToneChart />);
    const rows = screen.getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['November 2025−61', 'April 2026+1.51']);
  });

  it('follows the filters', () => {
    render(<ToneChart />);
    act(() => useTimelineStore.getState().setThemes(['diplomacy']));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      'April 2026 to April 2026',
    );
    act(() => useTimelineStore.getState().setQuery('no such words anywhere'));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/no tone to draw/)).toBeInTheDocument();
  });
});

describe('monthlyTone', () => {
  it('averages the events of each month, in month order', () => {
    const base = smallFile().events[0];
    if (base === undefined) throw new Error('fixture has no events');
    const at = (start: string, tone: number, id: string) => ({
      ...base,
      id,
      tone,
      date: {
        start,
        precision: start.length === 7 ? ('month' as const) : ('day' as const),
        approximate: false,
      },
    });
    expect(
      monthlyTone([at('2025-05-12', 8, 'a'), at('2025-04-02', -6, 'b'), at('2025-05', -4, 'c')]),
    ).toEqual([
      { month: '2025-04', mean: -6, count: 1 },
      { month: '2025-05', mean: 2, count: 2 },
    ]);
  });
});
