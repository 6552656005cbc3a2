import { defineKind } from './kindDefinition.ts';
import { SIDE_OF } from '../gazetteer.ts';
import { namedFirms } from './namedFirms.ts';
import { GAP, re } from './patternParts.ts';

/**
 * The lists a government keeps of foreign firms it restricts: "entity list", "export control
 * list", and the defence ministry's "list of Chinese military companies" ("The Pentagon put two
 * carmakers on its yearly list of Chinese military companies").
 */
const LIST =
  '["“]?(?:list\\s+of\\s+["“]?(?:Chinese|Communist\\s+Chinese)\\s+military\\s+compan(?:y|ies)|(?:[Ee]ntity|unreliable\\s+entity|[Uu]nverified|export[\\s-]+control|trade\\s+sanctions?|sanctions?|(?:trade\\s+|export\\s+)?blacklist)(?:\\s+(?:and|or)\\s+(?:export[\\s-]+control|sanctions?))?\\s+[Ll]ists?|[Ee]ntity\\s+[Ll]ist|(?:trade\\s+|export\\s+)?blacklist)';

const PASSIVE =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:added|placed|put)|went|goes|landed|lands|ended\s+up)\b/;
/** Governments and their short forms: a passive's subject that is one of them is no firm. */
const SIDE_NAMES = new Set(['US', 'China', 'Trump', 'Biden', 'Xi', 'US Commerce Department']);
/** Companies the gazetteer places on a side: listed, never listing. */
const FIRMS = new Set(['Huawei', 'TikTok', 'ByteDance', 'SMIC', 'ZTE', 'Nvidia']);

