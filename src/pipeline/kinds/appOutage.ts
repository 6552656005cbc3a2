import { FIRM_SIDES } from '../gazetteer.ts';
import { shortName } from '../shortName.ts';
import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/**
 * The one going dark is a firm of one side the gazetteer knows: "the city went dark" is a power
 * cut, and "Beijing went dark" no app's. A name that opens the sentence is matched with its first
 * letter lowered, as every pattern is.
 */
const FIRM = FIRM_SIDES.map(
  ([name]) => `[${name.charAt(0)}${name.charAt(0).toLowerCase()}]${name.slice(1)}`,
).join('|');
const APP_BEFORE = `(?<=\\b(?:${FIRM})(?:['’]s\\s+app)?\\s+(?:(?:has|have|had|also|now|briefly)\\s+){0,2})`;

/**
 * An app of one side cut off, or back, in the other's market: "WeChat has gone dark for its
 * American users", "WeChat says it is restoring service". A ban's news is often told this way
 * on the day it bites. Only an event when dated: "the app could go dark" is a worry.
 */
export const appOutage = defineKind({
  id: 'app-outage',
  cue: /\bdark\b|offline|restor|back\s+online/i,
  themes: ['technology'],
  tag: 'app-outage',
  verbal: [
    // "WeChat has gone dark", "went offline", "WeChat goes dark"
    re(`${APP_BEFORE}(?:gone|went|goes|go|going)\\s+(?:dark|offline)\\b`),
    // "says it is restoring service", "restored access", "came back online"
    re(
      `(?<=\\b(?:${FIRM})\\b[^.;]{0,60})\\b(?:restor(?:ed|es|ing)|resum(?:ed|es|ing))\\s+(?:its\\s+|the\\s+)?(?:service|access)\\b|${APP_BEFORE}(?:came|comes|coming)\\s+back\\s+online\\b`,
    ),
  ],
  datedOnly: true,
  title: ({ subject, planned, trigger, place }) => {
    // "in US", as headlines write the country.
    const at = place === undefined ? '' : ` in ${shortName(place)}`;
    const back = /restor|resum|back/i.test(trigger);
    const [present, base] = back
      ? ['restores service', 'restore service']
      : ['goes dark', 'go dark'];
    return {
      title: `${subject} ${planned ? `to ${base}` : present}${at}`,
      slugParts: [subject, back ? 'restores-service' : 'goes-dark'],
    };
  },
  examples: {
    detects: [
      'WeChat has gone dark for American users, a day before the ban was due.',
      'On Sunday WeChat said it was restoring service after a night offline.',
    ],
    ignores: [
      'The city went dark after the storm on Monday.',
      'On Friday Beijing went dark as a storm cut the power.',
      'Investors fear the app could go offline.',
      'The utility said on Monday it was restoring service after the storm.',
    ],
  },
});
