import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * Words that tell when a deadline falls, right after its verb: "expires on Friday", "falls at
 * noon today", "runs out in August". Without one, "the deadline passed quietly" is colour.
 */
const WHEN_AFTER =
  "(?=\\s+(?:[\\w,’'-]+\\s+){0,3}?(?:on|at|in|by|this|tonight|today|tomorrow|next|later|[A-Z][a-z]+day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})\\b)";
/** What a deadline ends: a pause or truce that lapses on its day is the deadline told the other way. */
// "The temporary general licence that allowed carriers to repair older handsets ran out on August 13": a
// licence granted for a time is a respite too.
const RESPITE =
  '(?:pause|truce|suspension|reprieve|waiver|exception|exemption|moratorium|grace\\s+period|(?:temporary\\s+(?:general\\s+)?|general\\s+)licen[cs]e)';
const LAPSES =
  '(?:runs\\s+out|ran\\s+out|expires|expired|lapses|lapsed|(?:will|would|is\\s+due\\s+to|is\\s+set\\s+to)\\s+(?:expire|lapse|run\\s+out))';

/** A respite and a clause set off by commas on what it did: "The truce, which cut duties, ". */
const RESPITE_WITH_CLAUSE = `\\b${RESPITE},\\s+(?:which|that)\\s+[^,;]{1,120},\\s+`;
const RESPITE_BEFORE = new RegExp(
  `\\b(${RESPITE})(?:,\\s+(?:which|that)\\s+[^,;]{1,120},|\\s+(?:that|which)\\s+[^.;,]{1,120}?(?:\\s+[a-z]+ly)?)?\\s+$`,
  'i',
);

const MONTH_DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b';
/** A measure named by its noun: what starts on a day, or runs out on one. */
// "The presumption takes effect on May 2": a rule of proof a law lays down starts on its day too.
const MEASURE =
  '(?:ban|bans|prohibition|rule|rules|restrictions?|curbs|order|law|requirements?|measures?|presumption|provisions?)';
/** A measure's start: "applies from", "takes effect on", "could begin as early as". */
const STARTS =
  '(?:applies|apply|takes\\s+effect|take\\s+effect|comes\\s+into\\s+(?:force|effect)|kicks\\s+in|begins|starts|(?:will|would|could|may|might)\\s+(?:apply|take\\s+effect|come\\s+into\\s+(?:force|effect)|kick\\s+in|begin|start)|(?:is|was|are|were)\\s+(?:due|set|scheduled)\\s+to\\s+(?:apply|take\\s+effect|come\\s+into\\s+(?:force|effect)|begin|start))';
/** A measure put off to a later day: "were put off until", "has been postponed to". */
const PUT_OFF =
  '(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:put\\s+off|postponed|delayed|deferred)\\s+(?:until|to)';
/** The words that tell a start's day: "from August 2", "on May 15", "as early as March 3". */
// "takes effect tomorrow, May 2", "starts on Monday, May 2": the day a relative word names, with
// its date after it; "takes effect 90 days after signing, which falls on May 2": the day a count
// of days reaches, told in the same clause.
const START_DAY = `(?=\\s+(?:(?:tomorrow|today|(?:on\\s+|next\\s+)?[A-Z][a-z]+day),?\\s+)?(?:from\\s+|on\\s+|as\\s+early\\s+as\\s+|as\\s+of\\s+|starting\\s+)?${MONTH_DAY}|\\s+\\d+\\s+days\\s+(?:after|from)\\s+[^.;]{1,60}?\\b${MONTH_DAY})`;
/**
 * A measure named by the Act that lays it down, with its short name: "the reporting rule in the
 * Clean Rivers Act (CRA) takes effect on May 2".
 */
const OF_NAMED_ACT =
  '(?:in|of|under)\\s+the\\s+(?:[A-Z][\\w.-]*\\s+(?:(?:and|of|for|the|on|to|against)\\s+)*){1,10}Act(?:\\s+\\([A-Z]{2,10}\\))?';
/** The verbs that give a holder time to act: "would have until", "has until". */
const HAS_UNTIL = '(?:(?:will|would|shall|to)\\s+have|has|have|gets|get)\\s+until';
const TOLD_START = new RegExp(`^${MEASURE}\\b`, 'i');
/** A trigger or a lead that opens on, or names, a respite (compiled once: asked of every title). */
const RESPITE_WORD = new RegExp(`\\b(${RESPITE})\\b`, 'i');
const RESPITE_OPENING = new RegExp(`^${RESPITE}`, 'i');
const LAPSE_OPENING = new RegExp(`^(?:deadline|ultimatum|fac|${RESPITE})`, 'i');
const STARTS_OR_PUT_OFF_END = new RegExp(`\\s+(?:${STARTS}|${PUT_OFF})$`, 'i');
/** A measure and an aside set off by commas: "The law, signed by the president in April, ". */
const MEASURE_WITH_ASIDE = `\\b${MEASURE},\\s+[^,;]{1,80},\\s+`;
const MEASURE_BEFORE = new RegExp(`\\b(${MEASURE}),\\s+[^,;]{1,80},\\s+$`, 'i');
const TOLD_LIMIT = new RegExp(`^(?:${HAS_UNTIL}|unless|must|until|no\\s+later\\s+than)\\b`, 'i');

