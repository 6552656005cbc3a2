import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/**
 * Past-tense verbs of an official act, each with the present form its title uses. A verb here
 * names something a government does on a day ("designated", "summoned", "began"), not talk
 * about it ("said", "noted"), which would make every attributed quote an event.
 */
const VERBS: Readonly<Record<string, string>> = {
  announced: 'announces',
  unveiled: 'unveils',
  designated: 'designates',
  summoned: 'summons',
  revoked: 'revokes',
  suspended: 'suspends',
  barred: 'bars',
  banned: 'bans',
  blocked: 'blocks',
  approved: 'approves',
  authorised: 'authorises',
  authorized: 'authorizes',
  granted: 'grants',
  issued: 'issues',
  halted: 'halts',
  resumed: 'resumes',
  launched: 'launches',
  began: 'begins',
  started: 'starts',
  ordered: 'orders',
  signed: 'signs',
  notified: 'notifies',
  declared: 'declares',
  ruled: 'rules',
  upheld: 'upholds',
  delisted: 'delists',
  lifted: 'lifts',
  eased: 'eases',
  extended: 'extends',
  capped: 'caps',
  restricted: 'restricts',
  froze: 'freezes',
  seized: 'seizes',
  detained: 'detains',
  arrested: 'arrests',
  charged: 'charges',
  fined: 'fines',
  rejected: 'rejects',
  condemned: 'condemns',
  recalled: 'recalls',
  cancelled: 'cancels',
  canceled: 'cancels',
  postponed: 'postpones',
  exempted: 'exempts',
  waived: 'waives',
  excluded: 'excludes',
  slashed: 'slashes',
  pledged: 'pledges',
  vowed: 'vows',
  hosted: 'hosts',
  staged: 'stages',
  conducted: 'conducts',
  deployed: 'deploys',
  filed: 'files',
  opened: 'opens',
  closed: 'closes',
  // "the exchange said it had begun proceedings to delist the carriers"
  begun: 'begins',
  // "the Pentagon added two more firms to its list of military companies": a list no kind knows.
  // ("passed" is left out: a deadline or a day "passed" is no act.)
  added: 'adds',
  reversed: 'reverses',
  adopted: 'adopts',
  enacted: 'enacts',
  published: 'publishes',
};

const PAST = Object.keys(VERBS);

/** "summons" → "summon", "notifies" → "notify", "slashes" → "slash", "bars" → "bar". */
function baseOf(present: string): string {
  if (present === 'summons') return 'summon';
  if (present.endsWith('ies')) return `${present.slice(0, -3)}y`;
  if (/(?:sh|ch|ss|x)es$/.test(present)) return present.slice(0, -2);
  return present.slice(0, -1);
}

/** The base forms, for the act told ahead: "will designate", "is due to publish". */
const BASES = [...new Set(PAST.map((v) => baseOf(VERBS[v] ?? v)))];
const PRESENT_OF: ReadonlyMap<string, string> = new Map([
  ...Object.entries(VERBS),
  ...PAST.map((v): [string, string] => [baseOf(VERBS[v] ?? v), VERBS[v] ?? v]),
]);

/** Something acted on follows the verb, not a pronoun or the day: "announced today" is no act. */
const OBJECT_AHEAD =
  '(?=\\s+(?!(?:this|that|it|them|today|yesterday|on|in|at|last|earlier|later)\\b)[\\w“"\'‘$])';

/** The passive trigger's verb: "was signed by". */
const PASSIVE = /^(?:was|were|has\s+been|had\s+been)\s+(\w+)\s+by$/i;

/** Where the act's object ends: a clause, an aside, a second verb, or the day it is told on. */
const OBJECT_END =
  /\s*(?:[,;:()\u2014\u2013]|\s-\s|\b(?:that|which|who|saying|after|before|because|amid|as|while|when|following|worth|in\s+response|and\s+[a-z]+ed|(?:on\s+)?[A-Z][a-z]+day|on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d)|(?:last|this|next|earlier|later)\s+\w+|today|yesterday|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)/;

/** Words a title leaves off its object's end ("bars Micron products from its" → "from"). */
const DANGLING =
  /\s+(?:the|a|an|its|their|his|her|of|to|for|from|in|on|at|by|with|and|or|over|against)$/i;

