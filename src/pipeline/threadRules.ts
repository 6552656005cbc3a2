import type { TimelineEvent } from '../data/eventSchema.ts';

/** Which story an event belongs to under one rule, or null when it is no part of such a story. */
export interface ThreadKey {
  /** Slug, the start of the thread's id: "tariff-war", "trump-xi". */
  key: string;
  /** What the thread is about: "Tariff war and truce". */
  label: string;
}

/**
 * One kind of story. Events with the same key are chained in date order; a gap longer than
 * `maxGapDays` between one event and the next starts a new thread ("the 2018 tariffs" and
 * "the 2025 tariffs" are two wars, not one).
 */
export interface ThreadRule {
  keyOf: (event: TimelineEvent) => ThreadKey | null;
  maxGapDays: number;
  /**
   * The events a thread of this rule is about: a chain holding none is no such story (three
   * summits that touched on trade are no tariff war), and the thread is named after the first.
   */
  core?: (event: TimelineEvent) => boolean;
}

const TRADE_STEPS = new Set(['agreement', 'talks', 'purchase', 'meeting', 'phone-call']);
const CONTACTS = new Set(['phone-call', 'meeting', 'visit', 'talks']);

// The heads of state and government whose calls, meetings and visits make up a leaders' story,
// with the name a headline uses ("Trump and Xi").
const US_LEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Donald Trump', 'Trump'],
  ['Joe Biden', 'Biden'],
  ['Barack Obama', 'Obama'],
  ['George W. Bush', 'Bush'],
];
const CHINA_LEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Xi Jinping', 'Xi'],
  ['Hu Jintao', 'Hu'],
  ['Li Qiang', 'Li'],
  ['Li Keqiang', 'Li'],
];

// What a rule on a measure (an export control, a chip ban) and the responses to it is about.
const MEASURES = new Set([
  'tariffs',
  'export-controls',
  'tech-restriction',
  'sanctions',
  'warning',
  'investigation',
  'entity-list',
  'unreliable-entity',
  'probe',
]);
const isMeasure = (e: TimelineEvent): boolean => MEASURES.has(e.kind ?? '');

function bySubject(
  key: string,
  label: string,
  tags: readonly string[],
  maxGapDays: number,
  core?: (event: TimelineEvent) => boolean,
): ThreadRule {
  const wanted = new Set(tags);
  // One key for every event of the story: each rule is asked of every event.
  const story: ThreadKey = { key, label };
  return {
    keyOf: (e: TimelineEvent) => (e.tags.some((t) => wanted.has(t)) ? story : null),
    maxGapDays,
    ...(core !== undefined ? { core } : {}),
  };
}

const TARIFF_WAR: ThreadKey = { key: 'tariff-war', label: 'Tariff war and truce' };

export const THREAD_RULES: readonly ThreadRule[] = [
  {
    // "US imposes 34% tariffs" → "China retaliates" → "talks in Geneva" → "90-day truce".
    keyOf: (e) =>
      e.kind === 'tariffs' ||
      e.tags.includes('tariffs') ||
      (e.themes.includes('trade') && TRADE_STEPS.has(e.kind ?? ''))
        ? TARIFF_WAR
        : null,
    maxGapDays: 120,
    core: (e) => e.kind === 'tariffs',
  },
  {
    // "Trump and Xi speak by phone" → "Trump to visit Beijing in April" → "the visit".
    keyOf: (e) => {
      if (!CONTACTS.has(e.kind ?? '')) return null;
      const us = US_LEADERS.find(([name]) => e.actors.includes(name))?.[1];
      const china = CHINA_LEADERS.find(([name]) => e.actors.includes(name))?.[1];
      if (us === undefined || china === undefined) return null;
      return {
        key: `${us}-${china}`.toLowerCase(),
        label: `${us} and ${china}: calls, meetings and visits`,
      };
    },
    maxGapDays: 180,
  },
  bySubject(
    'rare-earths',
    'Rare earths and critical minerals',
    ['rare-earths', 'critical-minerals'],
    200,
    isMeasure,
  ),
  bySubject(
    'chips',
    'Chips and technology controls',
    ['chips', 'semiconductors', 'huawei', 'ai'],
    200,
    isMeasure,
  ),
  bySubject('tiktok', 'TikTok', ['tiktok'], 365),
  bySubject('taiwan', 'Taiwan', ['taiwan'], 200),
  bySubject('student-visas', 'Visas and students', ['visas', 'education', 'students'], 365),
];
