import { defineKind } from './kindDefinition.ts';
import {
  IRREGULAR_PASTS,
  baseOfPresent,
  noActPresents,
  noActVerbs,
  presentOfBase,
  presentOfPast,
  wordsTrie,
} from '../pastTense.ts';
import { NO_QUESTION, SUBJECT_BEFORE, re, titleObject } from './patternParts.ts';

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

/** The base forms, for the act told ahead: "will designate", "is due to publish". */
const BASES = [...new Set(PAST.map((v) => baseOfPresent(VERBS[v] ?? v)))];
const PRESENT_OF: ReadonlyMap<string, string> = new Map([
  ...Object.entries(VERBS),
  ...PAST.map((v): [string, string] => [baseOfPresent(VERBS[v] ?? v), VERBS[v] ?? v]),
]);

/**
 * Something acted on follows the verb, not a pronoun or the day: "announced today" is no act.
 * Whom a notice went to may be a pronoun: "the agency had notified it that its licence ends".
 * A share price that "closed down 4%" or "closed almost 1 per cent higher" made a market move
 * ("turned down a request" is an act). Nor is a word added to a description ("Beijing added the
 * word fruitful").
 */
const OBJECT_AHEAD =
  '(?=\\s+(?!(?:this|that|it|them|today|yesterday|on|in|at|last|earlier|later|flat|unchanged|(?:the\\s+|a\\s+)?(?:words?|phrase|adjective)|(?:down|up|lower|higher)\\s+(?:[\\d$]|by|about|more|nearly|almost|sharply|slightly)|(?:almost|nearly|about|roughly|around|just|some)\\s+\\d|\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent|points|basis\\s+points))\\b)[\\w“"\'‘$]|(?<=\\b(?:notified|informed|alerted|warned|told|ordered|instructed|asked)\\s*)\\s+(?:it|them)\\s+(?:that|of|to)\\b)';

/** The verbs that tell no act, as a pattern's words (pastTense). */
const NO_ACT_WORDS = wordsTrie(noActVerbs());
/** The listed pasts, bases and irregular pasts, factored for the general patterns' lookaheads. */
const PAST_TRIE = wordsTrie(PAST);
const BASES_TRIE = wordsTrie(BASES);
const IRREGULAR_TRIE = wordsTrie(IRREGULAR_PASTS);
/**
 * Any verb in the past: a regular "-ed" word or a listed irregular past, that is not a verb of
 * speech, opinion or being. "blacklisted", "informed", "sent"; not "said", "argued", "seemed".
 */
const ANY_PAST = `(?=[a-z]{2,}ed\\b|${IRREGULAR_TRIE}\\b)(?!(?:${NO_ACT_WORDS})\\b)[a-z]+`;
/** A verb's base after "will" or "plans to": "will blacklist", "plans to notify". */
const ANY_BASE = `(?!(?:${NO_ACT_WORDS}|not|never|ever|always|also|formally|officially|soon|likely|probably|then|now|still|again|further)\\b)[a-z]{3,}`;
/**
 * The general patterns' act has its day in its own sentence, before or after the verb, within
 * its clause: "Beijing matched the rate" with only the paragraph's day is no event of its own.
 */
const DATE_WORD =
  '\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|today|yesterday|tonight|this\\s+(?:morning|afternoon|evening|week|month|year)|last\\s+(?:night|week|month|year)|(?:a|one|two|three|four|five|\\d)\\s+days?\\s+(?:after|before|later|earlier)|[12]\\d{3})\\b';
const OWN_DATE = `(?:(?<=${DATE_WORD}[^;]*)|(?=[^;]*${DATE_WORD}))`;
/**
 * The words a sentence has when it names a day the general patterns take (DATE_WORD, DATE_AHEAD,
 * a chronology's head), as the kind's cue: mostly plain words, which the pipeline's one scan of
 * the sentence finds, so a sentence without any is not read by those patterns at all.
 */