/**
 * The act a sentence tells that no other kind knows: "On March 2 the State Department capped
 * the number of staff the outlets may keep in the country." It is a fallback: it gives an event
 * only when dated, only when no other kind is told in the sentence, and only when one of the
 * two sides is the one acting, so "The club suspended two members on Friday" is not news.
 */
export const officialAct = defineKind({
  id: 'official-act',
  cue: new RegExp([...PAST, ...BASES].join('|'), 'i'),
  themes: [],
  tag: 'official act',
  // Active voice only, with something acted on: "visas already issued" and "were announced
  // Friday" tell no one acting, and "What we announced today" names no act.
  verbal: [
    re(
      `(?<!\\b(?:was|were|been|being|be|is|are|already|who|which|that)\\s+)(?<![,]\\s*)\\b(?:${PAST.join('|')})\\b${OBJECT_AHEAD}`,
    ),
    // "The law was signed by President Biden last April": the act told from what it was done to,
    // with the one who did it after "by". The trigger ends with "by", so the subject is looked
    // for after it (classifyDetection).
    re(
      `\\b(?:was|were|has\\s+been|had\\s+been)\\s+(?:${PAST.join('|')})\\s+by\\b(?=\\s+(?:the\\s+)?[A-Z])`,
    ),
    // "The ministry will designate two more outlets on Friday", "is due to open the hearing on
    // October 10".
    re(
      `\\b(?:will|(?:is|are)\\s+(?:due|set|scheduled)\\s+to|plans?\\s+to)\\s+(?:also\\s+|formally\\s+|officially\\s+)?(?:${BASES.join('|')})\\b${OBJECT_AHEAD}`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  datedOnly: true,
  fallback: true,
  title: ({ subject, planned, primary }) => {
    const text = primary.segment.text;
    const passive = PASSIVE.exec(text.slice(primary.triggerStart, primary.triggerEnd));
    if (passive !== null) {
      // "The law was signed by Biden" → "Biden signs the law": what the act was done to is the
      // few words before "was".
      const present = PRESENT_OF.get((passive[1] ?? '').toLowerCase()) ?? passive[1] ?? '';
      const done = /((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*$/
        .exec(text.slice(0, primary.triggerStart))?.[1]
        ?.replace(/^(?:and|but|so|then|that|this|these|those|the|a|an)\s+/i, '')
        .replace(/^(?:that|this|the)\s+/i, '');
      const object = done === undefined ? '' : ` the ${done}`;
      return {
        title: `${subject} ${planned ? `to ${baseOf(present)}` : present}${object}`,
        slugParts: [subject, present, ...(done ?? '').split(' ').slice(0, 3)],
      };
    }
    const verb = /\S+$/.exec(text.slice(primary.triggerStart, primary.triggerEnd))?.[0] ?? '';
    const present = PRESENT_OF.get(verb.toLowerCase()) ?? verb;
    const rest = text.slice(primary.triggerEnd);
    const end = OBJECT_END.exec(rest);
    const object = (end === null ? rest : rest.slice(0, end.index))
      .replace(/["“”]/g, '')
      .replace(/[.!?’]+$/, '')
      .trim()
      .split(/\s+/)
      .slice(0, 9)
      .join(' ')
      .replace(DANGLING, '')
      .replace(DANGLING, '');
    const act = planned ? `to ${baseOf(present)}` : present;
    return {
      title: `${subject} ${act}${object ? ` ${object}` : ''}`,
      slugParts: [subject, present, ...object.split(' ').slice(0, 3)],
    };
  },
  examples: {
    detects: [
      'On March 2 the State Department capped the number of staff the outlets may keep.',
      'On Sunday, Beijing granted the carrier’s engineers a waiver for the inspection.',
      'The commerce ministry on Friday designated two drone makers as security threats.',
      'The State Department will designate two more outlets on Friday.',
    ],
    // "The club suspended two members on Friday" is detected here and dropped at the merge,
    // where a third party's act leaves the timeline (tests/unit/pipeline/officialAct.test.ts).
    ignores: [
      'Beijing said on Monday it was studying the proposal.',
      'The visas were suspended on Friday.',
      'What the ministry announced today is a response.',
      'Washington imposed new tariffs on Chinese steel on Friday.',
    ],
  },
});
