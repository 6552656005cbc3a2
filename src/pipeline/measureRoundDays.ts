import { STARTS_FROM_BEFORE } from './dates/dateTense.ts';
import { firstDayAhead, tellsWhen } from './dates/firstDayAhead.ts';
import type { EventDate } from '../data/eventSchema.ts';
import { SIDE_OF } from './gazetteer.ts';
import type { DateMention, Detection } from './pipelineTypes.ts';
import { triggerText } from './triggerText.ts';

/**
 * "The finance ministry says extra duties on US goods will rise to 60%": a side telling, in the
 * present tense, what it will charge is the news of the day of writing. The telling is the act
 * (the rate announced), done on that day, whatever the tense of the rate's own verb. "said
 * today" and "announced this morning" tell the same day in the past.
 */
const TELLS_TODAY =
  /\b(?:says|announces|confirms|declares|tells\s+\w+)\b|\b(?:said|announced|confirmed|declared)\s+(?:today|this\s+(?:morning|afternoon|evening)|tonight|overnight)\b/i;
/** How far before the trigger the telling verb may stand: its own clause, not the paragraph. */
const LEAD_REACH = 110;
/**
 * "The 10% duty on goods from China took effect at 12:01 a.m.": a clock time with no day is a
 * time of the day of writing, and so is "now in force".
 */
const IN_FORCE =
  /\b(?:took|takes|take)\s+effect\b|\bkicked\s+in\b|\bcame\s+into\s+(?:force|effect)\b|\bwent\s+into\s+(?:force|effect)\b/i;
const CLOCK = /\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|midnight)/i;
/**
 * "The truce, which cut US duties from a peak of 60% in March, expires soon": the month is when
 * the rate reached its peak, so the act that date tells is the rise to it, not the cut from it.
 */
const PEAK_BEFORE =
  /\b(?:peak(?:ed)?|high)\s+(?:of|at)\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:in|on)\s+$/i;
/**
 * "Washington put off raising tariffs from 10% to 25% until March 2": the rise is put off, not
 * done; with a limit ahead, it is now due on the limit's day, and without one it is a pause.
 */
const PUT_OFF_BEFORE =
  /\b(?:put(?:s|ting)?\s+off|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|held\s+off\s+on|hold(?:s|ing)?\s+off\s+on)\s+$/i;
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
/**
 * "For China, the stacked levies bring the rate to 104%": a side set before the sentence's comma
 * is the one the rate falls on, so the rate is the other side's.
 */
const FOR_SIDE =
  /^\s*For\s+(?:(China|Beijing|Chinese\s+\w+)|(the\s+US|the\s+U\.S\.|the\s+United\s+States|America|Washington|American\s+\w+))\s*,/;
const OWNER_BEFORE =
  /\b(?:(Chinese|China['’]s|Beijing['’]s)|(American|Washington['’]s|America['’]s))\s+(?:new\s+|extra\s+|additional\s+|retaliatory\s+|higher\s+)?$/i;
const PROGRESSIVE_BEFORE = /\b(?:is|are)\s+(?:\w+\s+)?$/i;
const NOW_IN_FORCE = /\bnow\s+in\s+(?:force|effect)\b/i;

/**
 * Measures other than duties that are told on one day and start on a later one: "On Thursday the
 * regulator said every foreign airline would be allowed one weekly flight, starting June 8" is
 * the telling (Thursday) and the start (June 8), as a rate is (toldThenStarts).
 */
const STARTS_LATER: ReadonlySet<string> = new Set([
  'flight-curbs',
  'visas',
  'sanctions',
  'export-controls',
  'tech-restriction',
  'import-suspension',
  'media-restriction',
  'port-fees',
  'entity-list',
  'dialogue-halt',
  'fentanyl-curbs',
  'import-approval',
]);

/**
 * The measures of one sentence, each with the day and the status its sentence gives it beyond
 * the nearest date. Duties: a rise put off, a peak told as background, a rate announced today
 * (and, when it starts later, its start as a second event), a duty in force at a clock time of
 * today. The other measures (STARTS_LATER) get the telling and the start, and a plan told on
 * the paragraph's day; the rest of the sentence's acts pass through.
 */
export function measureRoundDays(
  detections: Detection[],
  dates: DateMention[],
  published: string | null,
  paragraphDay: EventDate | null = null,
): Detection[] {
  if (published === null) return detections;
  return detections.flatMap((d) => {
    if (d.kind !== 'tariffs') {
      if (!STARTS_LATER.has(d.kind) || !d.verbal || d.hypothetical) return [d];
      const sentence = d.segment.text;
      const lead = sentence.slice(Math.max(0, d.triggerStart - LEAD_REACH), d.triggerStart);
      return (
        toldThenStarts(d, dates, published, lead, paragraphDay) ??
        toldOnParagraphDay(d, lead, published, paragraphDay) ?? [d]
      );
    }
    const owned = imposedBy(d);
    return !owned.verbal || owned.hypothetical
      ? [owned]
      : roundDays(owned, dates, published, paragraphDay);
  });
}

