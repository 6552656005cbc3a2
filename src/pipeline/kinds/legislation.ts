import { defineKind } from './kindDefinition.ts';
import { GAP, RELATIVE_AGENT, re } from './patternParts.ts';

// A named law is capitalised ("the Hong Kong Human Rights and Democracy Act"); "act" alone is
// any deed.
const BILL = '(?:bills?|Act|legislation|resolution|amendment)';

/**
 * A lawmaking step: "The House passed a bill on Tuesday that would force the app's sale", "the
 * president signed the measure into law on April 24". A signed bill is a law, not an executive
 * order, so this kind comes before `policy` and holds it.
 */
export const legislation = defineKind({
  id: 'legislation',
  cue: /\b(?:bill|act|legislation|resolution|amendment|law|voted|passed|passes)\b/i,
  themes: [],
  tag: 'legislation',
  verbal: [
    // "passed a bill", "the Senate approved the ... Act", "unanimously adopted the resolution"
    re(
      `\\b(?:passed|passes|pass|passing|approved|approves|adopted|adopts)\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(7)}${BILL}\\b`,
    ),
    // "the House passed the foreign aid package": what a chamber passes is a bill, whatever
    // it is called; governments "adopt" packages of measures, which is not lawmaking
    re(`\\b(?:passed|passes)\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(5)}(?:package|measure)\\b`),
    // "Beijing imposed a national security law on the city", "enacted an anti-sanctions law": a
    // law a government lays down, with no bill before it.
    re(
      `\\b(?:impos|enact|promulgat)\\w*\\s+(?:an?\\s+|the\\s+|its\\s+)?${GAP(4)}law\\b(?!\\s+enforcement)`,
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
    // "The law, signed by the president in May 2021, takes effect next year": the law named
    // with its signing in a reduced passive clause, the signer after "by".
    re(
      `\\b(?:law|bill|Act|legislation),?\\s+(?:which\\s+(?:was|were)\\s+)?signed\\s+(?:into\\s+law\\s+)?by\\b`,
    ),
    // "signed the measure into law"
    re(`\\b(?:signed|signs|sign|signing)\\s+${GAP(8)}into\\s+law\\b`),
    // "the act became law"
    re(`\\b${BILL}\\s+(?:[\\w’'-]+\\s+){0,8}?(?:became|becomes|become|will\\s+become)\\s+law\\b`),
    // "voted 97-0 to pass", "voted overwhelmingly for the bill"
    re(
      `\\bvoted\\s+(?:\\d+\\s*(?:-|to)\\s*\\d+\\s+)?(?:\\w+ly\\s+)?(?:to\\s+(?:pass|approve|adopt)\\b|for\\s+(?:the\\s+|a\\s+)?${GAP(4)}${BILL}\\b)`,
    ),
  ],
  themesFromContext: true,
  neutralTakesArticleThemes: true,
  contains: ['policy'],
  title: ({ subject, topic, planned, trigger }) => {
    // "imposed a national security law": the law itself is named, and no bill came before it.
    const laid =
      /^(?:impos|enact|promulgat|pass|adopt|approv)\w*\s+(?:an?\s+|the\s+|its\s+)?(.*\blaw)$/i.exec(
        trigger,
      );
    if (laid?.[1] !== undefined) {
      const law = laid[1].replace(/^(?:new|sweeping|controversial)\s+/i, '');
      return {
        title: `${subject} ${planned ? 'to impose' : 'imposes'} ${law}`,
        slugParts: [subject, 'imposes', law],
      };
    }
    const signed = /\bsign|\bbec[oa]mes?\s+law\b/i.test(trigger);
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
      'President Biden signed the measure into law on April 24.',
      'The Senate voted 92 to 5 to pass the package.',
      'Beijing imposed a sweeping security law on the territory at the end of June.',
      'Factories are being built under the grants law the president signed in December 2021.',
      'It is the third test of the farm bill Congress passed last summer.',
      'Listing rules tightened under the Audit Act, which former US president Smith signed in 2020.',
      'The law, signed by the president in May 2021, takes effect next year.',
      'The curbs followed the farm bill, the relief law Governor Reed signed in May 2021.',
    ],
    ignores: [
      'The bill passed by the committee is a long one.',
      'The court upheld the law in a short ruling.',
      'Officials passed the act of kindness along.',
      'The two police forces discussed law enforcement cooperation.',
      'Prices obey the law of supply and demand.',
      'The bill the senator backed failed in committee.',
    ],
  },
});
