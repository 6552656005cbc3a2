import { FIRMS } from '../actingSide.ts';
import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';
import { rulingWords } from './rulingWords.ts';

const PERSON =
  '(?:executive|businessman|businesswoman|citizens?|nationals?|Americans?|Canadians?|hackers?|officers?|officials?|engineers?|researchers?|scientists?|spies|spy|suspects?|students?|journalists?|activists?|employees?|agents?|detainees?|prisoners?|people|men|women|man|woman|(?<=alleged\\s+)members)';

/** Who rules: a judge, a court, its panel or its justices. */
const BENCH = '(?:[Jj]udges?|[Cc]ourt|[Pp]anel|[Jj]ustices|Circuit)';
/** The day a ruling is told with, between the bench and its verb: "the court on Monday upheld". */
const ON_DAY = '(?:(?:late\\s+|early\\s+)?on\\s+\\w+\\s+)?';
/** The side a suit is brought against, right after "sued": "sued the US government". */
const SUED_SIDE =
  /^\s+(?:the\s+)?(?:((?:US|U\.S\.|American|federal|Trump|Biden)\s+(?:government|administration)|Washington|United\s+States)|((?:Chinese|China['’]s)\s+government|Beijing))\b/;
/** What a party asks of a court, and the court may turn down. */
const PLEA = '(?:bid|challenge|appeal|petition|request|motion|lawsuit|suit|plea)s?';

/** What a case's trigger did, first match wins: [words, present, base, slug]. */
type Step = readonly [RegExp, string, string, string];
const STEPS: readonly Step[] = [
  [
    /deferred\s+prosecution/i,
    'reaches deal with prosecutors',
    'reach deal with prosecutors',
    'deferred-prosecution',
  ],
  [
    /^(?:ask|moved|moves)/i,
    'asks court to drop charges',
    'ask court to drop charges',
    'dismissal-request',
  ],
  [/^(?:sue|filed|files)/i, 'files lawsuit', 'file lawsuit', 'lawsuit'],
  [/^(?:heard|hears|hearing)/i, 'hears arguments', 'hear arguments', 'hearing'],
  [/judge|court|panel|justices|circuit|injunction/i, 'rules', 'rule', 'ruling'],
  [/freed|frees|releas|let\s+out|bail/i, 'releases detainees', 'release detainees', 'release'],
  [/dropp|dismiss|withdr/i, 'drops charges', 'drop charges', 'charges-dropped'],
  [/pleaded|pleads|pled\b/i, 'enters plea', 'enter plea', 'plea'],
  [/trial/i, 'opens trial', 'open trial', 'trial'],
  // "found the engineer guilty", "a jury convicts the trader": the verdict, whichever words
  // tell it, so an undated "was convicted on two counts" is the dated verdict retold.
  [/guilty|convict|acquit/i, 'convicts defendant', 'convict defendant', 'verdict'],
  [/sentenc|jail|impris/i, 'sentences defendant', 'sentence defendant', 'sentence'],
  [/arrest|detain/i, 'makes arrest', 'make arrest', 'arrest'],
];
/** Indictments, charges and extraditions: the rest. */
const CHARGES: Step = [/./, 'files charges', 'file charges', 'charges'];

/**
 * Arrests, charges, sentences, releases and rulings: "Canadian police arrested a Chinese
 * telecom executive in Vancouver", "prosecutors indicted two Chinese hackers", "a court
 * sentenced an American citizen to ten years", "Beijing freed the two detained Canadians",
 * "a federal judge blocked the ban". Who is held or tried is the news, so a person word
 * (or a charge) must be in the verb's phrase: "arrested the decline" is not a case.
 */
export const legalCase = defineKind({
  id: 'legal-case',
  cue: /arrest|detain|indict|charg|extradit|convict|acquit|sentenc|jail|prison|releas|freed|judge|court|prosecut|injunction|panel|justices|circuit|sued|sues|lawsuit|suit|argument|\bcase\b|guilty|trial|bail/i,
  themes: [],
  tag: 'legal',
  verbal: [
    // "arrested a Chinese telecom executive", "detained two Canadians", "indicted two hackers"
    re(
      `\\b(?:arrest|detain|indict|extradit|convict|jail|imprison|expel|charg)(?:ed|es|s|ing)?\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|\\d+\\s+)?${GAP(4)}${PERSON}\\b`,
    ),
    // "Police in Oslo detained Larsen at the airport": the person held, named; a name, not a
    // month or a weekday ("arrested Monday"), and one that ends its phrase, so "detained
    // Chinese fishing boats" is not a case.
    re(
      `\\b(?:arrest|detain|indict|extradit|jail|imprison)(?:ed|s|ing)?\\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?=\\s*[,.;]|\\s+(?:at|in|on|for|over|after|as)\\b)`,
    ),
    // "charged two Chinese nationals with spying", "sentenced an American to ten years", "charged
    // four members of China's People's Liberation Army with hacking"
    re(
      `\\b(?:charged|charges|sentenced|sentences)\\s+${GAP(8)}(?:with|to\\s+(?:\\w+\\s+){0,3}(?:years?|months?|life|death|prison))\\b`,
    ),
    // "The Justice Department made the 11-count indictment public on Tuesday"
    re(
      '\\bmade\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:indictments?|charges|complaint)\\s+public\\b',
    ),
    // "the Justice Department put out Tuesday's indictment of two contractors"
    re(
      "\\b(?:put|puts|putting)\\s+out\\s+(?:the\\s+|an?\\s+|its\\s+|[A-Z][a-z]+day['’]s\\s+)?(?:[\\w-]+\\s+){0,2}?(?:indictments?|charges|complaint)\\b",
    ),
    // "Same day, prosecutors unsealed charges against four men"
    re(
      '\\b(?:unsealed|unseals|unsealing)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:indictments?|charges|complaint)\\b',
    ),
    // "was arrested in Vancouver", "were indicted on Monday", "has been sentenced"
    re(
      `\\b(?<!\\b(?:determined|deemed|found|considered|designated)\\s+to\\s+)(?:was|were|been|is|are|be)\\s+(?:\\w+ly\\s+)?(?:arrested|detained|indicted|extradited|convicted|jailed|imprisoned|sentenced|charged\\s+with)\\b`,
    ),
    // "have been released by China", "was freed in September"
    // ("released" alone is a product's or a report's too).
    re(
      '\\b(?:has\\s+been|have\\s+been|had\\s+been|was|were)\\s+(?:freed\\b|released\\s+(?=by\\s+(?:China|Beijing|the\\s+(?:US|U\\.S\\.|United\\s+States)|Washington|(?:Chinese|American|US)\\s+authorities)\\b|from\\s+(?:detention|prison|custody|jail)\\b))',
    ),
    // "We are pleased to announce the release of Jane Doe and John Roe from detention"
    re(
      '\\b(?:announc\\w*|secured|welcomed?|welcomes)\\s+the\\s+release\\s+of\\s+(?=[A-Z]|(?:the\\s+)?(?:two|three|four|detained|jailed)\\b)',
    ),
    // "The two sailors were held on Monday and freed on bail two days later": out on bail.
    re('\\b(?:let\\s+out|released|freed|bailed\\s+out)\\s+on\\s+bail\\b|\\bgranted\\s+bail\\b'),
    // "freed the two detained Canadians", "released from detention"
    re(
      `\\b(?:freed|frees|released|releases)\\s+(?:from\\s+(?:house\\s+arrest|detention|custody|prison|jail)\\b|${GAP(4)}(?:detained\\s+)?${PERSON}\\b)`,
    ),
    // "the two countries swapped prisoners", "a prisoner exchange freed three Americans"
    re(
      `\\b(?:swapped|swaps|exchanged|exchanges|traded)\\s+${GAP(3)}(?:prisoners|detainees)\\b|\\bprisoner\\s+(?:swap|exchange)\\b`,
    ),
    // "a federal judge blocked the ban", "the court struck down the order", and, on a live page,
    // "the high court has unanimously upheld the statute"
    re(
      `\\b${BENCH}\\s+${ON_DAY}(?:has\\s+|have\\s+)?(?:\\w+ly\\s+)?(?:blocked|blocks|halted|halts|struck\\s+down|strikes\\s+down|upheld|upholds|overturned|dismissed)\\b`,
    ),
    // "On Friday the Supreme Court ruled nine to zero that the law stands", "the judge ruled
    // for the regulator": a ruling told by its verb alone.
    re(
      `\\b${BENCH}\\s+${ON_DAY}(?:has\\s+|have\\s+)?(?:\\w+ly\\s+)?(?:ruled|rules)\\b(?!\\s+out\\b)`,
    ),
    // "the appeals panel on Thursday threw out the carrier's challenge to the order", "the
    // justices turned away the company's bid": a court refusing a party's plea rules on it.
    re(
      `\\b${BENCH}\\s+${ON_DAY}(?:has\\s+|have\\s+)?(?:\\w+ly\\s+)?(?:rejected|rejects|turned\\s+away|turns\\s+away|denied|denies|threw\\s+out|throws\\s+out)\\s+${GAP(3)}${PLEA}\\b`,
    ),
    // "The carrier sued the agency in March", "the firm filed a lawsuit against the ban": a
    // party taking the other side to court.
    re(
      `(?<!\\b(?:was|were|been|being|be|is|are|get|got)\\s+)\\b(?:sued|sues)\\b(?!\\s+for\\s+peace)|\\b(?:filed|files)\\s+(?:a\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:lawsuit|suit|legal\\s+challenge)\\b`,
    ),
    // "the panel heard oral arguments in March": a step of the case, told on its own day (a
    // committee hearing arguments is no court)
    re(`(?<=\\b${BENCH}\\s+(?:[\\w-]+\\s+){0,3})(?:heard|hears)\\s+(?:oral\\s+)?arguments?\\b`),
    // "a magistrate judge issued a preliminary injunction blocking the measures"
    re(`\\b(?:issued|issues|granted|grants)\\s+${GAP(3)}injunction\\b`),
    // "prosecutors dropped the charges", "the charges were dismissed"
    re(
      `\\b(?:dropped|drops|dismissed|dismisses|withdrew|withdraws)\\s+${GAP(4)}(?:charges|case|indictment|extradition\\s+(?:request|case))\\b`,
    ),
    // "the Justice Department unsealed two indictments", "prosecutors filed charges against"
    re(
      `\\b(?:unseal|unseals|unsealed|unsealing|filed|files|brought|brings|returned|returns)\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|four\\s+|new\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,2}?(?:indictments?|criminal\\s+charges|charges\\s+against)\\b`,
    ),
    // "entered a deferred prosecution agreement": the defendant's deal, not the two sides'
    re(
      `\\b(?:entered|enters|entering|reached|reaches|reaching|signed|signs|struck|strikes)\\s+(?:into\\s+)?(?:an?\\s+|the\\s+)?deferred\\s+prosecution\\s+(?:agreement|deal)\\b`,
    ),
    // "asks for the indictment against her to be dismissed", "asked the judge to drop the case"
    re(
      `\\b(?:asks|asked|asking|moved|moves)\\s+(?:(?:the|a)\\s+(?:court|judge)\\s+to\\s+(?:dismiss|drop)\\s+(?:the\\s+)?(?:indictment|charges|case)|(?:for\\s+)?(?:the\\s+)?(?:indictment|charges|case)\\s+(?:against\\s+[\\w’'.-]+(?:\\s+[\\w’'.-]+){0,2}\\s+)?to\\s+be\\s+(?:dismissed|dropped))\\b`,
    ),
    // "A jury on Friday found the former engineer guilty of theft", "was found not guilty": the
    // verdict, with the one tried (a name, a title and its aside) between the verb and "guilty".
    re(
      `\\b(?:jury|jurors|judge|court|panel)\\s+(?:in\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?\\s+)?${ON_DAY}(?:unanimously\\s+)?found\\s+(?:[^\\s;]+\\s+){1,16}?(?:not\\s+)?guilty\\b|\\b(?:was|were|been)\\s+found\\s+(?:not\\s+)?guilty\\b`,
    ),
    // "Jury convicts former lab head on four counts", "a court in the port city acquitted the
    // captain": a jury's or a court's verdict, told in a headline's present tense too.
    re(
      `\\b(?:[Jj]ury|[Jj]urors|[Jj]udge|[Cc]ourt|[Pp]anel)\\s+(?:in\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?\\s+)?${ON_DAY}(?:convicts|convicted|acquits|acquitted)\\b`,
    ),
    // "The trial of the two traders opened on Monday", "went on trial in March": the day a case
    // comes before a court is a step of its own.
    re(
      `\\btrial\\s+(?:of\\s+(?:[\\w’'.-]+\\s+){1,4}?)?(?:opened|opens|began|begins|started|starts|got\\s+under\\s+way|gets\\s+under\\s+way)\\b|\\b(?:went|goes|go|gone|stood|stands|stand)\\s+on\\s+trial\\b`,
    ),
    // "The trader pleaded not guilty on Thursday", "she pled guilty to two counts"
    re('\\b(?:pleaded|pleads|pled)\\s+(?:not\\s+)?guilty\\b'),
    // "The indictment against the two officers was unsealed on Monday"
    re(
      `\\b(?:indictments?|complaint|charges)\\s+(?:against\\s+(?:[\\w’'.-]+\\s+){1,4}?)?(?:was|were|had\\s+been|has\\s+been)\\s+unsealed\\b`,
    ),
    re(
      "\\bcharges\\s+(?:against\\s+[\\w’'.-]+(?:\\s+[\\w’'.-]+){0,3}\\s+)?were\\s+(?:dropped|dismissed)\\b",
    ),
    // "the case is deferred until May 3, after which the charges are to be dropped": a dismissal
    // set for a day ahead is a planned step of the case.
    re(
      "\\b(?:indictment|charges|case)\\s+(?:against\\s+[\\w’'.-]+(?:\\s+[\\w’'.-]+){0,3}\\s+)?(?:is|are|will\\s+be|would\\s+be)\\s+(?:(?:then\\s+)?(?:to|due\\s+to|set\\s+to)\\s+be\\s+)?(?:dismissed|dropped)\\b",
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  // "The court heard arguments on January 10" and "the court upheld the law last January" are
  // two steps of one case, two events.
  stepOf: (trigger) => (STEPS.find(([words]) => words.test(trigger)) ?? CHARGES)[3],
  title: ({ subject, pair, verb, topic, planned, trigger, primary, actors }) => {
    // A swap is both sides' act: "US and China exchange prisoners".
    if (/swap|exchang|traded/i.test(trigger)) {
      return {
        title: `${pair} ${verb('exchanges', 'exchange')} prisoners`,
        slugParts: [pair, 'prisoner-exchange'],
      };
    }
    const [, present, base, slug] = STEPS.find(([words]) => words.test(trigger)) ?? CHARGES;
    // "The singer, who sued the US government last year, said": the side after "sued" is the
    // one sued, even when it is the only side the sentence names.
    const sued = /^sue/i.test(trigger)
      ? SUED_SIDE.exec(primary.segment.text.slice(primary.triggerEnd))
      : null;
    if (sued !== null) {
      const defendant = sued[1] !== undefined ? 'US' : 'China';
      if (subject === defendant) {
        return {
          title: `Lawsuit ${planned ? 'to be filed' : 'filed'} against ${defendant} government`,
          slugParts: [defendant, 'sued', topic ?? ''],
        };
      }
    }
    // "The firm sued in March, and the court heard arguments in June": the court is the one
    // hearing the firm's case, not the firm's court.
    const party = FIRMS.has(subject) && (slug === 'ruling' || slug === 'hearing');
    const about =
      topic && topic !== subject ? ` in ${topic} case` : party ? ` in ${subject} case` : '';
    // "US court rules", and "US Supreme Court rules" when the court itself is named.
    const bench = /\bcourt$/i.test(subject) ? subject : party ? 'court' : `${subject} court`;
    const ruled = slug === 'ruling' ? rulingWords(primary, actors, planned) : null;
    const court =
      slug === 'ruling' || slug === 'hearing'
        ? `${bench} ${ruled ?? (planned ? `to ${base}` : present)}${ruled === null ? about : ''}`
        : '';
    return {
      title: court || `${subject} ${planned ? `to ${base}` : present}${about}`,
      slugParts: [subject, 'legal', slug, topic ?? ''],
    };
  },
  examples: {
    detects: [
      'In May 2019 the department charged two alleged members of a hacking group over the campaign.',
      'Canadian police arrested a Chinese telecom executive in Vancouver on March 3 at the request of the United States.',
      'On March 3 police in Oslo detained Larsen at the airport on an American warrant.',
      'Federal prosecutors indicted two Chinese hackers on May 14.',
      'A Chinese court sentenced an American citizen to ten years in prison on May 20.',
      'Beijing freed the two detained Canadians on May 30.',
      'The three students were let out on bail on Wednesday.',
      'Three Americans have been released by China and are in US custody.',
      'The White House announced the release of Jane Doe and John Roe from detention in China.',
      'A federal judge blocked the ban on the messaging app on June 3.',
      'China and the United States swapped prisoners on Wednesday.',
      'Late Saturday a judge issued a preliminary injunction blocking the measures.',
      'Prosecutors unsealed an indictment against the telecom company on Monday.',
      'On Friday the executive entered a deferred prosecution agreement with the Justice Department.',
      'The US attorney asked for the charges against the engineer to be dismissed.',
      'The case is deferred until May 3, after which the charges are to be dropped.',
      'A federal jury in Denver on Thursday found the former lab manager guilty of lying to agents.',
      'Jury convicts former bank chief on three counts',
      'The trial of the two traders opened on Monday in Seattle.',
      'The engineer pleaded not guilty on Friday.',
      'On Friday the Supreme Court ruled nine to zero that the export law stands.',
      'The indictment against the two officers was unsealed on Monday.',
    ],
    ignores: [
      'Stocks arrested their slide on Tuesday.',
      'Coast guards detained Chinese fishing boats near the reef on May 2.',
      'The ministry released a statement on Friday.',
      'No American determined to be wrongfully detained is still held there, a spokesperson said.',
      'The new phone was released in May.',
      'Customs charged higher fees on imports.',
      'The department filed a brief in the trade dispute.',
      'Lawyers asked for more time to prepare the case.',
      'The carrier was sued by a rival in March.',
      'The committee heard arguments from both sides on Tuesday.',
      'The jury found the evidence thin and the hours long.',
      'The trial period for the new app opened on Monday.',
      'Critics found the policy guilty of overreach.',
      'The court rules out no option, the lawyer said.',
    ],
  },
});
