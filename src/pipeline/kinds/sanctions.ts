import { FIRM_SIDES } from '../gazetteer.ts';
import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/**
 * Whom the sanctions hit, as the sentence counts them: "on 12 US defence-related firms",
 * "on three American units of Sejong Marine". The side, the noun and the parent firm.
 */
const TARGET =
  /^\s*(?:[^.;]{0,12}?\b(?:on|against|targeting)\s+)?(?:[\w-]+\s+)?(?:(US|U\.S\.|American|Chinese)\s+)?(?:[\w-]+\s+)?(companies|firms|subsidiaries|units|executives|officials|entities|contractors)\b(?:\s+of\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})(?=\s*(?:[,;.]|$)|\s+(?:and|including|in|over|for)\b))?/;
const FIRMS: ReadonlySet<string> = new Set(FIRM_SIDES.map(([firm]) => firm));

/** "US units of Sejong Marine", "US firms": the target in a headline's words. */
function targetOf(after: string): string | undefined {
  const m = TARGET.exec(after);
  // "sanctions on companies" says no more than "imposes sanctions".
  if (m === null || (m[1] === undefined && m[3] === undefined)) return undefined;
  const side = m[1] === undefined ? '' : m[1] === 'Chinese' ? 'Chinese ' : 'US ';
  return `${side}${m[2] ?? ''}${m[3] !== undefined ? ` of ${m[3]}` : ''}`;
}

/**
 * Penalties on named people or firms: "China imposed sanctions on US defence firms."
 * "Countermeasures" alone is any response at all ("officials announced unspecified
 * countermeasures" sums up the tariffs and probes told beside it), so it counts only with a target.
 * Against the press ("countermeasures against three American newspapers") they are what the
 * next sentences say: reporters sent home, bureaus capped (expulsion, media-restriction).
 */
const PRESS_TARGET =
  "(?!\\s+(?:[\\w’'-]+\\s+){0,3}?(?:news|media|newspapers?|papers|dailies|journalists|reporters|correspondents|broadcasters|press)\\b)";
export const sanctions = defineKind({
  id: 'sanctions',
  cue: /sanction|countermeasure|OFAC|Treasury|Foreign\s+Assets/i,
  themes: ['diplomacy'],
  tag: 'sanctions',
  verbal: [
    // "The Treasury and State Department announced the designations on Monday": sanctions told
    // by the word the sanctions office uses for them.
    re(
      `\\b(?:announced|announces|unveiled|unveils|issued|issues)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:new\\s+|latest\\s+|fresh\\s+)?(?:sanctions\\s+)?designations\\b`,
    ),
    re(
      `\\b(?:impos|announc|slap|levy|levie|lift|eas|expand|add)\\w*\\s+${GAP(5)}(?:sanctions\\b|countermeasures\\s+(?:against|on|targeting)\\b${PRESS_TARGET})`,
    ),
    // "sanctioned Chief Executive …", "sanctioning two US senators", "sanctioned the regional
    // party chief", "would sanction American companies": people and bodies are sanctioned; a
    // merger "sanctioned" by a regulator is not.
    re(
      "\\bsanction(?:s|ed|ing|(?<=\\b(?:would|will|to|shall)\\s+sanction))\\s+(?=[A-Z]|(?:(?!(?:but|and|or|will|would|to|that|which|who|as|if|then|while|because|from)\\b)[\\w’'-]+\\s+){0,6}?(?:companies|firms|officials|entities|senators|lawmakers|legislators|executives?|chief|leaders?|ministers?|generals?|individuals|persons|banks|diplomats|judges|commanders?|members|vice[\\s-]chairs?\\w*|[Dd]epartment|[Aa]gency|[Bb]ureau|[Dd]irector)\\b)",
    ),
    // "The Treasury on Monday designated a Beijing network firm", "the sanctions office named two
    // hackers and their employer": the US sanctions office's listing is a sanction, whatever the
    // verb. "Named" only with the office itself, not the department ("Treasury named a deputy").
    re(
      `(?<=\\b(?:Treasury|OFAC|Office\\s+of\\s+Foreign\\s+Assets\\s+Control(?:\\s+\\(OFAC\\))?|[Ss]anctions\\s+office)\\s+(?:(?:on\\s+|last\\s+)?[A-Z][a-z]+day\\s+|also\\s+|has\\s+|had\\s+)?)(?:designat(?:ed|es|e|ing)|blacklist(?:ed|s)?)\\s+(?=[A-Z]|\\d|(?:a|an|two|three|four|five|several)\\s)`,
    ),
    re(
      `(?<=\\b(?:OFAC|Office\\s+of\\s+Foreign\\s+Assets\\s+Control(?:\\s+\\(OFAC\\))?|[Ss]anctions\\s+office)\\s+(?:(?:on\\s+|last\\s+)?[A-Z][a-z]+day\\s+|also\\s+)?)(?:named|names)\\s+(?=[A-Z]|(?:a|an|two|three|four|five|several)\\s)`,
    ),
  ],
  // "a sanctions violation case", "sanctions evasion": the word names the offence, not a measure.
  // "The listing carries no immediate sanctions": no measure at all.
  nominal: [
    re('(?<!\\bno\\s+(?:[\\w-]+\\s+)?)\\bsanctions\\b(?!\\s+(?:violations?|evasion|busting)\\b)'),
  ],
  themesFromContext: true,
  measure: true,
  contains: ['policy'],
  title: ({ subject: named, topic, planned, action, primary }) => {
    // "it slapped sanctions on Boeing": a firm is sanctioned, never sanctions, so
    // the sanctioning side is the other one.
    const firm = FIRM_SIDES.find(([f]) => f === primary.actors[0] && FIRMS.has(f));
    const subject = firm === undefined ? named : firm[1] === 'us' ? 'China' : 'US';
    const target = targetOf(primary.segment.text.slice(primary.triggerEnd));
    if (target !== undefined && action !== 'lift') {
      return {
        title: `${subject} ${planned ? 'to sanction' : 'sanctions'} ${target}`,
        slugParts: [subject, 'sanctions', topic ?? ''],
      };
    }
    const verb =
      action === 'lift' ? (planned ? 'to lift' : 'lifts') : planned ? 'to impose' : 'imposes';
    return {
      title: `${subject} ${verb} sanctions`,
      slugParts: [subject, 'sanctions', topic ?? ''],
    };
  },
  examples: {
    detects: [
      'China imposed sanctions on US defence firms.',
      'Beijing announced countermeasures against two American drone makers.',
      'A month earlier Washington sanctioned the regional party chief.',
      'Beijing answered by sanctioning two US senators and a think-tank head.',
      'Beijing said it would sanction the American companies taking part in the sale.',
      "It protested a US decision in May to sanction the navy's procurement department.",
      'The Treasury on Monday designated a Beijing network firm it tied to a hacking group.',
      'The sanctions office designated 19 companies and people on Monday.',
      'The Treasury and State Department announced the designations on Monday in Washington.',
      "Treasury's sanctions office named two hackers and the firm that employed them.",
      'The Treasury on Friday blacklisted a Wuhan man and a Chengdu data company.',
    ],
    ignores: [
      'Regulators sanctioned the merger after a review.',
      'Officials in Beijing announced unspecified countermeasures.',
      'The firm settled a sanctions violation case last year.',
      'The listing carries no immediate sanctions but bars the firms from contracts.',
      'On Monday the ministry announced countermeasures against three American newspapers.',
      'The Treasury named a new deputy secretary on Monday.',
      'The Treasury designated the bonds as safe assets.',
    ],
  },
});