/** Naming the other side's firms on a restriction list: "Washington added Huawei to the Entity List." */
export const entityList = defineKind({
  id: 'entity-list',
  cue: /\blist|blacklist|\bunder\s+(?:[\w-]+\s+){0,4}?(?:restrictions|controls|sanctions)\b/i,
  themes: ['trade', 'technology'],
  tag: 'entity-list',
  verbal: [
    // "added Huawei and 70 affiliates to its Entity List", "placed two firms on its unreliable entity list"
    re(
      `\\b(?:add|added|adds|adding|placed|places|placing|put|puts|putting|included|includes|listed)\\s+(?:[\\w’'.,&()-]+\\s+){0,14}?(?:to|on|in)\\s+(?:its\\s+|the\\s+|an?\\s+|this\\s+|that\\s+|their\\s+)?(?:same\\s+|own\\s+|annual\\s+|yearly\\s+)?${LIST}`,
    ),
    // "Beijing also put 18 American firms under export and investment restrictions": a count of
    // firms placed under a side's curbs is a listing, whatever the list is called.
    re(
      `\\b(?:placed|places|placing|put|puts|putting)\\s+(?:[\\w’'.,&()-]+\\s+){0,6}?(?:companies|firms|entities|businesses|contractors)\\s+under\\s+(?:[\\w-]+\\s+){0,4}?(?:restrictions|controls|sanctions)\\b`,
    ),
    // "announced the addition of 27 American companies to its export control list"
    re(
      `\\b(?:addition|inclusion)\\s+of\\s+${GAP(6)}(?:to|on|in)\\s+(?:its\\s+|the\\s+|their\\s+)?${LIST}`,
    ),
    // "The lab went onto the entity list in 2021 with a dozen other research bodies", "the firm
    // landed on the list in 2019": the firm listed is the subject.
    re(
      `\\b(?:went|goes|landed|lands|ended\\s+up)\\s+(?:on|onto)\\s+(?:its\\s+|the\\s+|an?\\s+|this\\s+|that\\s+)?${LIST}`,
    ),
    // "ZTE was placed on this list in April"
    re(
      `\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:added|placed|put)\\s+(?:to|on)\\s+(?:this|that|the|its|a)\\s+(?:same\\s+)?list\\b`,
    ),
    // "It is the same list the phone maker was put on in 2019": the list named before, told after
    re(
      `\\bsame\\s+list\\s+(?:that\\s+)?(?!of\\b)(?:[\\w’'.&-]+\\s+){1,4}?(?:was|were|had\\s+been|has\\s+been)\\s+(?:put|placed|added)\\s+(?:on|to)\\b`,
    ),
    // "added the telecoms giant to the same list in May 2019": the list the sentence before named
    re(
      `\\b(?:added|placed|put)\\s+(?:[\\w’'.,&()-]+\\s+){0,8}?(?:to|on)\\s+the\\s+same\\s+list\\b`,
    ),
    // "The department put Acme Photonics on the list in March": a named firm put on a bare
    // "the list" is on the restriction list the article is about; a list "of" something is not.
    re(
      `\\b(?:added|placed|put)\\s+(?:[A-Z][\\w’'.&-]*\\s+){1,3}(?:to|on)\\s+the\\s+list\\b(?!\\s+of\\b)`,
    ),
    // "put the drone maker on the list in 2020, and a year later it added three of its suppliers":
    // a second listing told by a pronoun after "and" is on the same list.
    re(
      `\\b(?=added|placed|put)(?<=\\blist\\b[^.;]{0,80}\\band\\s+(?:[\\w-]+\\s+){0,3}(?:it|they)\\s+)(?:added|placed|put)\\b`,
    ),
    // Taken off again: "removed the drone maker from the Entity List", "was placed on this list
    // in 2019, and removed by the president a year later". The action reads "lift", so the
    // removal never merges with the listing.
    re(
      `\\b(?:removed|removes|removing|delisted|took|taken)\\s+(?:off\\s+)?(?:[\\w’'.,&-]+\\s+){0,8}?(?:from|off)\\s+(?:its\\s+|the\\s+|this\\s+|that\\s+|their\\s+)?${LIST}`,
    ),
    re(`(?<=\\blist\\b[^.;]{0,40}\\band\\s+(?:later\\s+|then\\s+)?)(?:removed|delisted)\\b`),
    // "The Treasury on Friday blacklisted a hacker and a firm": the sanctions office's blacklist
    // is sanctions, not a trade list.
    re(
      `(?<!\\b(?:Treasury|OFAC|[Ss]anctions\\s+office)\\b[^.;,]{0,20})\\bblacklist(?:ed|s|ing)?\\s+(?=${GAP(3)}(?:[A-Z]|\\d|companies|firms|entities))`,
    ),
  ],
  nominal: [re(`\\b(?:unreliable\\s+entity|[Ee]ntity)\\s+[Ll]ist\\b`)],
  measure: true,
  contains: ['policy'],
  title: ({ subject: said, other, tags, planned, action, primary, actors, trigger: told }) => {
    const unreliable = tags.has('unreliable-entity-list') || /unreliable\s+entity/i.test(told);
    const list = unreliable
      ? 'unreliable entity list'
      : /unverified/i.test(told)
        ? 'unverified list'
        : 'entity list';
    // "ZTE was placed on this list": the passive's subject is the listed firm, and the lister
    // is the other side.
    const lead = primary.segment.text.slice(
      Math.max(0, primary.triggerStart - 16),
      primary.triggerEnd,
    );
    // "His administration added Huawei to the same list": a firm never lists; when the sentence's
    // first name is one, it is the firm listed, by the other side.
    const passive =
      (PASSIVE.test(lead) && primary.actors[0] === actors[0]) || FIRMS.has(actors[0] ?? '');
    const listed = passive && !SIDE_NAMES.has(said) ? said : undefined;
    const subject =
      listed === undefined ? said : SIDE_OF.get(actors[0] ?? '') === 'china' ? 'US' : 'China';
    // The firms the listing sentence names by their legal form, when it names two or fewer.
    const toldFirms = listed !== undefined ? [listed] : namedFirms(told);
    // "The department put SMIC on the list": a firm the gazetteer knows is among the actors.
    const named = toldFirms.length > 0 ? toldFirms : actors.filter((a) => FIRMS.has(a));
    // "…, and in June it added five makers": a bare verb continuing a listing names its own
    // firms after it, not the ones the sentence named first.
    const continued = /^(?:added|placed|put)$/.test(told);
    const firms = continued
      ? `${other === 'China' ? 'Chinese' : 'US'} firms`
      : tags.has('huawei')
        ? 'Huawei'
        : named.length > 0 && named.length <= 2
          ? named.join(' and ')
          : `${other === 'China' ? 'Chinese' : 'US'} firms`;
    if (action === 'lift') {
      return {
        title: `${subject} ${planned ? 'to remove' : 'removes'} ${firms} from ${list}`,
        slugParts: [subject, 'removes', 'entity-list', tags.has('huawei') ? 'huawei' : ''],
      };
    }
    return {
      title: `${subject} ${planned ? 'to add' : 'adds'} ${firms} to ${list}`,
      slugParts: [
        subject,
        unreliable ? 'unreliable' : '',
        'entity-list',
        tags.has('huawei') ? 'huawei' : '',
      ],
    };
  },
  examples: {
    detects: [
      'The Commerce Department added the telecoms maker and dozens of affiliates to its Entity List.',
      'Beijing placed two American defence contractors on its unreliable entity list on Friday.',
      'ZTE landed on it in 2018, the same list that the drone maker DJI was added to in 2020.',
      'It placed a fashion group, the owner of two denim labels, and a gene-sequencing firm on its unreliable entity list.',
      'The ministry announced the addition of a dozen US firms to its export control list.',
      'Washington removed the drone maker from the Entity List on Tuesday.',
      'Two years ago the department put Acme Photonics on the list in its spring update.',
      'The lab landed on the entity list last year with a dozen other research bodies.',
      'The drone maker went on the entity list in 2020, and a year later it added three of its suppliers.',
      'The chipmaker was put on this list in 2019, and removed by the White House a year later.',
      // Wire shorthand for the Entity List, and the list named in quotes.
      'The department on Monday put a shipbuilder, two of its units and a laser maker on its trade blacklist.',
      'Regulators added nine firms, including a camera maker (Lumora), to its "unverified list" on Friday.',
      'Last week the department added four aerospace suppliers to its export blacklist.',
      'Beijing also put 18 American firms under export and investment restrictions.',
      'The administration added the handset maker to the same list in May 2019.',
    ],
    ignores: [
      'The list of guests included several trade ministers.',
      'The slump put many firms under severe strain.',
      'It is the same list of guests she was put on last year for the gala.',
    ],
  },
});