/**
 * The detection with the imposer first: the other side when the sentence opens on the side the
 * rate is for, the owner when the duties are named by one and no one else is ("The new Chinese
 * duties apply from Monday").
 */
function imposedBy(d: Detection): Detection {
  const subject = d.actors[0];
  if (subject === undefined) {
    const owner = OWNER_BEFORE.exec(
      d.segment.text.slice(Math.max(0, d.triggerStart - 30), d.triggerStart),
    );
    if (owner === null) return d;
    return { ...d, actors: [owner[1] !== undefined ? 'China' : 'United States'] };
  }
  const front = FOR_SIDE.exec(d.segment.text);
  if (front === null) return d;
  const target = front[1] !== undefined ? 'china' : 'us';
  if (SIDE_OF.get(subject) !== target) return d;
  const imposer = target === 'china' ? 'United States' : 'China';
  return { ...d, actors: [imposer, ...d.actors.filter((a) => a !== imposer)] };
}

function roundDays(
  d: Detection,
  dates: DateMention[],
  published: string,
  paragraphDay: EventDate | null,
): Detection[] {
  const sentence = d.segment.text;
  const lead = sentence.slice(Math.max(0, d.triggerStart - LEAD_REACH), d.triggerStart);
  if (d.action === 'raise' && PUT_OFF_BEFORE.test(lead)) return [putOff(d, dates, published)];
  if (d.date !== null && d.action !== 'raise' && peakDated(d, dates)) {
    return [{ ...d, action: 'raise' }];
  }
  const told = toldThenStarts(d, dates, published, lead, paragraphDay);
  if (told !== null) return told;
  const today: EventDate = { start: published, precision: 'day', approximate: false };
  const day = d.date?.precision === 'day' ? d.date.start : null;
  if (d.status === 'planned' && TELLS_TODAY.test(lead) && (d.date === null || day !== null)) {
    if (day !== null && day < published) return [d];
    const announced: Detection = { ...d, status: 'occurred', date: today, dateSource: 'text' };
    if (day !== null && day > published) return [announced, d];
    const start = firstDayAhead(dates, published);
    return start === undefined
      ? [announced]
      : [announced, { ...d, date: start.date, dateSource: 'text' }];
  }
  if (d.date !== null || d.status !== 'occurred') return [d];
  // "Beijing announces counter-tariffs", "says he is raising the tariff": told as it happens.
  const trigger = triggerText(d);
  const present =
    TELLS_TODAY.test(trigger) || (TELLS_TODAY.test(lead) && PROGRESSIVE_BEFORE.test(lead));
  const inForceToday =
    (IN_FORCE.test(sentence) && CLOCK.test(sentence)) || NOW_IN_FORCE.test(sentence);
  return [present || inForceToday ? { ...d, date: today, dateSource: 'text' } : d];
}

/**
 * "The minister threatened on Monday to add a 60% duty on steel from June 1", "On Monday the
 * minister said Ottawa will impose a 60% duty on steel, starting June 1": the rate is told (a
 * threat, an announcement) on one day and starts on a later one. Two events: the telling, done
 * on its day, and the start, planned for the later day.
 */
function toldThenStarts(
  d: Detection,
  dates: DateMention[],
  published: string,
  lead: string,
  paragraphDay: EventDate | null,
): Detection[] | null {
  const sentence = d.segment.text;
  const action = THREAT_BEFORE.test(lead) ? 'threaten' : 'announce';
  if (d.status === 'occurred' && action === 'threaten' && d.date?.precision === 'day') {
    const told = d.date.start;
    const start = dates.find(
      (m) =>
        m.start >= d.triggerEnd &&
        m.date.precision === 'day' &&
        m.date.start !== null &&
        told !== null &&
        m.date.start > told &&
        m.date.start > published &&
        STARTS_FROM_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start)),
    );
    if (start === undefined) return null;
    return [
      { ...d, action },
      { ...d, action: '', status: 'planned', date: start.date, dateSource: 'text' },
    ];
  }
  if (d.status !== 'planned' || d.date?.precision !== 'day' || d.date.start === null) return null;
  if (d.date.start <= published || !PAST_TELLING.test(lead)) return null;
  const telling = dates.find(
    (m) =>
      m.end <= d.triggerStart &&
      tellsWhen(m) &&
      m.date.precision === 'day' &&
      m.date.start !== null &&
      m.date.start <= published &&
      // "On Thursday the regulator said …": a day that opens the sentence dates its telling verb.
      ((m.start <= 14 &&
        (/^\s*[:,]/.test(sentence.slice(m.end)) ||
          PAST_TELLING.test(sentence.slice(m.end, d.triggerStart)))) ||
        TELLING_VERB_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start)) ||
        TELLING_VERB_AFTER.test(sentence.slice(m.end, d.triggerStart))),
  );
  const toldOn = telling?.date ?? pronounTellerDay(lead, published, paragraphDay);
  if (toldOn === null) return null;
  const announced: Detection = {
    ...d,
    action,
    status: 'occurred',
    date: toldOn,
    dateSource: 'text',
  };
  delete announced.knownEventId;
  return [announced, d];
}