const DATE_CUE = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  'overnight',
  'this morning',
  'this afternoon',
  'this evening',
  'this week',
  'this month',
  'this year',
  'last night',
  'last week',
  'last month',
  'last year',
  'next week',
  'next month',
  'next year',
  'days? (?:after|before|later|earlier)',
  '\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b',
  '\\b[12]\\d{3}\\b',
].join('|');
/** The day of a plan is told in its own clause, after the verb: "will cap imports from June 1". */
const DATE_AHEAD =
  '(?=(?:[^,;.]|(?<=\\b[A-Z])\\.){0,100}?\\b(?:on|from|by|in|starting|effective|until|next|this|later\\s+this)\\s+(?:[A-Z][a-z]+|\\d)|(?:[^,;.]|(?<=\\b[A-Z])\\.){0,100}?\\b(?:today|tomorrow)\\b)';

/**
 * "Treasury has pledged a fuller account": a present perfect tells where things stand, not an
 * act of a day, unless its clause names the day ("has on Friday added", "has added … on May 2").
 */
const NOT_PERFECT = `(?:(?<!\\b(?:has|have)\\s+(?:also\\s+|already\\s+|now\\s+)?[a-z]+)|${DATE_AHEAD})`;

/**
 * A chronology's line tells its act in the present after the day that heads it: "MAR 4 - The
 * Treasury designates two shipping firms", "June 9, 2023: the ministry informs the embassy".
 * The verb is the first word in "-s" after up to six words of subject that is no verb of speech
 * and no plural noun a verb follows ("US tariffs take effect").
 */
const CHRONOLOGY_PRESENT = `(?<=^[\\s*•·–—-]*(?:(?:[A-Za-z]{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Za-z]{3,9}\\.?)(?:,?\\s+\\d{4})?)\\s*[-–—:]\\s+(?:[\\w.’'&()-]+\\s+){1,6}?)(?!${wordsTrie(noActPresents())}\\b)[a-z]{3,}s\\b(?!\\s+(?:take|come|go|are|were|begin|start|end|expire|rise|fall|remain|apply|kick|hit|rose|fell|took|began)\\b)`;

/** Irregular participles of a passive with its agent ("was sent by"), with their present forms. */
const PARTICIPLES: Readonly<Record<string, string>> = {
  sent: 'sends',
  taken: 'takes',
  made: 'makes',
  given: 'gives',
  held: 'holds',
  struck: 'strikes',
  sold: 'sells',
  bought: 'buys',
  frozen: 'freezes',
  withdrawn: 'withdraws',
  chosen: 'chooses',
  paid: 'pays',
  shut: 'shuts',
  upheld: 'upholds',
  withheld: 'withholds',
  overridden: 'overrides',
  found: 'finds',
  heard: 'hears',
  cut: 'cuts',
  set: 'sets',
  put: 'puts',
  hit: 'hits',
};
const ANY_PARTICIPLE = `(?=[a-z]{2,}ed\\b|(?:${Object.keys(PARTICIPLES).join('|')})\\b)(?!(?:${NO_ACT_WORDS})\\b)[a-z]+`;

/** The present form of the trigger's verb: "designated" → "designates", "notify" → "notifies". */
function presentOf(verb: string, base: boolean): string {
  const w = verb.toLowerCase();
  // A chronology's present: "designates" stays.
  if (!base && /[^s]s$/.test(w) && PRESENT_OF.get(w) === undefined) return w;
  return PRESENT_OF.get(w) ?? PARTICIPLES[w] ?? (base ? presentOfBase(w) : presentOfPast(w));
}

/** The passive trigger's verb: "was signed by", and without its agent, "will be revoked". */
const PASSIVE =
  /^(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(\w+)\s+by|(?:was|were|will\s+be|would\s+be|(?:is|are)\s+to\s+be)\s+(\w+))$/i;
/**
 * The measures a passive without its agent may tell, done by the side another clause of the
 * sentence names: "The ministry said the carriers' permits will be revoked from June 1".
 */
const MEASURE_PARTICIPLES = wordsTrie([
  'revoked',
  'sanctioned',
  'blacklisted',
  'designated',
  'banned',
  'barred',
  'suspended',
  'lifted',
  'removed',
  'published',
  'issued',
  'released',
  'finalized',
  'finalised',
  'extended',
  'delisted',
  'expelled',
  'rescinded',
  'withdrawn',
  'cancelled',
  'canceled',
  'terminated',
  'blocked',
  'frozen',
]);
/** A plan's trigger: "will designate", "plans to notify". */
const AHEAD = /^(?:will|would|(?:is|are)\s+|plans?\s|planned\s|intends?\s)/i;

