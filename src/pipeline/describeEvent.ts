import type { EventStatus } from '../data/eventSchema';
import type { EventDraft } from './mergeDetections';
import type { Detection } from './pipelineTypes';

const SHORT: Record<string, string> = {
  'United States': 'US',
  'Xi Jinping': 'Xi',
  'US Department of Commerce': 'US Commerce Department',
  'US State Department': 'US State Department',
  'US Treasury': 'US Treasury',
  'China Ministry of Commerce': 'China',
  'China Foreign Ministry': 'China',
  'European Union': 'EU',
};
const PERSON = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+)+$/;
const COUNTRIES = new Set([
  'United States',
  'China',
  'Taiwan',
  'Japan',
  'South Korea',
  'Russia',
  'European Union',
]);

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
export function describeEvent(draft: EventDraft, status: EventStatus): EventDescription {
  const primary = primaryDetection(draft);
  const actors = [...draft.actors];
  const preferred = primary.actors.length > 0 ? primary.actors : actors;
  const parties = partiesOf(preferred, actors);
  const subject = short(preferred[0] ?? 'United States');
  const pair = parties.length >= 2 ? `${parties[0]} and ${parties[1]}` : `${subject}`;
  const plural = parties.length >= 2;
  const place = [...draft.places][0] ?? primary.places[0];
  const tags = new Set(draft.detections.flatMap((d) => d.tags));
  const topic = TOPICS.find(([tag]) => tags.has(tag))?.[1];
  const planned = status === 'planned';
  const verb = (present: string, base: string, pluralForm = base): string =>
    planned ? `to ${base}` : plural ? pluralForm : present;
  const action = primary.action || [...draft.actions][0] || '';
  const [present, base] = VERBS[action] ?? VERBS.impose ?? ['imposes', 'impose'];
  const other = subject === 'China' ? 'US' : 'China';
  const trade = draft.detections.some((d) => d.themes.includes('trade')) ? 'trade ' : '';
  const at = place ? ` in ${place}` : '';

  let title: string;
  let slugParts: string[];
  switch (draft.kind) {
    case 'phone-call':
      title = `${pair} ${verb('holds', 'hold')} phone call`;
      slugParts = [...parties.slice(0, 2), 'call'];
      break;
    case 'meeting':
      title = `${pair} ${verb('meets', 'meet')}${at}`;
      slugParts = [...parties.slice(0, 2), 'meeting', place ?? ''];
      break;
    case 'visit': {
      const visitor =
        primary.actors.find((a) => PERSON.test(a)) ?? actors.find((a) => PERSON.test(a));
      const who = visitor ? short(visitor) : subject;
      const where = place ?? (who === 'US' || who === 'Trump' ? 'China' : 'abroad');
      title = planned ? `${who} to visit ${where}` : `${who} visits ${where}`;
      slugParts = [who, 'visit', where];
      break;
    }
    case 'talks':
      title = `${pair} ${verb('holds', 'hold')} ${trade}talks${at}`;
      slugParts = [...parties.slice(0, 2), trade.trim(), 'talks', place ?? ''];
      break;
    case 'agreement':
      title =
        action === 'extend'
          ? `${pair} ${verb('extends', 'extend')} ${trade}truce`
          : `${pair} ${planned ? 'to reach' : plural ? 'reach' : 'reaches'} ${trade}agreement`;
      slugParts = [...parties.slice(0, 2), trade.trim(), 'agreement', topic ?? ''];
      break;
    case 'tariffs': {
      const reciprocal = tags.has('reciprocal-tariffs') ? '"reciprocal" ' : '';
      const target = other === 'China' ? 'Chinese goods' : 'US goods';
      title = `${subject} ${planned ? `to ${base}` : present} ${reciprocal}tariffs on ${target}`;
      slugParts = [subject, reciprocal ? 'reciprocal' : action || 'new', 'tariffs', topic ?? ''];
      break;
    }
    case 'export-controls': {
      const verbWord =
        action === 'lift'
          ? ['eases', 'ease']
          : action === 'pause'
            ? ['suspends', 'suspend']
            : action === 'tighten'
              ? ['tightens', 'tighten']
              : ['imposes', 'impose'];
      title = `${subject} ${planned ? `to ${verbWord[1]}` : verbWord[0]} export controls${topic ? ` on ${topic}` : ''}`;
      slugParts = [subject, 'export-controls', topic ?? ''];
      break;
    }
    case 'tech-restriction': {
      const what = topic ?? 'technology sales';
      title = `${subject} ${planned ? `to ${base === 'ban' ? 'ban' : 'restrict'}` : action === 'ban' ? 'bans' : 'restricts'} ${what}${topic ? '' : ` to ${other}`}`;
      slugParts = [subject, 'restricts', what];
      break;
    }
    case 'visas': {
      const students = tags.has('education') ? 'visas of Chinese students' : 'visas';
      const v = action === 'revoke' ? ['revokes', 'revoke'] : ['restricts', 'restrict'];
      title = `${subject} ${planned ? `plans to ${v[1]}` : v[0]} ${subject === 'China' ? 'visas' : students}`;
      slugParts = [subject, v[1] ?? 'restrict', tags.has('education') ? 'student' : '', 'visas'];
      break;
    }
    case 'warning':
      title = topic
        ? `${subject} ${planned ? 'to warn' : 'warns'} over ${topic === 'chips' ? 'chips' : topicPhrase(tags, topic)}`
        : `${subject} issues warning`;
      slugParts = [subject, 'warning', topic ?? ''];
      break;
    case 'sanctions':
      title = `${subject} ${action === 'lift' ? (planned ? 'to lift' : 'lifts') : planned ? 'to impose' : 'imposes'} sanctions`;
      slugParts = [subject, 'sanctions', topic ?? ''];
      break;
    case 'investigation':
      title = `${subject} ${planned ? 'to launch' : 'launches'} trade investigation`;
      slugParts = [subject, 'investigation', topic ?? ''];
      break;
    case 'purchase':
      title = `${subject} ${planned ? 'to buy' : 'buys'} ${topic ?? 'US goods'}`;
      slugParts = [subject, 'purchases', topic ?? ''];
      break;
    case 'policy':
      title = `${subject} ${planned ? 'to issue' : action === 'lift' ? 'scraps' : 'issues'} ${topic ? `${topic} ` : ''}policy measure`;
      slugParts = [subject, 'policy', action === 'lift' ? 'repeal' : '', topic ?? ''];
      break;
    case 'statement':
      title = `${subject} statement${topic ? ` on ${topic}` : ''}`;
      slugParts = [subject, 'statement', topic ?? ''];
      break;
    case 'military':
      title = tags.has('taiwan')
        ? `${subject} military move over Taiwan`
        : `${subject} military drills`;
      slugParts = [subject, 'military', topic ?? ''];
      break;
  }
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
  const people = everyone.filter((a) => PERSON.test(a) && !COUNTRIES.has(a));
  if (people.length >= 2) return people.slice(0, 2).map(short);
  const countries = everyone.filter((a) => COUNTRIES.has(a));
  if (countries.length >= 2) return countries.slice(0, 2).map(short);
  return everyone.slice(0, 1).map(short);
}

function topicPhrase(tags: Set<string>, topic: string): string {
  if (tags.has('huawei') && tags.has('chips'))
    return tags.has('ai') ? 'Huawei AI chips' : 'Huawei chips';
  return topic;
}

function short(name: string): string {
  const known = SHORT[name];
  if (known !== undefined) return known;
  return PERSON.test(name) ? (name.split(' ').at(-1) ?? name) : name;
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