/** "threatened on Friday to", "threaten to": what follows is threatened, not done. */
const THREAT_BEFORE = /\bthreaten(?:s|ed|ing)?\s+(?:[\w,]+\s+){0,4}?to\s+(?:[\w%-]+\s+){0,3}$/i;
/**
 * A telling in the past: "said on Truth Social that", "announced that", "threatened to", and the
 * participle after a past verb ("he went further, posting that"); an order that sets a start
 * ahead ("issued an order to suspend the flights, starting June 16") is issued on its own day.
 */
const PAST_TELLING =
  /\b(?:said|announced|declared|wrote|writing|posted|posting|tweeted|tweeting|threatened|warned|issued\s+(?:an?\s+)?(?:order|notice|directive|decree)\s+to|ordered|decided\s+to)\b(?:\s+on\s+Truth\s+Social|\s+on\s+social\s+media)?[^;]*$/i;
/** "The department on Monday issued an order to": the day right before the telling verb. */
const TELLING_VERB_AFTER =
  /^\s+(?:said|announced|declared|wrote|posted|threatened|warned|issued|ordered|decided)\b/i;
/** "said on Friday", "announced Friday": the day of the telling. */
const TELLING_VERB_BEFORE =
  /\b(?:said|announced|declared|wrote|posted|threatened|warned)\s+(?:on\s+)?$/i;

/**
 * "The minister spoke on Tuesday of higher duties. Later she went further, posting that the 20%
 * duty on US lumber would rise to 35% from June 1": a telling whose subject is a pronoun has no
 * day of its own; it goes on from the sentence before, so it was told on the day that sentence
 * gave (the paragraph's day), if that day is not after the day of writing.
 */
const PRONOUN_TELLER =
  /(?:^|[\s,])(?:he|she|they)\s+(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]+,\s+)?(?:said|announced|declared|wrote|writing|posted|posting|tweeted|tweeting|saying)\b[^;]*$/i;
function pronounTellerDay(
  lead: string,
  published: string,
  paragraphDay: EventDate | null,
): EventDate | null {
  return PRONOUN_TELLER.test(lead) ? toldDay(published, paragraphDay) : null;
}

/** The paragraph's day, when it is a day and not after the day of writing. */
function toldDay(published: string, paragraphDay: EventDate | null): EventDate | null {
  if (paragraphDay?.precision !== 'day' || paragraphDay.start === null) return null;
  return paragraphDay.start > published ? null : paragraphDay;
}

/**
 * "China's defence ministry also reacted on Saturday. … The ministry said it would postpone
 * military talks with the US": a body the paragraph already named telling, with no day of its
 * own, what it will do has announced it on the paragraph's day; the announcement is the news.
 */
const BODY_TELLER =
  /(?:^|[\s,])(?:the|its)\s+(?:ministry|department|government|embassy|office|administration|regulator|spokes(?:man|woman|person))\s+(?:[\w’'-]+\s+){0,2}?(?:said|announced|declared)\b[^;]*$/i;
function toldOnParagraphDay(
  d: Detection,
  lead: string,
  published: string,
  paragraphDay: EventDate | null,
): Detection[] | null {
  if (d.status !== 'planned' || d.date !== null) return null;
  // The telling verb may stand a long way back: "said it would recall the admiral, who …, and
  // would postpone the talks".
  const before = d.segment.text.slice(0, d.triggerStart);
  const day = BODY_TELLER.test(before)
    ? toldDay(published, paragraphDay)
    : pronounTellerDay(lead, published, paragraphDay);
  return day === null ? null : [{ ...d, status: 'occurred', date: day, dateSource: 'text' }];
}

/** A rise put off: due on the limit ahead ("until March 2") when the sentence gives one. */
function putOff(d: Detection, dates: DateMention[], published: string): Detection {
  const sentence = d.segment.text;
  const due = dates.find(
    (m) =>
      m.role === 'bound' &&
      m.date.start !== null &&
      m.date.start > published &&
      UNTIL_BEFORE.test(sentence.slice(Math.max(0, m.start - 8), m.start)),
  );
  // The detector may already have dated the act by that limit (an act put off until a day ahead).
  return due === undefined || (d.date !== null && d.date.start !== due.date.start)
    ? { ...d, action: 'pause' }
    : { ...d, date: due.date, status: 'planned', dateSource: 'text' };
}

/** Whether the detection's date is the one a "peak of N% in" phrase names. */
function peakDated(d: Detection, dates: DateMention[]): boolean {
  const sentence = d.segment.text;
  return dates.some(
    (m) =>
      m.date.start === d.date?.start &&
      PEAK_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)),
  );
}