/**
 * Where the act's object ends: a clause, an aside, a second verb, or the day it is told on. The
 * comma of "1,000" is inside a number.
 */
const OBJECT_END =
  /\s*(?:(?<!\d),|,(?!\d{3}\b)|[;:()\u2014\u2013]|\s-\s|\b(?:that|which|who|saying|after|before|because|amid|as|while|when|following|worth|in\s+response|and\s+[a-z]+ed|(?:on\s+)?[A-Z][a-z]+day|(?:on|from|starting|effective)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\.?\s+\d{1,2})|(?:last|this|next|earlier|later)\s+\w+|the\s+same\s+(?:day|evening|morning|afternoon|night|week)|again|today|yesterday|(?:a|one|two|three|a\s+few|several|\d+)\s+(?:days?|hours?|weeks?|minutes?)\s+later|within\s+(?:hours|days|minutes)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b)/;

/**
 * The act a sentence tells that no other kind knows: "On March 2 the State Department capped
 * the number of staff the outlets may keep in the country." It is a fallback: it gives an event
 * only when dated, only when no other kind is told in the sentence, and only when one of the
 * two sides is the one acting, so "The club suspended two members on Friday" is not news.
 */
export const officialAct = defineKind({
  id: 'official-act',
  // The listed verbs and bases; the general patterns' acts need a day in their sentence, so a
  // sentence with no day word tells none of them (DATE_CUE).
  cue: new RegExp([...PAST, ...BASES, DATE_CUE].join('|'), 'i'),
  themes: [],
  tag: 'official act',
  // Active voice only, with something acted on: "visas already issued" and "were announced
  // Friday" tell no one acting, and "What we announced today" names no act.
  verbal: [
    re(
      `(?<!\\b(?:was|were|been|being|be|is|are|already|who|which|that)\\s+)(?<![,]\\s*)\\b(?:${PAST.join('|')})\\b${NOT_PERFECT}${OBJECT_AHEAD}`,
    ),
    // "The law was signed by President Biden last April": the act told from what it was done to,
    // with the one who did it after "by". The trigger ends with "by", so the subject is looked
    // for after it (classifyDetection). Any participle: "The carrier was notified by the
    // Commerce Department on Tuesday", "the licences were revoked by the regulator in May".
    re(
      `\\b(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:(?:${PAST.join('|')})\\s+by\\b|(?:${ANY_PARTICIPLE})\\s+by\\b${OWN_DATE})(?=\\s+(?:the\\s+)?[A-Z])${NO_QUESTION}`,
    ),
    // "The ministry will designate two more outlets on Friday", "is due to open the hearing on
    // October 10".
    re(
      `\\b(?:will|(?:is|are)\\s+(?:due|set|scheduled)\\s+to|plans?\\s+to)\\s+(?:also\\s+|formally\\s+|officially\\s+)?(?:${BASES.join('|')})\\b${OBJECT_AHEAD}`,
    ),
    // Any past verb right after its subject: "The Treasury on Friday blacklisted a trading
    // house", "the regulator also informed the carrier in a letter on Monday", "it sent a
    // notice to the exchange on March 3". Verbs of speech or opinion ("said", "argued") are none.
    re(
      `\\b(?=[a-z]{2,}ed\\b|${IRREGULAR_TRIE}\\b)${SUBJECT_BEFORE}(?!${PAST_TRIE}\\b)${ANY_PAST}\\b${NOT_PERFECT}${OBJECT_AHEAD}${NO_QUESTION}${OWN_DATE}`,
    ),
    // Any plan right after its subject, with its day in its own clause after the verb: "The
    // ministry will blacklist the three shippers from June 1", "the agency plans to notify the
    // carriers on Monday". A plan with no day of its own ("said it would respond") is no event.
    re(
      `\\b(?=will\\b|would\\b|is\\b|are\\b|plans?\\b|intends?\\b)${SUBJECT_BEFORE}(?:will|would|(?:is|are)\\s+(?:due\\s+|set\\s+|scheduled\\s+|expected\\s+)?to|plans?\\s+to|intends?\\s+to)\\s+(?:also\\s+|formally\\s+|officially\\s+)?(?!${BASES_TRIE}\\b)${ANY_BASE}\\b${OBJECT_AHEAD}${DATE_AHEAD}${NO_QUESTION}`,
    ),
    // A passive without its agent, with its day: "the carriers' permits will be revoked from June
    // 1", told in a sentence whose other clause names the side (classifyDetection). What a
    // pronoun or a relative stands for ("It was published on Thursday") is left alone.
    re(
      `(?<!\\b(?:it|they|this|that|which|who|these|those)\\s+)\\b(?:was|were|will\\s+be|would\\s+be|(?:is|are)\\s+to\\s+be)\\s+${MEASURE_PARTICIPLES}\\b(?!\\s+by\\b)${NO_QUESTION}${OWN_DATE}`,
    ),
    // "The FCC voted on Tuesday to revoke the carrier's licence": a board's vote is its act, with
    // the day (and the tally) told between the vote and what it does.
    re(
      `\\b(?=voted\\b)${SUBJECT_BEFORE}voted\\s+(?:unanimously\\s+|\\d+-\\d+\\s+)?(?:(?:on\\s+)?(?:[A-Z][a-z]+day|[A-Z][a-z]+\\.?\\s+\\d{1,2})\\s+|yesterday\\s+|today\\s+)?(?:\\d+-\\d+\\s+)?to\\s+(?!(?:${NO_ACT_WORDS})\\b)[a-z]{3,}\\b${NO_QUESTION}${OWN_DATE}`,
    ),
    // A chronology's line in the present: "MAR 4 - The Treasury designates two shipping firms".
    re(
      `\\b(?=[a-z]{3,}s\\b)(?<=\\d\\s*[-–—:]\\s+(?:[\\w.’'&()-]+\\s+){1,6})${CHRONOLOGY_PRESENT}${OBJECT_AHEAD}${NO_QUESTION}`,
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
      const present = presentOf(passive[1] ?? passive[2] ?? '', false);
      // "the permits of the three carriers": up to six words, from after the clause's opening.
      const done = /((?:[\w’'-]+\s+){0,5}[\w’'-]+)\s*$/
        .exec(text.slice(0, primary.triggerStart))?.[1]
        ?.replace(/^.*\b(?:that|which|said|says|and|but|while|when|because)\s+/i, '')
        .split(/\s+/)
        .slice(-5)
        .join(' ')
        ?.replace(/^(?:and|but|so|then|that|this|these|those|the|a|an)\s+/i, '')
        .replace(/^(?:that|this|the)\s+/i, '');
      const object = done === undefined ? '' : ` the ${done}`;
      return {
        title: `${subject} ${planned ? `to ${baseOfPresent(present)}` : present}${object}`,
        slugParts: [subject, present, ...(done ?? '').split(' ').slice(0, 3)],
      };
    }
    const trigger = text.slice(primary.triggerStart, primary.triggerEnd);
    // "voted 4-0 on Thursday to bar the firm": what the vote does is the verb after "to".
    const vote = /^voted\b[^.;,]*?\bto\s+([a-z]{3,})\b/.exec(text.slice(primary.triggerStart));
    const verb = vote !== null ? (vote[1] ?? '') : (/\S+$/.exec(trigger)?.[0] ?? '');
    const present = presentOf(verb, AHEAD.test(trigger));
    const rest =
      vote !== null
        ? text.slice(primary.triggerStart + vote[0].length)
        : text.slice(primary.triggerEnd);
    const end = OBJECT_END.exec(rest);
    const object = titleObject(end === null ? rest : rest.slice(0, end.index), 9);
    const act =
      vote !== null
        ? `${planned ? 'to vote' : 'votes'} to ${verb.toLowerCase()}`
        : planned
          ? `to ${baseOfPresent(present)}`
          : present;
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
      'The FCC voted on Tuesday to revoke the carrier’s licence to operate.',
    ],
    // "The club suspended two members on Friday" is detected here and dropped at the merge,
    // where a third party's act leaves the timeline (tests/unit/pipeline/officialAct.test.ts).
    ignores: [
      'Beijing said on Monday it was studying the proposal.',
      'Acme Semiconductor stock closed down 7.3% on Friday at $15.',
      'SMIC closed almost 1 per cent higher on Wednesday.',
      'The visas were suspended on Friday.',
      'What the ministry announced today is a response.',
      'Washington imposed new tariffs on Chinese steel on Friday.',
    ],
  },
});
