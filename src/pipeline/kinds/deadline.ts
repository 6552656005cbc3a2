import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * Words that tell when a deadline falls, right after its verb: "expires on Friday", "falls at
 * noon today", "runs out in August". Without one, "the deadline passed quietly" is colour.
 */
const WHEN_AFTER =
  "(?=\\s+(?:[\\w,’'-]+\\s+){0,3}?(?:on|at|in|by|this|tonight|today|tomorrow|next|later|[A-Z][a-z]+day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})\\b)";
/** What a deadline ends: a pause or truce that lapses on its day is the deadline told the other way. */
const RESPITE = '(?:pause|truce|suspension|reprieve|waiver|moratorium|grace\\s+period)';
const LAPSES =
  '(?:runs\\s+out|ran\\s+out|expires|expired|lapses|lapsed|(?:will|would|is\\s+due\\s+to|is\\s+set\\s+to)\\s+(?:expire|lapse|run\\s+out))';

/** A respite and a clause set off by commas on what it did: "The truce, which cut duties, ". */
const RESPITE_WITH_CLAUSE = `\\b${RESPITE},\\s+(?:which|that)\\s+[^,;]{1,120},\\s+`;
const RESPITE_BEFORE = new RegExp(
  `\\b(${RESPITE})(?:,\\s+(?:which|that)\\s+[^,;]{1,120},)?\\s+$`,
  'i',
);

/** A date set for the other side to act: "Trump set a September 15 deadline for a sale." */
export const deadline = defineKind({
  id: 'deadline',
  cue: /deadline|ultimatum|until|expir|lapse|runs\s+out|ran\s+out|run\s+out/i,
  themes: ['diplomacy'],
  tag: 'deadline',
  verbal: [
    re(
      `\\b(?:set|sets|setting|gave|gives|giving|imposed|issued|announced)\\s+${GAP(5)}(?:deadline|ultimatum)\\b`,
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
    // "The company faces a Friday deadline to sell its US arm": the day set for it, still ahead.
    re(
      `\\b(?:faces|faced|facing)\\s+${GAP(3)}(?:deadline|ultimatum)\\b${WHEN_AFTER.replace('(?=', '(?=,?')}`,
    ),
  ],
  themesFromContext: true,
  // A deadline in a trade story is a trade deadline: "the 90-day pause runs out" names no goods.
  neutralTakesArticleThemes: true,
  title: ({ subject, topic, planned, trigger: told, primary }) => {
    // The patterns that set a deadline open with their verb; those that tell it run out, with
    // the noun, or with the respite just before the trigger.
    const before = RESPITE_BEFORE.exec(primary.segment.text.slice(0, primary.triggerStart));
    // "faces a Friday deadline" tells the day it falls, as "the deadline expires Friday" does.
    if (before !== null || new RegExp(`^(?:deadline|ultimatum|fac|${RESPITE})`, 'i').test(told)) {
      const respite = (
        before?.[1] ?? new RegExp(`^${RESPITE}`, 'i').exec(told)?.[0]
      )?.toLowerCase();
      const what = respite ?? 'deadline';
      return {
        title: `${subject} ${what}${topic ? ` on ${topic}` : ''} ${planned ? 'to expire' : 'expires'}`,
        slugParts: [subject, what, 'expires', topic ?? ''],
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
      'The tariff truce runs out on November 10 unless both sides extend it.',
      'The pause, which cut duties from a peak of 60% in May, is due to expire on March 3.',
      'The pause, which lowered duties on both sides, is set to expire on August 12.',
      // A day of two digits: the day's number is whole before the word ends.
      'The company faces a Friday deadline, March 16, to sell its US arm.',
    ],
    ignores: [
      'The deadline passed quietly.',
      'The pause in the talks lasted a week.',
      'The firm faces a tight deadline.',
    ],
  },
});
