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
  cue: /foreign[\s-]+missions?|caps?\b|capped|capping|number\s+of|declare|report|disclose|submit|file/i,
  themes: ['diplomacy'],
  tag: 'media',
  verbal: [
    // "designated four Chinese broadcasters as foreign missions", "labelled the outlets
    // foreign missions": under that name an outlet is run as an arm of its state.
    re(
      `\\b(?:designat|label|classif|nam|list|treat)\\w*\\s+(?:[\\w’'.-]+\\s+){0,10}?(?:(?:--|—|–)\\s*[^.;—–]{0,120}?(?:--|—|–)\\s*)?(?:as\\s+)?(?:so-called\\s+|["“])?foreign\\s+missions\\b`,
    ),
    // "gave the same foreign-mission label to five other outlets"
    re(
      `\\b(?:gave|gives|give|giving|applied|applies|extended|extends|slapped|pinned)\\s+(?:the\\s+|that\\s+|a\\s+)?(?:same\\s+)?(?:so-called\\s+)?foreign[\\s-]+mission\\s+(?:label|designation|status|tag)\\s+to\\b`,
    ),
    // "must declare in writing, within seven days, details of their staff, finances and property":
    // the disclosure a government demands of the other side's bureaus.
    re(
      `\\b(?:must|to|would\\s+have\\s+to|were\\s+ordered\\s+to|were\\s+told\\s+to)\\s+(?:declare|report|disclose|submit|file)\\b[^.;]{0,60}?\\b(?:details?|information|lists?|declarations?)\\s+(?:of|on|about)\\s+(?:their\\s+|its\\s+)?(?:staff|personnel|employees|finances|operations|property|real\\s+estate)\\b`,
    ),
    // "set a staffing cap that holds the outlets to 60 employees"
    re(
      `\\b(?:announc|impos|set|introduc|plac|put|order)\\w*\\s+(?:an?\\s+|new\\s+)?(?:personnel|staff|staffing|headcount)\\s+caps?\\b`,
    ),
    // "capped the number of Chinese citizens working at five state media outlets at 100"
    re(
      `\\b(?:cap|capped|caps|capping|limit|limited|limits|cut|cuts|reduc\\w*)\\s+(?:at\\s+\\d+\\s+)?(?:the\\s+)?number\\s+of\\s+${GAP(2)}${STAFF}\\s+(?:[\\w’'.-]+\\s+){0,4}?(?:at|of|for|in|by|those|these)\\s+${GAP(4)}${OUTLETS}\\b`,
    ),
  ],
  measure: true,
  title: ({ subject, other, trigger }) => {
    const whose = other === 'China' ? 'Chinese' : 'US';
    if (/^(?:must|to|would|were)\b/i.test(trigger)) {
      return {
        title: `${subject} orders ${whose} media outlets to declare their staff and property`,
        slugParts: [subject, 'orders', other, 'media', 'declarations'],
      };
    }
    if (/foreign[\s-]+missions?/i.test(trigger)) {
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
      'Yesterday the department said it was designating the U.S. arms of three more Chinese papers as foreign missions.',
      'On May 4 the department designated the offices of two Chinese papers -- the Daily and the Evening News -- as foreign missions.',
      'In April, Washington gave the same foreign-mission label to two more broadcasters.',
      'In May it capped at 80 the number of Chinese nationals those outlets could hire.',
      'The spokesman said the bureaus of three American papers must declare in writing, within a week, details of their staff and property.',
    ],
    ignores: [
      'The embassy hosts foreign missions for a reception every spring.',
      'The firm capped the number of staff at its new plant.',
      'Regulators set a price cap on electricity.',
      'Applicants must submit details of their income with the form.',
    ],
  },
});
