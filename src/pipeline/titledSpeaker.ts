import type { NameHit } from './findNames.ts';
import { SIDE_OF } from './gazetteer.ts';

/** The words that say which side a person speaks for: "Chinese", "China's", "the US". */
const SIDE_WORD =
  "(?:Chinese|China['’]s|Beijing['’]s|PRC|American|America['’]s|U\\.S\\.(?:['’]s?)?|US(?:['’]s?)?|United\\s+States['’]?|Washington['’]s)";

/** What a person speaking for a government is called, written as a title ("Minister") or not. */
const TITLE = `(?:${[
  'spokes(?:man|woman|person)',
  '(?:(?:vice|deputy|prime)\\s+)?(?:minister|premier|president)',
  'ambassador',
  'envoy',
  'negotiator',
  'representative',
  'secretary',
  'official',
  'diplomat',
  'advis[eo]r',
  'counsell?or',
  'consul(?:\\s+general)?',
  'chief',
  'head',
  'director',
  'chair(?:man|woman)?',
  'commissioner',
  'senator',
  'lawmaker',
  'congress(?:man|woman)',
  'general',
  'admiral',
  'commander',
  'governor',
]
  .map((title) =>
    title.replace(
      /(^|\\s\+|\(\?:)([a-z])/g,
      (_, at: string, c: string) => `${at}[${c.toUpperCase()}${c}]`,
    ),
  )
  .join('|')})`;
/** A person's name as written after a title: "Zhang Wen", "He Lifeng", "Tom O'Neill". */
const PERSON = "[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}";

/**
 * "Chinese Vice Commerce Minister Zhang Wen said", "China's Vice Minister of Commerce Li Wei
 * said": the side, then the title, then the name, right before the verb.
 */
const TITLE_BEFORE = new RegExp(
  `(?:^|[\\s(“"])(?:the\\s+)?(${SIDE_WORD})\\s+(?:(?:[A-Z][a-z]+|of|for|and|the)\\s+){0,5}?${TITLE}s?(?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})?\\s+${PERSON}\\s+$`,
  'd',
);
/**
 * "Zhang Wen, a Chinese foreign ministry spokeswoman, said", "Li Wei, China's top trade
 * negotiator, told reporters": the side opens the aside that follows the name.
 */
const APPOSITIVE = new RegExp(
  `\\b${PERSON},\\s+(?:(?:a|an|the)\\s+)?(?:(?:top|senior|chief|deputy|acting|then|former)\\s+)?(?:(${SIDE_WORD})\\s+[^,;:()“”"]{0,60}?\\b${TITLE}s?(?:\\s+(?:to|for|of|in|at)\\s+[^,;:()“”"]{1,40})?|(?:[a-z]+\\s+){0,2}${TITLE}\\s+(?:for|of|at|to)\\s+(?:the\\s+)?(${SIDE_WORD})(?:\\s+[^,;:()“”"]{1,50})?),\\s+(?:(?:also|later|earlier|then)\\s+)?$`,
  'd',
);
/**
 * "Jamieson Greer, who took over as US trade representative last month, told reporters": the
 * relative clause says what the person is, and for which side.
 */
const WHO_IS = new RegExp(
  `\\b${PERSON},\\s+who\\s+(?:is|was|serves\\s+as|served\\s+as|heads|headed|leads|led|chairs|became|took\\s+over\\s+as|oversees)\\s+(?:(?:a|an|the)\\s+)?(?:(?:top|senior|chief|deputy|acting)\\s+)?(${SIDE_WORD})\\s+[^,;:()“”"]{0,80},\\s+$`,
  'd',
);
/**
 * "China's ambassador to the US, Xie Feng, told a forum": the title first, the name set off
 * after it.
 */
const TITLE_THEN_NAME = new RegExp(
  `(?:^|[\\s(“"])(?:the\\s+)?(${SIDE_WORD})\\s+(?:[^,;:()“”"]{0,40}?\\b)?${TITLE}s?(?:\\s+(?:to|for|of|in|at)\\s+[^,;:()“”"]{1,40})?,\\s+${PERSON},\\s+$`,
  'd',
);
/** "Senator Tom Cotton said": titles only the US gives its lawmakers. */
const US_LAWMAKER = new RegExp(
  `(?:^|[\\s(“"])(?:Senator|Sen\\.|Congressman|Congresswoman|Rep\\.)\\s+${PERSON}(?:,\\s+an?\\s+(?:Republican|Democrat)[^,;:()]{0,40},)?\\s+$`,
);

/**
 * The side a person speaks for when the words right before a verb of theirs say it and the
 * person is no name the gazetteer knows: the saying of "Chinese Vice Commerce Minister Zhang
 * Wen said on Monday" is China's. `lead` is the text of the verb's clause before the verb;
 * `offset` is where it starts in the sentence. The hit spans the side's word, or the
 * gazetteer's name inside the aside when it has one ("a Chinese foreign ministry spokeswoman").
 */
export function titledSpeaker(
  lead: string,
  offset: number,
  actors: readonly NameHit[],
): NameHit | undefined {
  if (!lead.includes(',') && !/[A-Z]/.test(lead)) return undefined;
  for (const re of [TITLE_BEFORE, APPOSITIVE, WHO_IS, TITLE_THEN_NAME]) {
    const m = re.exec(lead);
    const group = m?.[1] !== undefined ? 1 : 2;
    const word = m?.[group];
    const at = m?.indices?.[group]?.[0];
    if (word === undefined || at === undefined) continue;
    const start = offset + at;
    const side = sideOf(word);
    const inside = actors.find(
      (a) => a.start >= start && a.end <= offset + lead.length && SIDE_OF.has(a.name),
    );
    return inside ?? { name: side, start, end: start + word.length };
  }
  const lawmaker = US_LAWMAKER.exec(lead);
  if (lawmaker !== null) {
    const start = offset + lawmaker.index;
    return { name: 'United States', start, end: offset + lead.length };
  }
  return undefined;
}

/** Every SIDE_WORD is China's or the United States'; China's start so. */
function sideOf(word: string): string {
  return /^(?:Chin|Beij|PRC)/.test(word) ? 'China' : 'United States';
}