/** What a "due by" falls on, and the decision owed before it (one of the pattern's nouns). */
const DUE_BY = /^(?:(?:are|were|is|was|will\s+be)\s+)?due\s+(?:by|on)$/i;
const OWED_BEFORE =
  /\b((?:final\s+|full\s+|formal\s+)?(?:list|report|decision|ruling|determination|findings)(?:\s+[\w’'.-]+){0,4}?)\s+(?:(?:is|are|was|were|will\s+be)\s+)?$/i;

/** A calendar line's bullet and day before its step (see calendarLines). */
const CALENDAR_LEAD = /^\s*[-–—•*·]\s*[^:]{3,24}[:–—-]\s*$/;

/** A date set for the other side to act: "Trump set a September 15 deadline for a sale." */
export const deadline = defineKind({
  id: 'deadline',
  cue: /comment|due|deadline|ultimatum|until|expir|lapse|runs\s+out|ran\s+out|run\s+out|unless|must|appl(?:y|ies)|effect|force|kick|begin|start|later\s+than/i,
  themes: ['diplomacy'],
  tag: 'deadline',
  verbal: [
    re(
      `\\b(?:set|sets|setting|gave|gives|giving|imposed|issued|announced)\\s+(?!no\\b|any\\b)${GAP(5)}(?:deadline|ultimatum)\\b`,
    ),
    // "gave the company until November 12 to find a buyer"
    re(`\\b(?:gave|gives|giving)\\s+${GAP(4)}until\\s+(?=[A-Z0-9])`),
    // "That deadline falls at four o'clock this afternoon": the day a deadline set earlier runs
    // out is an event of its own, planned until it passes.
    re(
      `\\b(?:deadline|ultimatum)\\s+(?:falls|fell|expires|expired|passes|passed|runs\\s+out|ran\\s+out|lapses|lapsed|(?:will|would|is\\s+due\\s+to|is\\s+set\\s+to)\\s+(?:fall|expire|pass|lapse|run\\s+out))\\b${WHEN_AFTER}`,
    ),
    // "August 12: the 90-day pause runs out.", "the truce expires on November 10"
    re(`\\b${RESPITE}\\s+${LAPSES}\\b`),
    // "The pause, which lowered duties on both sides, is set to expire on August 12": the same
    // with a clause on what it did between. The trigger is the lapse alone, so the clause's own
    // act ("lowered duties") is still told.
    re(`(?<=${RESPITE_WITH_CLAUSE})${LAPSES}\\b`),
    // "followed the country's reduction exception, which expired on May 2"
    re(
      `\\b(?=runs|ran|run|expire|lapse|will|would|is)(?<=\\b${RESPITE},?\\s+(?:which|that)\\s+(?:had\\s+)?)${LAPSES}\\b`,
    ),
    // "A temporary general licence that allowed carriers to repair older handsets mostly ran out
    // on Monday": the respite with what it allowed told between, no commas around it.
    re(
      `\\b(?=runs|ran|run|expire|lapse|will|would|is)(?<=\\b${RESPITE}\\s+(?:that|which)\\s+[^.;,]{1,120}?\\s+(?:[a-z]+ly\\s+)?)${LAPSES}\\b`,
    ),
    // "with the revised list of tariff lines due by August 3": the day a decision still owed falls due.
    re(
      `(?<=\\b(?:list|report|decision|ruling|determination|findings)\\s+(?:[\\w’'.-]+\\s+){0,4}?)(?:(?:is|are|was|were|will\\s+be)\\s+)?due\\s+(?:by|on)(?=\\s+${MONTH_DAY})`,
    ),
    // "The pause agreed in the spring buys both capitals time, but it expires in August": the
    // respite named earlier in the sentence, then its lapse told of "it".
    re(
      `\\b(?=runs|ran|run|expire|lapse|will|would|is)(?<=\\b${RESPITE}\\b[^.;]{1,160}?\\bit\\s+)${LAPSES}\\b`,
    ),
    // "Pension funds holding the stock would have until March 3 next year to divest": the last day
    // a measure leaves its holders, an event of its own, planned until it passes.
    re(`\\b${HAS_UNTIL}(?=\\s+${MONTH_DAY})`),
    // "Unless the owner finds a buyer by March 2, stores must drop the game": the day a measure bites
    // unless its condition is met.
    re(`\\bunless\\s+(?:[\\w’'-]+\\s+){1,8}?by(?=\\s+${MONTH_DAY})`),
    // "The order keeps the extra duty on steel at 25% until March 9": the day an arrangement
    // kept in place runs out, an event of its own, planned until it passes. The trigger is the
    // limit word alone, so the act of keeping is still told by its own kind.
    re(`(?<=\\b(?:keeps|kept|keeping)\\s[^;]{1,160}?)until(?=\\s+${MONTH_DAY})`),
    // "The stricter curbs on the app were put off until March 9": the day a measure put off now
    // starts, planned until it comes.
    re(`\\b${MEASURE}\\s+${GAP(4)}${PUT_OFF}(?=\\s+${MONTH_DAY})`),
    // "Beijing would admit the fruit by the end of the season but no later than May 2": the last
    // day a promise leaves, planned until it passes.
    re(`\\bno\\s+later\\s+than(?=\\s+${MONTH_DAY})`),
    // "Under the law the owner must sell the app by March 19": the day an obligation falls due.
    re(`\\bmust\\s+(?!have\\b|be\\b)(?:[\\w’'-]+\\s+){1,6}?by(?=\\s+${MONTH_DAY})`),
    // "The ban on new share purchases applies from July 5", "the app's ban could start as early
    // as March 2": the day a measure starts, planned until it comes.
    re(`\\b${MEASURE}\\s+${GAP(6)}${STARTS}${START_DAY}`),
    re(`\\b${MEASURE}\\s+${OF_NAMED_ACT}\\s+${STARTS}${START_DAY}`),
    // "Comments on the proposal are due by March 4", "the comment period closes on May 2": the last
    // day the public may answer a rule or a probe, planned until it passes.
    re(
      `(?<=\\bcomments?\\s+(?:[\\w’'.-]+\\s+){0,10}?)(?:are|were|is|was|will\\s+be)\\s+due\\s+(?:by|on)(?=\\s+${MONTH_DAY})`,
    ),
    re(
      `\\bcomment\\s+period\\s+${GAP(6)}(?:closes|closed|ends|ended|runs\\s+out|ran\\s+out|(?:will|is\\s+set\\s+to|is\\s+due\\s+to)\\s+(?:close|end|run\\s+out))(?=\\s+(?:on\\s+|by\\s+)?${MONTH_DAY})`,
    ),
    // "The law, which the president signed in April, takes effect on March 2": the same with an
    // aside between; the trigger is the start alone, so the aside's own act is still told.
    re(`(?<=${MEASURE_WITH_ASIDE})${STARTS}${START_DAY}`),
    // "The company faces a Friday deadline to sell its US arm": the day set for it, still ahead.
    re(
      `\\b(?:faces|faced|facing)\\s+${GAP(3)}(?:deadline|ultimatum)\\b${WHEN_AFTER.replace('(?=', '(?=,?')}`,
    ),
  ],
  themesFromContext: true,
  // A deadline in a trade story is a trade deadline: "the 90-day pause runs out" names no goods.
  neutralTakesArticleThemes: true,
  title: ({ subject, topic, planned, trigger: told, primary }) => {
    // "- Oct. 3: public hearing on the tariff plan": a calendar's step is told by its line.
    if (CALENDAR_LEAD.test(primary.segment.text.slice(0, primary.triggerStart))) {
      const step = told.trim().split(/\s+/).slice(0, 9).join(' ');
      return { title: `${subject}: ${step}`, slugParts: [subject, step] };
    }
    const aside = MEASURE_BEFORE.exec(primary.segment.text.slice(0, primary.triggerStart));
    if (TOLD_START.test(told) || aside !== null) {
      // The measure as the sentence names it, up to its verb: "ban on new share purchases".
      const named = aside?.[1] ?? told.replace(STARTS_OR_PUT_OFF_END, '');
      // "reporting rule in the Clean Rivers Act (CRA)": the Act keeps its name, not its short one.
      const [noun = named, act] = named.split(/\s+(?:in|of|under)\s+the\s+(?=[A-Z])/);
      const measure =
        noun.split(/\s+/).slice(0, 6).join(' ').toLowerCase() +
        (act === undefined ? '' : ` of the ${act.replace(/\s+\([A-Z]+\)$/, '')}`);
      return {
        title: `${subject} ${measure} ${planned ? 'to take effect' : 'takes effect'}`,
        slugParts: [subject, measure, 'takes effect'],
      };
    }
    // "the revised list of tariff lines due by August 3": the decision owed, by its own noun.
    const owed = OWED_BEFORE.exec(primary.segment.text.slice(0, primary.triggerStart));
    if (owed !== null && DUE_BY.test(told)) {
      const what = owed[1]?.toLowerCase().split(/\s+/).slice(0, 6).join(' ') ?? 'decision';
      return {
        title: `${subject} ${what} ${planned ? 'due' : 'was due'}`,
        slugParts: [subject, what, 'due'],
      };
    }
    if (/^comment/i.test(told) || DUE_BY.test(told)) {
      return {
        title: `${subject} comment period${topic ? ` on ${topic}` : ''} ${planned ? 'to close' : 'closes'}`,
        slugParts: [subject, 'comment-period', topic ?? ''],
      };
    }
    if (TOLD_LIMIT.test(told)) {
      return {
        title: `${subject} deadline${topic ? ` on ${topic}` : ''} ${planned ? 'to fall' : 'falls'}`,
        slugParts: [subject, 'deadline', 'falls', topic ?? ''],
      };
    }
    // The patterns that set a deadline open with their verb; those that tell it run out, with
    // the noun, or with the respite just before the trigger.
    const lead = primary.segment.text.slice(0, primary.triggerStart);
    // "The truce … buys time, but it expires": the respite "it" stands for.
    const before =
      RESPITE_BEFORE.exec(lead) ?? (/\bit\s+$/.test(lead) ? RESPITE_WORD.exec(lead) : null);
    // "faces a Friday deadline" tells the day it falls, as "the deadline expires Friday" does.
    if (before !== null || LAPSE_OPENING.test(told)) {
      const respite = (before?.[1] ?? RESPITE_OPENING.exec(told)?.[0])?.toLowerCase();
      const what = respite ?? 'deadline';
      // A truce is both sides', whichever the sentence names first.
      const whose = what === 'truce' ? 'US-China' : subject;
      // "Huawei's temporary licence": a topic that is the subject already is not told twice.
      const on = topic && topic !== whose ? ` on ${topic}` : '';
      return {
        title: `${whose} ${what}${on} ${planned ? 'to expire' : 'expires'}`,
        slugParts: [whose, what, 'expires', topic ?? ''],
      };
    }
    return {
      title: `${subject} ${planned ? 'to set' : 'sets'} deadline${topic ? ` for ${topic}` : ''}`,
      slugParts: [subject, 'deadline', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'On Friday the president set a November 12 deadline for the app to find a buyer.',
      'The order gave the company until March to sell its US business.',
      'The deadline expires at noon on Friday, local time.',
      'The pause agreed in the spring buys both capitals time, but it expires in August.',
      "The sanctions followed the country's reduction exception, which expired on May 2.",
      'The tariff truce runs out on November 10 unless both sides extend it.',
      'A temporary general licence that allowed carriers to repair older handsets mostly expired on Monday.',
      'Tariffs were confirmed, with the final list of goods due by June 15.',
      'The pause, which cut duties from a peak of 60% in May, is due to expire on March 3.',
      'The pause, which lowered duties on both sides, is set to expire on August 12.',
      // A day of two digits: the day's number is whole before the word ends.
      'The company faces a Friday deadline, March 16, to sell its US arm.',
      'Pension funds holding the stock would have until March 3 next year to divest.',
      'Unless the owner finds a buyer by March 2, stores must drop the game.',
      'The ban on new share purchases applies from July 5.',
      "The app's ban could start as early as March 2.",
      'Comments on the proposed fees are due by March 4.',
      'The comment period on the draft rule closes on May 2.',
      'The law, which the president signed in April, takes effect on March 2.',
      'The reporting rule in the Clean Rivers Act (CRA) takes effect tomorrow, May 2.',
      'The presumption starts 90 days after signing, which falls on May 2.',
      'Under the law the owner must sell the app by March 19.',
      'Beijing would admit the fruit soon but no later than May 2.',
      'The order keeps the extra duty on steel at 25% until March 9.',
      'The stricter curbs on the app were put off until March 9.',
    ],
    ignores: [
      'He gave no new deadline on Sunday.',
      'The deadline passed quietly.',
      'The pause in the talks lasted a week.',
      'The firm faces a tight deadline.',
      'The law has applied since 2019.',
      'Unless the rain stops, the match is off.',
      'Comments were due from every pupil.',
      'The deal must be approved by Congress.',
      'She kept the shop open until midnight.',
    ],
  },
});
