import { SIDE_OF } from '../gazetteer.ts';
import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** What is sold: "arms", "weapons", "foreign military sales", "a $2 billion package". */
const SALE =
  '(?:(?:arms|weapons?|military|defen[cs]e)\\s+(?:sales?|packages?|deals?)|foreign\\s+military\\s+sales?|(?:possible\\s+|proposed\\s+|potential\\s+)?sales?\\s+of\\s+(?:[\\w$.,-]+\\s+){0,6}?(?:missiles|launchers|jets|fighters|tanks|howitzers|drones|weapons|arms|systems|munitions|torpedoes)(?=\\s+to\\b))';

/**
 * Weapons one government sells another, told by the seller's approval or its notice to its
 * legislature: "The State Department approved a $1 billion arms sale to Taiwan on Friday", "On
 * Monday the department notified Congress of a possible weapons package for the Philippines."
 */
export const armsSale = defineKind({
  id: 'arms-sale',
  cue: /arms|weapon|military sale|defen[cs]e sale|defen[cs]e package|defen[cs]e deal|sale of|possible sale|proposed sale|potential sale|possible package|proposed package|potential package|security cooperation/i,
  themes: ['diplomacy'],
  tag: 'arms-sale',
  verbal: [
    re(
      `\\b(?:approv|clear|authori[sz]|announc|notif(?:y|i)|unveil|green-?light)\\w*\\s+(?:Congress\\s+of\\s+)?(?:(?:some\\s+|about\\s+|nearly\\s+)?\\$[\\d.,]+\\s+(?:million|billion)\\s+(?:worth\\s+)?(?:in|of)\\s+|${GAP(5)})${SALE}`,
    ),
    // "The department cleared the proposed sale on Thursday": the notice's own words for
    // a sale of arms, named so by the paragraph before.
    re(
      '\\b(?:approved|approves|cleared|clears|signed\\s+off\\s+on)\\s+the\\s+(?:possible|proposed|potential)\\s+(?:sale|package)\\b',
    ),
    // "The Defense Security Cooperation Agency notified Congress late on Thursday": the Pentagon's sales
    // agency tells the legislature of nothing but a sale of arms.
    re(
      '\\b(?=notif|told|tell|inform)(?<=\\bDefen[cs]e\\s+Security\\s+Cooperation\\s+Agency(?:\\s+\\(DSCA\\))?,?\\s+(?:[^.;]{0,40}?\\s)?)(?:notified|notifies|told|tells|informed|informs)\\s+(?:the\\s+)?(?:U\\.?S\\.?\\s+)?Congress\\b',
    ),
    // "a $2 billion package of missiles was approved on Tuesday"
    re(
      `\\b${SALE}\\s+${GAP(6)}(?:was|were|had\\s+been|has\\s+been)\\s+(?:approved|cleared|notified)\\b`,
    ),
  ],
  // "the arms sales to Taiwan", named by what they are: dated, they tell the sale told elsewhere.
  nominal: [re('\\b(?:arms|weapons)\\s+(?:sales?|packages?)\\b')],
  title: ({ subject, tags, planned, actors }) => {
    // The seller approves; a sentence led by the side that protests still tells the seller's act,
    // and the Pentagon telling Congress tells the government's ("US approves"), not its own.
    const us = actors[0] !== undefined && SIDE_OF.get(actors[0]) === 'us';
    const seller = us || subject === 'China' || subject === 'Taiwan' ? 'US' : subject;
    const buyer = tags.has('taiwan') ? ' to Taiwan' : '';
    return {
      title: `${seller} ${planned ? 'to approve' : 'approves'} arms sale${buyer}`,
      slugParts: [seller, 'arms-sale', buyer ? 'taiwan' : ''],
    };
  },
  examples: {
    detects: [
      'The State Department approved a $1 billion arms sale to Taiwan on Friday.',
      'On Monday the department notified Congress of a possible weapons package for the Philippines.',
      'Washington cleared the possible sale of 40 anti-ship missiles to Taipei in March.',
      'On May 2 the administration announced some $2.1 billion in arms sales to Taiwan.',
      'Officials said the department cleared the proposed package on Thursday.',
      'On Thursday the Defense Security Cooperation Agency informed Congress of the decision.',
    ],
    ignores: [
      'Sales of military surplus boots rose at the county fair.',
      'The museum approved a sale of paintings to a collector.',
      'The agency told Congress that the budget would run out.',
    ],
  },
});
