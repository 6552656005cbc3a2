import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * "reached a deferred prosecution agreement", "a plea deal": a defendant's deal is a legal case.
 * "found no sign she broke the deal": a deal kept or broken was reached before.
 */
const NOT_PLEA =
  '(?<!prosecution\\s|plea\\s|\\bwith\\sno\\s|\\bwith\\sno\\s(?:joint|formal|new|final)\\s|without\\s(?:a|any)\\s|(?:broke|broken|breached|violated|breaking|breaching|violating)\\s+(?:the|its|their|a|this|that)\\s)';

/**
 * "The ministry released a new framework on Friday capping chip sales abroad": a framework one
 * side releases or issues is a rule of its own, not a deal reached with anyone.
 */
const NOT_ISSUED =
  '(?<!(?:released|releases|issued|issues|published|publishes|rolled\\s+out|put\\s+out|imposed|drafted)\\s+(?:(?:a|an|the|its|their|yet|another|new|own|latest|regulatory|export|licensing)\\s+){0,4})';

/**
 * "The regulator concluded the deal fell below the thresholds": the deal is the subject of what
 * was found, not a deal concluded.
 */
const NOT_A_FINDING =
  '(?!\\s+(?:fell|was|were|is|are|had|has|lacked|posed|violated|breached|required|failed|could|might)\\b)';

/**
 * "terminated their merger agreement", "pulled out of the deal": an agreement ended was reached
 * before; the ending is its own act (ENDED). The words between are the deal's name, never a
 * preposition ("suspended tariffs under the deal" keeps the deal).
 */
const ENDING_VERB =
  '(?:terminat(?:ed|es|ing|e)|scrap(?:ped|s|ping)?|(?:tore|tears?|tearing|ripped|rips?|ripping)\\s+up|withdr(?:ew|aws?|awing)\\s+from|pull(?:ed|s|ing)?\\s+out\\s+of|quit(?:s|ting)?|exit(?:ed|s|ing)?(?:\\s+from)?|abandon(?:ed|s|ing)?|walk(?:ed|s|ing)?\\s+away\\s+from|cancel(?:l?ed|s|l?ing)?|suspend(?:ed|s|ing)?)';
const DEAL_NAME =
  "(?:(?:the|its|their|a|an|this|that|his|her)\\s+)?(?:(?!(?:under|with|in|on|for|as|after|of|to|by|at|and)\\b)[\\w’'-]+\\s+){0,3}?";
const NOT_ENDED = `(?<!\\b${ENDING_VERB}\\s+${DEAL_NAME})`;
/**
 * "signed a merger agreement with the fund", "a licensing deal with a US chip designer": a deal
 * between companies is their business, not an agreement between the two sides.
 */
const NOT_BUSINESS =
  '(?<!\\b(?:merger|acquisition|takeover|buyout|licensing|licen[cs]e|supply|loan|lease|leasing|partnership|distribution|employment|sponsorship|franchise|offtake|non-disclosure)\\s)';
const ENDED = new RegExp(`^${ENDING_VERB}`, 'i');

