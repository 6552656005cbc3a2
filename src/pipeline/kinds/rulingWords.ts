import { FIRMS } from '../actingSide.ts';
import type { Detection } from '../pipelineTypes.ts';
import { triggerText } from '../triggerText.ts';

/** A ruling's verb, by the trigger's: [words, present, base]. */
const RULINGS: readonly (readonly [RegExp, string, string])[] = [
  [/upheld|upholds/i, 'upholds', 'uphold'],
  [/struck|strikes/i, 'strikes down', 'strike down'],
  [/overturn/i, 'overturns', 'overturn'],
  [/block|halt/i, 'blocks', 'block'],
  [/reject|turn|den|threw|throws/i, 'rejects', 'reject'],
  [/dismiss/i, 'dismisses', 'dismiss'],
];

/** What a court rules on, right after its verb: "upheld the export ban", "blocked a rule". */
const RULED_ON =
  /^\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?(law|ban|order|rule|measure|statute|sanctions|tariffs|policy)\b/i;
/** A party's plea in the trigger: "turned away the carrier's bid", "rejected Acme's appeal". */
const PLEA_OF =
  /\b(?:([A-Z][\w.-]*)['’]s\s+|the\s+)?(?:[\w-]+\s+)?(bid|challenge|appeal|petition|request|motion|lawsuit|suit|plea)s?$/;
/** A plea to undo a measure: the ruling against it upholds the measure. */
const TO_UNDO =
  /^\s+(?:to\s+(?:strike\s+down|block|overturn|halt|stop)|against)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(law|ban|order|rule|measure|statute)\b/i;

/**
 * "A federal panel on Tuesday turned away the carrier's bid to block the order" → "US appeals
 * court upholds the order": a ruling is titled by what it does to what, and the measure is
 * named by the firm it is aimed at when the event names one ("upholds TikTok law"). Null when
 * the words name nothing ruled on: the title says only that the court ruled.
 */
export function rulingWords(
  primary: Detection,
  actors: readonly string[],
  planned: boolean,
): string | null {
  const text = primary.segment.text;
  const trigger = triggerText(primary);
  const after = text.slice(primary.triggerEnd);
  const ruling = RULINGS.find(([words]) => words.test(trigger));
  if (ruling === undefined) return null;
  const [, present, base] = ruling;
  const firm = actors.find((a) => FIRMS.has(a));
  const measure = (noun: string): string => `${firm ?? 'the'} ${noun.toLowerCase()}`;
  const plea = PLEA_OF.exec(trigger);
  if (plea !== null) {
    const undone = TO_UNDO.exec(after)?.[1];
    if (undone !== undefined) return `${planned ? 'to uphold' : 'upholds'} ${measure(undone)}`;
    const who = plea[1] ?? firm;
    const noun = plea[2] === 'bid' ? 'challenge' : (plea[2] ?? 'challenge');
    return `${planned ? `to ${base}` : present} ${who === undefined ? 'the' : who} ${noun}`;
  }
  const noun = RULED_ON.exec(after)?.[1];
  return noun === undefined ? null : `${planned ? `to ${base}` : present} ${measure(noun)}`;
}
