import { describe, expect, it } from 'vitest';
import type { EventDate, TimelineEvent } from '../../../src/data/eventSchema.ts';
import { curateEvents } from '../../../src/pipeline/curateEvents.ts';
import {
  REVIEW_NO_DATE,
  REVIEW_REGISTRY_DATE,
  REVIEW_REPORTED_ONLY,
  REVIEW_WEAK_TITLE,
  reviewReasons,
  withReviewReasons,
  type ReviewEvidence,
} from '../../../src/pipeline/reviewReasons.ts';

const day = (start: string): EventDate => ({ start, precision: 'day', approximate: false });
const UNDATED: EventDate = { start: null, precision: 'unknown', approximate: false };

const event = (over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'us-china-talks',
  title: 'US and China hold talks',
  summary: '',
  date: day('2025-05-10'),
  status: 'occurred',
  themes: ['trade'],
  tags: [],
  actors: ['United States', 'China'],
  mentions: [{ sourceId: 's', start: 0, end: 5, quote: 'Talks' }],
  ...over,
});

const told = (
  date: EventDate | null,
  over: Partial<ReviewEvidence['detections'][number]> = {},
) => ({
  date,
  dateSource: date === null ? null : ('text' as const),
  verbal: true,
  ...over,
});

describe('reviewReasons', () => {
  it('has no doubt about a dated event told with a verb in the narrator’s own words', () => {
    expect(reviewReasons(event(), { detections: [told(day('2025-05-10'))] })).toEqual([]);
  });

  it('flags an event no sentence dates', () => {
    const reasons = reviewReasons(event({ date: UNDATED }), { detections: [told(null)] });
    expect(reasons).toEqual([REVIEW_NO_DATE]);
  });

  it('flags a date that only the registry gives, but not one the text confirms', () => {
    const registry = told(day('2025-05-10'), { dateSource: 'registry' });
    expect(reviewReasons(event(), { knownEventId: 'x', detections: [registry] })).toEqual([
      REVIEW_REGISTRY_DATE,
    ]);
    expect(
      reviewReasons(event(), {
        knownEventId: 'x',
        detections: [registry, told({ start: '2025-05', precision: 'month', approximate: false })],
      }),
    ).toEqual([]);
  });

  it('flags an event told only in reported speech', () => {
    const reported = event({
      mentions: [{ sourceId: 's', start: 0, end: 5, quote: 'Talks', attributedTo: 'Xinhua' }],
    });
    expect(reviewReasons(reported, { detections: [told(day('2025-05-10'))] })).toEqual([
      REVIEW_REPORTED_ONLY,
    ]);
  });

  it('names the dates when its sentences disagree, and accepts a month containing the day', () => {
    const reasons = reviewReasons(event(), {
      detections: [told(day('2025-05-10')), told(day('2025-06-02')), told(day('2025-05-10'))],
    });
    expect(reasons).toEqual(['Its sentences disagree on the date: 2025-05-10, 2025-06-02.']);
    const nested = { start: '2025-05', precision: 'month' as const, approximate: false };
    expect(reviewReasons(event(), { detections: [told(day('2025-05-10')), told(nested)] })).toEqual(
      [],
    );
  });

  it('flags a title built from bare mentions ("the talks") unless a known event names it', () => {
    const bare = { detections: [told(day('2025-05-10'), { verbal: false })] };
    expect(reviewReasons(event(), bare)).toEqual([REVIEW_WEAK_TITLE]);
    expect(reviewReasons(event(), { ...bare, knownEventId: 'geneva-talks' })).toEqual([]);
  });

  it('adds review only to the events that need it', () => {
    const [sure, unsure] = withReviewReasons(
      [event(), event({ id: 'undated', date: UNDATED })],
      [{ detections: [told(day('2025-05-10'))] }, { detections: [told(null)] }],
    );
    expect(sure).not.toHaveProperty('review');
    expect(unsure?.review).toEqual([REVIEW_NO_DATE]);
  });
});

describe('curation clears review', () => {
  const unsure = [
    event({ id: 'a', review: [REVIEW_NO_DATE] }),
    event({ id: 'b', review: [REVIEW_WEAK_TITLE] }),
    event({ id: 'c', review: [REVIEW_WEAK_TITLE] }),
  ];

  it('for an event an editor corrected or marked checked, and only for it', () => {
    const { events } = curateEvents(unsure, {
      merges: [],
      edits: [
        { id: 'a', title: 'Trade talks in Geneva' },
        { id: 'b', checked: true },
      ],
    });
    expect(events.map((e) => [e.id, e.review])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', [REVIEW_WEAK_TITLE]],
    ]);
    expect(events[0]?.title).toBe('Trade talks in Geneva');
  });
});
