import { defineKind } from './kindDefinition.ts';
import { GAP, RELATIVE_AGENT, re } from './patternParts.ts';

// A named law is capitalised ("the Hong Kong Human Rights and Democracy Act"); "act" alone is
// any deed.
const BILL = '(?:bills?|Act|legislation|resolution|amendment)';
/** The step that makes a bill law: a signature, or the bill becoming law. */
const SIGNING = /\bsign|\bbec[oa]mes?\s+law\b/i;
const INTRODUCING = /\bintroduc|\bunveil|\brelease[ds]?\b|\bfile[ds]?\b/i;
const TAKING_UP = /\b(?:take[sn]?|took)\s+up\b/i;
/** A committee sending a bill on to the floor: a step before the chamber's vote. */
const ADVANCING = /\bto\s+advance\b/i;

/**
 * A lawmaking step: "The House passed a bill on Tuesday that would force the app's sale", "the
 * president signed the measure into law on April 24". A signed bill is a law, not an executive
 * order, so this kind comes before `policy` and holds it.
 */
export const legislation = defineKind({
  id: 'legislation',
  cue: /\b(?:bill|act|legislation|resolution|amendment|law|voted|passed|passes|package|measure|cleared|clears|introduc\w*|take[sn]?\s+up|took\s+up)\b/i,
  themes: [],
  tag: 'legislation',
  verbal: [
    // "Delegates approved a plan for a national security law for the territory", "The legislature
    // is due to vote this afternoon, local time, on a decision authorizing security legislation":
    // a legislature acting on the decision that makes a law.
    re(
      `\\b(?:approved|approves|adopted|adopts|endorsed|endorses|passed|passes)\\s+(?:a|the)\\s+(?:plan|decision|proposal)\\s+(?:for|on|authori[sz]ing|to\\s+(?:draft|enact|impose))\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:law|legislation)\\b`,
    ),
    re(
      `\\b(?:to\\s+vote|will\\s+vote|voted|votes)\\b[^.;]{0,40}?\\bon\\s+(?:an?\\s+|the\\s+)?(?:decision|bill|plan|proposal|resolution)\\s+(?:[\\w,-]+\\s+){0,4}?(?:law|legislation)\\b`,
    ),
    // "passed a bill", "the Senate approved the ... Act", "unanimously adopted the resolution"
    re(
      `\\b(?:passed|passes|pass|passing|approved|approves|adopted|adopts)\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(7)}${BILL}\\b`,
    ),
    // "the House passed the foreign aid package": what a chamber passes is a bill, whatever
    // it is called; governments "adopt" packages of measures, which is not lawmaking
    re(`\\b(?:passed|passes)\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(5)}(?:package|measure)\\b`),
    // "The Senate approved the spending package late on Monday", "Congress cleared the bill last
    // week", "Congress passed a law in May barring the purchase": a chamber approving or clearing
    // a package, a bill or a law passes it (a cabinet approving a package of measures does not).
    // "The House passed its version on Monday", "the Senate cleared the compromise by voice
    // vote": what a chamber passes is its text of a bill, whatever the sentence calls it.
    re(
      `(?<=(?<!White\\s+)\\b(?:[Ss]enate|[Hh]ouse|[Cc]ongress|[Ll]awmakers|[Ll]egislators)\\s+(?:[\\w-]+\\s+){0,2})(?:approved|approves|cleared|clears|passed|passes)\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(5)}(?:package|measure|bill|legislation|law|version|compromise)\\b`,
    ),
    // "Parliament passed the Protection of Rivers from Foreign Dredging Act": a named Act may hold
    // small words.
    re(
      `\\b(?:passed|passes|approved|approves|cleared|clears)\\s+(?:the\\s+)?[A-Z][\\w.-]*\\s+(?:(?:(?:and|of|for|the|from|on|to|in|against)\\s+)*[A-Z][\\w.-]*\\s+){0,10}Act\\b`,
    ),
    // "Beijing imposed a national security law on the city", "enacted an anti-sanctions law": a
    // law a government lays down, with no bill before it.
    re(
      `\\b(?:impos|enact|promulgat)\\w*\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(4)}law\\b(?!\\s+enforcement)`,
    ),
    // "China's top legislature passed a law on Friday allowing countermeasures": what a
    // legislature passes is a law, whatever it is called.
    re(
      `(?<=\\b(?:legislature|parliament|Congress|lawmakers|House|Senate|Committee)\\s+(?:(?:has|had|also|unanimously|formally|on\\s+[A-Z][a-z]+day)\\s+){0,2})(?:passed|passes|adopted|adopts|approved|approves)\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(4)}law\\b(?!\\s+(?:enforcement|firms?|school))`,
    ),
    re(
      `\\b(?:passed|passes|adopted|adopts|approved|approves)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:new\\s+|sweeping\\s+)?(?:national\\s+security|anti-sanctions|anti-espionage|counter-espionage|data\\s+security|foreign\\s+relations|export\\s+control)\\s+law\\b`,
    ),
    // "Biden signed the CHIPS and Science Act on August 9": a named Act is capitalised
    re(
      `\\b(?:signed|signs|signing)\\s+(?:the\\s+)?(?:[A-Z][\\w.-]*\\s+(?:and\\s+|of\\s+|for\\s+|the\\s+)?){1,8}Act\\b`,
    ),
    // "the law the president signed in December", "the subsidy bill Congress passed last
    // summer", "the Act, which former US president Smith signed in 2020": told object first, the noun is the law and the clause after it says who made
    // it; the trigger is the verb, so the name before it is its subject.
    re(
      `(?<=\\b(?:law|bill|Act|legislation)(?:,\\s+(?=which\\s)|\\s+)${RELATIVE_AGENT})(?:signed|passed|enacted)\\b(?!\\s+by\\b)`,
    ),
    // "The governor has signed a law capping the fees": what a president or a governor signs
    // as a law is lawmaking, not an executive order.
    re(
      `\\b(?:signed|signs)\\s+(?:an?\\s+|the\\s+)(?:new\\s+)?(?:bill|law)\\b(?!\\s+(?:enforcement|firm)\\b)`,
    ),
    // "The ports law, signed by the governor in May, takes effect in July", "The law, signed by
    // the president in May 2021": the law, then the one who signed it after "by"
    // (classifyDetection takes the name after it as the subject); an aside may stand between,
    // "that law, just to recap, was signed by the president last April".
    re(
      `(?<=\\b(?:law|bill|Act|measure)(?:\\s*,\\s*[^,.;:]{1,40},)?\\s*,?\\s+(?:which\\s+|that\\s+)?(?:was\\s+|were\\s+|has\\s+been\\s+|had\\s+been\\s+)?)signed\\s+(?:into\\s+law\\s+)?by\\b(?=\\s+(?:the\\s+(?:former\\s+)?(?:president|governor)\\b|(?:(?:former\\s+)?[Pp]resident\\s+)?[A-Z]))`,
    ),
    // "signed the measure into law"
    re(`\\b(?:signed|signs|sign|signing)\\s+${GAP(8)}into\\s+law\\b`),
    // "The Senate passed the measure in May, and the president signed it within days": the
    // bill the clause before names is what "it" is.
    re(
      `(?<=\\b(?:bill|measure|package|legislation|Act)\\b[^.;?!]{0,160}\\band\\s+(?:[\\w.-]+\\s+){0,4})(?:signed|signs)\\s+it\\b`,
    ),
    // "the farm subsidy law the president signed in June", "the Clean Ports Act, which former US
    // president Jane Roe signed in 2019": the law named, then who signed it
    re(
      `(?<=\\b(?:law|bill|Act|measure),?\\s+(?:that\\s+|which\\s+)?(?:(?:former|then)\\s+)?(?:(?:US|U\\.S\\.|American)\\s+)?(?:(?:[Pp]resident|Prime\\s+Minister)\\s+)?[A-Z][\\w.-]+(?:\\s+[A-Z][\\w.-]+)?\\s+)(?:signed|signs)\\b(?!\\s+(?:off|up|on|onto|it|them)\\b)`,
    ),
    // "Senators introduced the RESTRICT Act on March 7", "the bill was introduced in March": a
    // bill put before a chamber is the first step of lawmaking.
    re(
      `\\b(?:introduced|introduces|introduce|introducing|unveiled|unveils|filed|files)\\s+(?:an?\\s+|the\\s+|their\\s+|his\\s+|her\\s+)?(?:[A-Z][\\w.-]*\\s+(?:(?:and|of|for|the|from|on|to|in|against)\\s+)*){1,8}Act\\b|\\b(?:introduced|introduces|introduce|introducing|unveiled|unveils|released|releases)\\s+(?:an?\\s+|the\\s+|their\\s+)?${GAP(4)}(?:bill|legislation|resolution)\\b`,
    ),
    re(
      `\\b(?:Act|bill|legislation|resolution)\\s+(?:[\\w’'-]+\\s+){0,6}?(?:was|were|had\\s+been|has\\s+been|is\\s+being)\\s+introduced\\b`,
    ),
    // "a port-security bill, which the panel plans to take up in two weeks": a committee or a
    // chamber taking up a bill is a step of its own, dated apart from the bill's introduction.
    re(
      '\\b(?:[Cc]ommittee|[Pp]anel|[Ss]enate|[Hh]ouse|[Cc]hamber)\\s+(?:is\\s+|was\\s+)?(?:(?:scheduled|due|set|expected|slated)\\s+to\\s+|will\\s+|plans\\s+to\\s+)?(?:take|takes|took)\\s+up\\b(?=\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:bill|measure|legislation|Act)\\b|\\s+(?:on|in|next|this|later)\\b|\\s*[,.])',
    ),
    // "the act became law"
    re(`\\b${BILL}\\s+(?:[\\w’'-]+\\s+){0,8}?(?:became|becomes|become|will\\s+become)\\s+law\\b`),
    // "voted 97-0 to pass", "voted overwhelmingly for the bill", "the committee voted on
    // Thursday to advance a bill": a committee's vote sends the bill to the floor.
    re(
      `\\bvoted\\s+(?:\\d+\\s*(?:-|to)\\s*\\d+\\s+)?(?:\\w+ly\\s+)?(?:(?:on\\s+)?[A-Z][a-z]+day\\s+)?(?:to\\s+(?:pass|approve|adopt)\\b|to\\s+advance\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(5)}(?:${BILL}|measure)\\b|for\\s+(?:the\\s+|a\\s+)?${GAP(4)}${BILL}\\b)`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  contains: ['policy'],
  // A bill is passed, then signed: "Congress passed the bill in May, and the president signed it"
  // tells two events of one month.
  stepOf: (trigger) =>
    SIGNING.test(trigger)
      ? 'sign'
      : INTRODUCING.test(trigger)
        ? 'introduce'
        : TAKING_UP.test(trigger)
          ? 'take-up'
          : ADVANCING.test(trigger)
            ? 'advance'
            : 'pass',
  title: ({ subject, topic, planned, trigger }) => {
    // "imposed a national security law": the law itself is named, and no bill came before it.
    // "passed a law in May" names no law: the bill's passage.
    const laid =
      /^(?:impos|enact|promulgat|pass|adopt|approv)\w*\s+(?:an?\s+|the\s+|its\s+)?(.*\S\s+law)$/i.exec(
        trigger,
      );
    // "approved a plan for a national security law": the law is what the plan makes.
    const lawOfPlan = /^(?:plan|decision|proposal)\s+\w+\s+(?:(?:an?|the)\s+)?(.*\S\s+law)$/i.exec(
      laid?.[1] ?? '',
    )?.[1];
    if (lawOfPlan !== undefined) {
      return {
        title: `${subject} ${planned ? 'to approve' : 'approves'} ${lawOfPlan}`,
        slugParts: [subject, 'approves', lawOfPlan],
      };
    }
    // "is due to vote … on a decision authorizing security legislation": the vote itself.
    if (
      /\bvot(?:e|es|ed)\b.*\bon\s+(?:an?\s+|the\s+)?(?:decision|bill|plan|proposal|resolution)\b/i.test(
        trigger,
      )
    ) {
      const what = `${topic ? `${topic} ` : ''}legislation`;
      return {
        title: `${subject} ${planned ? 'to vote on' : 'votes on'} ${what}`,
        slugParts: [subject, 'votes-on', topic ?? '', 'legislation'],
      };
    }
    if (laid?.[1] !== undefined && !/^(?:an?|the|its)\s+law$/i.test(laid[1])) {
      const law = laid[1].replace(/^(?:new|sweeping|controversial)\s+/i, '');
      return {
        title: `${subject} ${planned ? 'to impose' : 'imposes'} ${law}`,
        slugParts: [subject, 'imposes', law],
      };
    }
    if (ADVANCING.test(trigger)) {
      const what = `${topic ? `${topic} ` : ''}bill`;
      return {
        title: `${subject} ${planned ? 'to advance' : 'advances'} ${what}`,
        slugParts: [subject, 'advances', topic ?? '', 'bill'],
      };
    }
    if (TAKING_UP.test(trigger)) {
      const what = `${topic ? `${topic} ` : ''}bill`;
      return {
        title: `${subject} ${planned ? 'to take up' : 'takes up'} ${what}`,
        slugParts: [subject, 'takes-up', topic ?? '', 'bill'],
      };
    }
    const signed = SIGNING.test(trigger);
    if (!signed && INTRODUCING.test(trigger)) {
      const act =
        /\b((?:[A-Z][\w.-]*\s+(?:(?:and|of|for|the|from|on|to|in|against)\s+)*){1,8}Act)\b/.exec(
          trigger,
        )?.[1];
      const what = act ?? `${topic ? `${topic} ` : ''}bill`;
      return {
        title: `${subject} ${planned ? 'to introduce' : 'introduces'} ${what}`,
        slugParts: [subject, 'introduces', act ?? topic ?? '', 'bill'],
      };
    }
    const what = `${topic ? `${topic} ` : ''}bill`;
    const verb = signed
      ? planned
        ? `to sign ${what} into law`
        : `signs ${what} into law`
      : planned
        ? `to pass ${what}`
        : `passes ${what}`;
    return {
      title: `${subject} ${verb}`,
      slugParts: [subject, signed ? 'signs' : 'passes', topic ?? '', 'bill'],
    };
  },
  examples: {
    detects: [
      'The House of Representatives passed a bill on Tuesday that would force the app to be sold.',
      "China's top legislature passed a law on Friday allowing countermeasures against sanctions.",
      'President Biden signed the measure into law on April 24.',
      'The Senate voted 92 to 5 to pass the package.',
      'Beijing imposed a sweeping security law on the territory at the end of June.',
      'On Thursday delegates to the legislature approved a plan for a national security law for the territory.',
      'The legislature is due to vote this afternoon, local time, on a decision authorizing security legislation.',
      'Factories are being built under the grants law the president signed in December 2021.',
      'It is the third test of the farm bill Congress passed last summer.',
      'Listing rules tightened under the Audit Act, which former US president Smith signed in 2020.',
      'The law, signed by the president in May 2021, takes effect next year.',
      'The curbs followed the farm bill, the relief law Governor Reed signed in May 2021.',
      'On March 7 two senators introduced the Fair Ports Act.',
      'Two senators yesterday released a cross-party bill named the Open Harbours Act.',
      'The committee chairman unveiled a bipartisan China bill on Thursday.',
      "The Senate's SHIELD Act was introduced on March 7.",
      'The senators filed a port-security bill, which the panel plans to take up on May 4.',
      'The House committee voted 50-0 on Thursday to advance a bill aimed at the app.',
    ],
    ignores: [
      'The bill passed by the committee is a long one.',
      'The court upheld the law in a short ruling.',
      'Officials passed the act of kindness along.',
      'The two police forces discussed law enforcement cooperation.',
      'Prices obey the law of supply and demand.',
      'The bill the senator backed failed in committee.',
      'The firm introduced a new phone in March.',
    ],
  },
});