/** A deal, truce or joint statement: "The two sides reached a deal on fentanyl." */
export const agreement = defineKind({
  id: 'agreement',
  cue: /agree|deal|truce|accord|pact|framework|consensus|ceasefire|statement|understanding|arrangement|pause|affirm|dialogue|mechanism|results|signed/i,
  themes: ['diplomacy'],
  tag: 'agreement',
  verbal: [
    re(
      `\\b(?:agreed|agree|agrees|signed|sign|signs|reached|reach|reaches|struck|strike|clinched|sealed|finali[sz]ed|concluded|announced|unveiled)\\s+${GAP(5)}${NOT_PLEA}${NOT_BUSINESS}(?:deal|agreement|truce|accord|pact|framework|consensus|ceasefire|joint\\s+statement|understanding|arrangement)\\b${NOT_A_FINDING}`,
    ),
    // "Washington scrapped the agreement on Friday", "Beijing suspended the fisheries pact".
    re(`\\b${ENDING_VERB}\\s+${DEAL_NAME}${NOT_BUSINESS}(?:deal|agreement|accord|pact|truce)\\b`),
    // "envoys of both governments signed a protocol renewing the fisheries accord": a protocol
    // the two sides sign is a deal between them (one body's is its own act).
    re(
      '\\b(?=signed\\b)(?<=\\b(?:two|both)\\s+(?:governments|sides|countries)\\s+(?:have\\s+|had\\s+)?)signed\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?protocol\\b',
    ),
    re(
      `\\b(?:extended|extend|extends|extending|prolonged)\\s+${GAP(5)}(?:truce|pause|ceasefire|deal|agreement)\\b`,
    ),
    // "agreed to form a working group on export controls": a channel both sides open; "agreed
    // in Geneva to cut tariffs for 90 days": the place may stand before "to".
    re(
      '\\b(?:agreed|agree|agrees)\\s+(?:(?:in|at)\\s+[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+)?\\s+)?to\\s+(?=cut|lower|reduce|deepen\\s+cooperation|strengthen\\s+cooperation|expand\\s+cooperation|step\\s+up\\s+(?:cooperation|communication)|suspend|pause|extend|roll|remove|lift|halt|resume|buy|purchase|ease|freeze|stop|scrap|drop|hold\\s+off|start|begin|launch|set\\s+up|establish|let\\s+(?:US|U\\.S\\.|American|Chinese)\\b|allow\\s+(?:imports|US|U\\.S\\.|American|Chinese)\\b|admit|open\\s+(?:up\\s+)?(?:its|the)\\s+market)',
    ),
    // "The two leaders agreed over dinner on Saturday to a ceasefire": the place and day sit
    // between the verb and what was agreed.
    re(
      "\\b(?:agreed|agree|agrees)\\s+(?:(?!to\\b)[\\w'’,-]+\\s+){1,7}?to\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:truce|ceasefire|deal|pact|framework|agreement)\\b",
    ),
    re('\\b(?:issued|released|published)\\s+(?:a\\s+)?joint\\s+statement\\b'),
    // "the two sides announced the first results of the 100-day plan": what a joint plan yields
    // is told as its results.
    re(
      '\\b(?:released|releases|announced|announces|unveiled|unveils|published|publishes)\\s+(?:the\\s+)?(?:early|first|initial|preliminary)\\s+results\\s+of\\b',
    ),
    // "deals worth about $9 billion had been signed between the firms", "about $250 billion in
    // agreements, signed over the two days": business deals told by their signing.
    re(
      "\\b(?:deals|agreements|contracts)\\b(?:\\s+(?!(?:and|but|which|that|after|before|when)\\b)[\\w$.,’'-]+){0,10}?\\s+(?:had\\s+been|have\\s+been|were|was)\\s+signed\\b",
    ),
    re(
      '\\b(?:deals|agreements|contracts)(?:,\\s+[A-Z][a-z]+,)?\\s+signed\\s+(?=during|over|at|in|on|with)\\b',
    ),
    // "the leaders set up a new framework for talks on four tracks": a channel both open.
    re(
      `\\b(?:set\\s+up|sets\\s+up|setting\\s+up|established|establishes|launched|launches|created|creates)\\s+${GAP(4)}(?:framework\\s+for\\s+(?:talks|dialogue)|(?:dialogue|consultation)\\s+(?:framework|channel|mechanism)|(?:comprehensive|high-level|strategic|economic)\\s+dialogue)\\b`,
    ),
    // "The two leaders affirmed the need to keep humans in control": what both say together is
    // what they agreed; one side's "reaffirmed that" is a statement.
    re(
      '(?<=\\b(?:two|both)\\s+(?:leaders|sides|countries|presidents|governments)\\s+(?:also\\s+|jointly\\s+)?)(?:affirmed|reaffirmed)\\s+(?:the\\s+need\\s+(?:to|for)|that|their\\s+(?:shared\\s+)?commitment\\s+to)\\b',
    ),
    // "to implement what the two presidents agreed in Lima in May": what the two
    // leaders agreed at a place is their agreement there.
    re(
      '\\b(?=agreed\\b)(?<=\\b(?:two|both)\\s+(?:leaders|sides|presidents|heads\\s+of\\s+state|governments)\\s+(?:had\\s+|have\\s+)?)agreed\\s+(?=(?:in|at)\\s+(?:the\\s+)?[A-Z])',
    ),
    // "Both sides agreed to keep the hotline open", "the two sides had also agreed to
    // widen their work on ocean plastics": what both sides agree to do is a deal
    // between them, though no deal is named.
    re(
      '\\b(?=agreed\\b)(?<=\\b(?:(?:two|both)\\s+(?:leaders|sides|countries|presidents|governments|delegations|ministers)|(?:[Cc]hina|[Bb]eijing)\\s+and\\s+(?:the\\s+)?(?:United\\s+States|US|U\\.S\\.|Washington)|(?:[Tt]he\\s+)?(?:United\\s+States|US|U\\.S\\.|[Ww]ashington)\\s+and\\s+(?:China|Beijing))\\s+(?:had\\s+|have\\s+)?(?:also\\s+|further\\s+|formally\\s+)?)agreed\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?(?:not\\s+)?to\\s+(?=[a-z])',
    ),
    // "The two governments agreed, in a wider farm package, that Beijing would admit US apples":
    // what both sides agree one of them will do is a deal between them.
    re(
      '(?<=\\b(?:(?:two|both)\\s+(?:leaders|sides|countries|presidents|governments|delegations)|(?:[Cc]hina|[Bb]eijing)\\s+and\\s+(?:the\\s+)?(?:United\\s+States|US|U\\.S\\.|Washington)|(?:[Tt]he\\s+)?(?:United\\s+States|US|U\\.S\\.|[Ww]ashington)\\s+and\\s+(?:China|Beijing))\\s+(?:also\\s+|formally\\s+|have\\s+|had\\s+)?)agreed(?:,\\s+[^,;]{1,80},)?\\s+that\\b',
    ),
  ],
  nominal: [
    re(
      // The noun is looked for first: the lookbehinds are costly where no deal is named.
      `\\b(?=deal|agreement|truce|accord|pact|joint|arrangement|understanding|framework|consensus)${NOT_PLEA}${NOT_ENDED}${NOT_BUSINESS}(?:deal|agreement|truce|accord|pact|joint\\s+statement|arrangement|understandings?|${NOT_ISSUED}framework|consensus)\\b`,
    ),
  ],
  themesFromContext: true,
  bilateral: true,
  contains: [
    'tariffs',
    'export-controls',
    'tech-restriction',
    'purchase',
    'talks',
    'meeting',
    'policy',
  ],
  title: ({ pair, parties, subject, planned, plural, action, trade, topic, verb, trigger }) => {
    // "extending the science pact" extends an agreement; a truce, a pause or a ceasefire is a truce.
    const extended = /\b(?:deal|agreement|pact|accord|protocol)\b/i.test(trigger)
      ? 'agreement'
      : 'truce';
    const ended = ENDED.exec(trigger)?.[0].toLowerCase();
    if (ended !== undefined) {
      // One side ends a deal: "Washington scrapped the agreement" is the US's act alone.
      const [present, base] = ended.startsWith('suspend')
        ? ['suspends', 'suspend']
        : /^(?:withdr|pull|quit|exit|walk)/.test(ended)
          ? ['withdraws from', 'withdraw from']
          : ['ends', 'end'];
      const noun = /\btruce\b/i.test(trigger) ? 'truce' : 'agreement';
      return {
        title: `${subject} ${planned ? `to ${base}` : present} ${trade}${noun}`,
        slugParts: [subject, base, trade.trim(), noun, topic ?? ''],
      };
    }
    return {
      title:
        action === 'extend'
          ? `${pair} ${verb('extends', 'extend')} ${trade}${extended}`
          : `${pair} ${planned ? 'to reach' : plural ? 'reach' : 'reaches'} ${trade}agreement`,
      slugParts: [...parties.slice(0, 2), trade.trim(), 'agreement', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'The envoys discussed how to implement what the two presidents agreed in Lima in May.',
      'The two sides agreed on Wednesday to widen their work on ocean plastics.',
      'Washington and Beijing reached a deal on fentanyl.',
      'In May the two sides announced the first results of their joint trade plan.',
      'On Wednesday, deals worth about $9 billion had been signed between the two delegations.',
      'The two sides agreed to cut tariffs.',
      'US and Chinese negotiators agreed in Geneva to cut tariffs for 90 days.',
      'Envoys of both governments signed a protocol renewing the fisheries accord for a decade.',
      'A readout said both envoys had agreed to deepen cooperation on ocean science.',
      'The two governments agreed, in a wider farm package, that Beijing would admit US apples.',
      'China and the United States have agreed that they will stop raising tariffs, the envoy said.',
      'The ministers agreed to set up a working group on export controls.',
      'The two leaders agreed over lunch in Lima on Sunday to a ceasefire in their trade war.',
      'At the dinner the presidents agreed to freeze new duties for three months.',
      'The ministers also set up a new high-level framework for talks on three tracks.',
      'The two leaders affirmed the need to keep their militaries talking.',
      'Washington scrapped the agreement on Friday, the State Department said.',
      'Beijing suspended the fisheries pact on Tuesday.',
    ],
    ignores: [
      'Analysts agree that growth is slowing.',
      'The talks ended on Tuesday with no joint statement.',
      'The executive reached a deferred prosecution agreement with federal prosecutors.',
      'Prosecutors said on Monday that the executive had not breached the deal.',
      'The minister reaffirmed that the island is part of the country.',
      'The department published a new framework on Friday, capping how many chips each country may buy.',
      'The watchdog concluded the merger fell below the filing thresholds.',
      'The chipmaker signed a merger agreement with the fund on Monday.',
      'The two firms terminated their licensing agreement on Wednesday.',
    ],
  },
});
