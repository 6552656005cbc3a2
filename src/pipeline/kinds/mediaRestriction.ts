import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** The other side's press as a government's measure names it. */
const OUTLETS =
  '(?:outlets|media|news\\s+organi[sz]ations|newspapers|broadcasters|bureaus?|news\\s+agencies)';
const STAFF = '(?:staff|journalists|reporters|employees|personnel|citizens|nationals)';

/**
 * A government's curbs on the other side's press as institutions: "The State Department labelled
 * four Chinese broadcasters foreign missions", "it set a staffing cap that holds the outlets to
 * 60 employees". Reporters sent home are an expulsion.
 */
export const mediaRestriction = defineKind({
  id: 'media-restriction',
  cue: /foreign\s+missions?|caps?\b|capped|capping|number\s+of/i,
  themes: ['diplomacy'],
  tag: 'media',
  verbal: [
    // "designated four Chinese broadcasters as foreign missions", "labelled the outlets
    // foreign missions": under that name an outlet is run as an arm of its state.
    re(
      `\\b(?:designat|label|classif|nam|list|treat)\\w*\\s+(?:[\\w’'-]+\\s+){0,6}?(?:as\\s+)?(?:so-called\\s+|["“])?foreign\\s+missions\\b`,
    ),
    // "set a staffing cap that holds the outlets to 60 employees"
    re(
      `\\b(?:announc|impos|set|introduc|plac|put|order)\\w*\\s+(?:an?\\s+|new\\s+)?(?:personnel|staff|staffing|headcount)\\s+caps?\\b`,
    ),
    // "capped the number of Chinese citizens working at five state media outlets at 100"
    re(
      `\\b(?:cap|capped|caps|capping|limit|limited|limits|cut|cuts|reduc\\w*)\\s+(?:the\\s+)?number\\s+of\\s+${GAP(2)}${STAFF}\\s+(?:[\\w’'-]+\\s+){0,3}?(?:at|of|for|in|by)\\s+${GAP(4)}${OUTLETS}\\b`,
    ),
  ],
  measure: true,
  title: ({ subject, other, trigger }) => {
    const whose = other === 'China' ? 'Chinese' : 'US';
    if (/foreign\s+missions/i.test(trigger)) {
      return {
        title: `${subject} designates ${whose} media outlets as foreign missions`,
        slugParts: [subject, 'designates', other, 'media', 'foreign', 'missions'],
      };
    }
    return {
      title: `${subject} caps staff of ${whose} media outlets`,
      slugParts: [subject, 'caps', other, 'media', 'staff'],
    };
  },
  examples: {
    detects: [
      'In June the State Department labelled four more Chinese broadcasters foreign missions.',
      'A week later it announced a staffing cap that holds the outlets to 60 employees.',
      'Washington capped the number of Chinese citizens working at five state media outlets.',
    ],
    ignores: [
      'The embassy hosts foreign missions for a reception every spring.',
      'The firm capped the number of staff at its new plant.',
      'Regulators set a price cap on electricity.',
    ],
  },
});
