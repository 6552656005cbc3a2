import { describe, expect, it } from 'vitest';
import type { ClusterItem, EventItem } from '../../../src/timeline/buildTimelineItems.ts';
import { renderItemContent } from '../../../src/timeline/renderItemContent.ts';

function event(extra: Partial<EventItem> = {}): EventItem {
  return {
    id: 'e',
    kind: 'event',
    type: 'box',
    start: 0,
    className: '',
    title: 'Talks in Geneva',
    themes: ['trade', 'diplomacy'],
    status: 'occurred',
    approximate: false,
    salience: 10,
    ...extra,
  };
}

describe('renderItemContent', () => {
  it('writes article text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const el = renderItemContent(event({ title: hostile }));
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toContain(hostile);
  });

  it('shows an icon per theme and names the themes, so colour is not the only cue', () => {
    const el = renderItemContent(event());
    const icons = el.querySelectorAll('svg');
    expect(icons).toHaveLength(2);
    icons.forEach((icon) => expect(icon).toHaveAttribute('aria-hidden', 'true'));
    expect(el.title).toMatch(/trade, diplomacy/);
  });

  it('labels planned events and marks approximate dates', () => {
    const el = renderItemContent(event({ status: 'planned', approximate: true }));
    expect(el.textContent).toContain('planned');
    expect(el.textContent).toContain('≈');
    expect(el.title).toMatch(/approximate/);
    const plain = renderItemContent(event());
    expect(plain.textContent).not.toContain('planned');
    expect(plain.textContent).not.toContain('≈');
  });

  it('shows a cluster as its count and its top titles, with a breakdown by theme', () => {
    const cluster: ClusterItem = {
      id: 'cluster:month:2025-04-01',
      kind: 'cluster',
      type: 'range',
      start: 0,
      end: 1,
      bucketStart: 0,
      bucketEnd: 1,
      className: 'tl-cluster',
      unit: 'month',
      count: 143,
      themeCounts: { trade: 80, technology: 0, diplomacy: 70 },
      top: ['Tariff round on steel', 'Summit in Busan'],
    };
    const el = renderItemContent(cluster);
    expect(el.querySelector('.tl-cluster-head')?.textContent).toBe('143 events');
    expect([...el.querySelectorAll('.tl-cluster-top')].map((t) => t.textContent)).toEqual([
      'Tariff round on steel',
      'Summit in Busan',
    ]);
    expect(el.title).toContain('among them: Tariff round on steel; Summit in Busan');
    expect(el.title).toContain('80 trade, 70 diplomacy');
    expect(el.title).not.toContain('technology');
  });

  it('renders nothing for data it does not know', () => {
    expect(renderItemContent({ content: '<script>x</script>' }).textContent).toBe('');
  });
});
