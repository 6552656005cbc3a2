import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** What a government runs under a name: "the Clean Network initiative", "a visa programme". */
const PROGRAM = '(?:[Ii]nitiative|[Pp]rogram|[Pp]rogramme|[Cc]ampaign)s?';
const STARTED =
  'launched|launches|announced|announces|unveiled|unveils|started|starts|began|begins|created|creates|set\\s+up|sets\\s+up|established|establishes|rolled\\s+out|rolls\\s+out|relaunched|revived';
const ENDED =
  'ended|ends|scrapped|scraps|retired|retires|shut\\s+down|shuts\\s+down|terminated|terminates|dropped|drops|abandoned|abandons|wound\\s+down|winds\\s+down|disbanded|disbands|renamed|renames';
/** "the name and framework of its initiative": what is retired may be the program's label. */
const LABEL_OF =
  '(?:(?:the\\s+)?(?:name|label|framework|brand)(?:\\s+and\\s+(?:the\\s+)?(?:name|label|framework|brand|structure))?\\s+of\\s+)?';

/**
 * Who acted, between the noun and its verb: "the program [the attorney general] launched",
 * "the initiative, which [then-Secretary Lee] unveiled" (titles in lower case too, unlike
 * RELATIVE_AGENT, but never a verb's helper: "the program was launched" is no one's act).
 */
const AGENT = `(?:(?:that|which)\\s+)?(?:(?!(?:was|were|is|are|been|being|be|has|have|will|would|it|they|to|for|of|on|in)\\b)[A-Za-z][\\w.’'-]*\\s+){1,5}?(?:had\\s+|has\\s+)?`;

/** A trigger that ends the program: its end and its start are two events. */
const ENDS = new RegExp(`\\b(?:${ENDED})\\b`, 'i');

/**
 * The program's own name, capitalised words before the noun: "the Clean Network initiative",
 * "its Red Line Program" (a sentence's first "The" and an owner's "Department's" are no part of it).
 */
const NAMED =
  /(?:(?!(?:The|This|That|Its|Their|A|An|Under|In|On)\s)[A-Z][\w-]*\s+){1,4}(?:[Ii]nitiative|[Pp]rogram(?:me)?|[Cc]ampaign)\b/g;
/** The noun alone, when the program has no name: "ended the initiative". */
const NOUN = /\b(?:initiative|program(?:me)?|campaign)\b/gi;
/** How far before an object-first trigger its noun may stand: "the program [the secretary] launched". */
const NAME_REACH = 80;

/**
 * A program a government starts or ends: "The Commerce Department launched its Clean Network
 * initiative on August 5", "the ministry ended the visa program on Wednesday", "the scheme the
 * trade secretary unveiled in March". Told only with a day (an undated "the initiative has
 * swept up researchers" is background), and a launch and an end are two events.
 */
export const program = defineKind({
  id: 'program',
  cue: /initiative|program|campaign/i,
  // A government's program is a matter between governments, whatever else its words touch.
  themes: ['diplomacy'],
  tag: 'program',
  verbal: [
    // "launched its Clean Network initiative on August 5", "has retired the name of its Red Line
    // Program"
    re(
      `(?<!\\b(?:was|were|been|being|be|is|are)\\s+)\\b(?:${STARTED}|${ENDED})\\s+${LABEL_OF}(?:the\\s+|its\\s+|their\\s+|a\\s+|an\\s+|his\\s+|her\\s+)?${GAP(4)}${PROGRAM}\\b(?!\\s+(?:to|of)\\s+(?:talks|negotiations))`,
    ),
    // "the program the trade secretary launched in May", "the initiative, which the ministry
    // ended on Friday": told object first, the name between the noun and the verb is who acted.
    re(`(?<=\\b${PROGRAM},?\\s+${AGENT})(?:${STARTED}|${ENDED})\\b(?!\\s+by\\b)`),
    // "the Department's China Initiative, launched by the attorney general in November 2018":
    // the program, then who started it, in a reduced relative clause.
    re(
      `(?<=\\b${PROGRAM},\\s+)(?:launched|unveiled|started|created|set\\s+up|established|announced)\\s+by\\b`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  // One side's act: a program started and the same program ended are never one event.
  measure: true,
  datedOnly: true,
  stepOf: (trigger) => (ENDS.test(trigger) ? 'end' : 'start'),
  title: ({ subject, other, planned, primary }) => {
    const text = primary.segment.text;
    const ends = ENDS.test(text.slice(primary.triggerStart, primary.triggerEnd));
    // The program named nearest the verb: inside the trigger, or just before an object-first one.
    const window = text.slice(Math.max(0, primary.triggerStart - NAME_REACH), primary.triggerEnd);
    const name =
      [...window.matchAll(NAMED)].at(-1)?.[0].replace(/\s+/g, ' ') ??
      [...window.matchAll(NOUN)].at(-1)?.[0].toLowerCase() ??
      'program';
    // "the China Initiative" names the side it is aimed at, not the one running it.
    const maker = name.includes(subject) ? other : subject;
    const [present, base] = ends ? ['ends', 'end'] : ['launches', 'launch'];
    return {
      title: `${maker} ${planned ? `to ${base}` : present} ${name}`,
      slugParts: [maker, present, name],
    };
  },
  examples: {
    detects: [
      'The Commerce Department launched its Clean Network initiative on August 5.',
      "The department's Safe Labs Initiative, launched by the attorney general in May 2019, ended.",
      'On Wednesday the ministry ended the student exchange program.',
      'Grants were cut under the scheme, the program the attorney general launched in May 2019.',
      'The State Department on Monday retired the name of its Red Line Initiative.',
    ],
    ignores: [
      'The initiative has swept up dozens of engineers.',
      'The program was popular with students.',
      'The campaign to end the talks began in earnest.',
    ],
  },
});
