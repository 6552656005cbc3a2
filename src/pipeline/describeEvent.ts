import { COUNTRY_NAMES } from './countryNames.ts';
import type { EventStatus } from '../data/eventSchema.ts';
import type { EventDraft } from './mergeDetections.ts';
import { KIND_TABLE } from './kinds/kindTable.ts';
import type { Detection } from './pipelineTypes.ts';
import { SIDE_OF } from './gazetteer.ts';
import { PERSON_NAME, shortName } from './shortName.ts';
import { triggerText } from './triggerText.ts';

const TOPICS: readonly (readonly [string, string])[] = [
  ['rare-earths', 'rare earths'],
  ['critical-minerals', 'critical minerals'],
  ['huawei', 'Huawei'],
  ['tiktok', 'TikTok'],
  ['chips', 'chips'],
  ['ai', 'AI'],
  ['soybeans', 'soybeans'],
  ['fentanyl', 'fentanyl'],
  ['education', 'students'],
  ['taiwan', 'Taiwan'],
];

const VERBS: Record<string, [present: string, base: string]> = {
  impose: ['imposes', 'impose'],
  announce: ['announces', 'announce'],
  raise: ['raises', 'raise'],
  cut: ['cuts', 'cut'],
  pause: ['pauses', 'pause'],
  reinstate: ['reinstates', 'reinstate'],
  lift: ['lifts', 'lift'],
  extend: ['extends', 'extend'],
  threaten: ['threatens', 'threaten'],
  exempt: ['grants exemptions from', 'grant exemptions from'],
  retaliate: ['retaliates with', 'retaliate with'],
  revoke: ['revokes', 'revoke'],
  tighten: ['tightens', 'tighten'],
  restrict: ['restricts', 'restrict'],
  ban: ['bans', 'ban'],
  blacklist: ['blacklists companies under', 'blacklist companies under'],
  agree: ['agrees on', 'agree on'],
};

export interface EventDescription {
  /** Id stem: kind, actors, place and topic; never the date or the status, so links survive edits. */
  slug: string;
  title: string;
  summary: string;
}

/** A short headline built from the event's kind and actors, and a one-sentence summary. */
export function describeEvent(
  draft: EventDraft,
  status: EventStatus,
  /** The tags of the draft's detections, when the caller has gathered them already. */
  tags: Set<string> = new Set(draft.detections.flatMap((d) => d.tags)),
): EventDescription {
  const primary = primaryDetection(draft);
  const actors = [...draft.actors];
  const preferred = primary.actors.length > 0 ? primary.actors : actors;
  const named = partiesOf(preferred, actors);
  // "Xi recalled their meeting in San Francisco": a meeting has two sides even when one is named.
  const side = SIDE_OF.get(preferred[0] ?? '');
  // "The two sides met in Geneva": a meeting of this timeline's two sides when no one is named,
  // never "US meets".
  const parties =
    KIND_TABLE[draft.kind].bilateral && named.length === 1 && side !== undefined
      ? side === 'us'
        ? ['US', 'China']
        : ['China', 'US']
      : KIND_TABLE[draft.kind].bilateral && actors.length === 0
        ? ['US', 'China']
        : named;
  const subject = shortName(preferred[0] ?? 'United States');
  const pair = parties.length >= 2 ? `${parties[0]} and ${parties[1]}` : `${subject}`;
  const plural = parties.length >= 2;
  const place = [...draft.places][0] ?? primary.places[0];
  const topic = TOPICS.find(([tag]) => tags.has(tag))?.[1];
  const planned = status === 'planned';
  const verb = (present: string, base: string, pluralForm = base): string =>
    planned ? `to ${base}` : plural ? pluralForm : present;
  const action = primary.action || [...draft.actions][0] || '';
  const [present, base] = VERBS[action] ?? VERBS.impose ?? ['imposes', 'impose'];
  // "China's aviation regulator eases limits on US flights": a Chinese body's other side is the US.
  const other = subject === 'China' || side === 'china' ? 'US' : 'China';
  const trade = draft.detections.some((d) => d.themes.includes('trade')) ? 'trade ' : '';
  const at = place ? ` in ${place}` : '';

  const { title, slugParts } = KIND_TABLE[draft.kind].title({
    pair,
    parties,
    subject,
    other,
    place,
    tags,
    topic,
    planned,
    plural,
    action,
    present,
    base,
    trade,
    at,
    verb,
    primary,
    trigger: triggerText(primary),
    actors,
    detections: draft.detections,
  });
  return {
    slug: slugify(slugParts.join(' ')) || draft.kind,
    title: capitalise(title),
    summary: summaryOf(primary),
  };
}

/** The mention that introduced the event: the first with a verb or a date of its own. */
export function primaryDetection(draft: EventDraft): Detection {
  const first = draft.detections[0];
  if (first === undefined) throw new Error('an event draft always has a detection');
  return draft.detections.find((d) => d.dateSource === 'text' || d.verbal) ?? first;
}

/** The two sides of a bilateral event: two leaders when named, else two countries. */
function partiesOf(preferred: string[], all: string[]): string[] {
  const everyone = unique([...preferred, ...all]);
  const people = everyone.filter((a) => PERSON_NAME.test(a) && !COUNTRY_NAMES.has(a));
  if (people.length >= 2) return people.slice(0, 2).map(shortName);
  // "He Lifeng ... US officials": a person stands for their side.
  const countries = unique(
    everyone.flatMap((a) => {
      if (COUNTRY_NAMES.has(a)) return [a];
      const side = SIDE_OF.get(a);
      return side === undefined ? [] : [side === 'us' ? 'United States' : 'China'];
    }),
  );
  if (countries.length >= 2) return countries.slice(0, 2).map(shortName);
  return everyone.slice(0, 1).map(shortName);
}

function summaryOf(d: Detection): string {
  const text = d.segment.text.replace(/\s+/g, ' ').trim();
  if (text.length <= 300) return text;
  const cut = text.slice(0, 297);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
