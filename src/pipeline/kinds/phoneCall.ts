import { defineKind } from './kindDefinition.ts';
import { GAP, re } from './patternParts.ts';

/** Leaders or ministers on the phone: "Trump spoke with Xi by phone on Thursday." */
export const phoneCall = defineKind({
  id: 'phone-call',
  cue: /phone|call|spoke|speak|talk|conversation|videoconference|video\s+conference/i,
  themes: ['diplomacy'],
  tag: 'phone-call',
  verbal: [
    re(
      // "The pair had spoken only once before, by video link": a video call is a call too.
      `\\b(?:spoke|spoken|speak|speaks|talked|talk|talks)\\s+(?:[\\w'’-]+,?\\s+){0,7}?(?:by|over\\s+the|on\\s+the|over\\s+a)\\s+(?:phone|telephone|video(?:\\s+link|\\s+conference)?|videolink)\\b`,
    ),
    re(
      `\\b(?:held|hold|holds|had|have|has|made|make)\\s+(?:a|an|their)\\s+${GAP(2)}(?:phone|telephone|video)\\s+(?:call|conversation)\\b`,
    ),
    // "The two envoys had held a call in March": "a call" held is a conversation by phone; "a
    // call for calm" or "a call to action" is an appeal, and "held a call option" is a trade.
    re(
      `\\b(?:held|hold|holds|had|have|has)\\s+(?:also\\s+)?(?:a|an|their)\\s+(?:(?:first|second|third|brief|short|long|rare|new|separate|[\\d-]+-minute|hour-long)\\s+){0,2}call\\b(?!\\s+(?:for|on|from|option|options|centre|center|sign|number|to\\s+(?:action|arms))\\b)`,
    ),
    re('\\bphoned\\b'),
    // "agreed to resume phone calls between their fleet commanders", "the envoys will hold regular
    // video calls": calls restarted or held as a practice are calls too, whenever they fall.
    re(
      `\\b(?:resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|reopen(?:s|ed|ing)?)\\s+${GAP(2)}(?:phone|telephone|video)\\s+(?:calls|conversations|talks)\\b`,
    ),
    re(
      `\\b(?:hold|holds|holding|held)\\s+(?:regular\\s+|periodic\\s+|more\\s+|new\\s+)?(?:(?:phone|telephone|video)\\s+)?calls\\b(?!\\s+(?:for|on|to)\\b)`,
    ),
    re(
      '\\b(?:speak|spoke|spoken|speaks|speaking|talk|talked)\\s+(?:with|to)\\s+(?:(?:Chinese|US|U\\.S\\.|American)\\s+)?(?:(?:President|leader|Premier|Chairman)\\s+)?(?:Xi|Trump|Biden|Li\\s+Qiang)\\b',
    ),
    // "Esper spoke to China's defence minister, General Wei, on Tuesday": a minister who speaks
    // to the other side's counterpart does so by phone unless the sentence says where.
    re(
      "\\b(?:spoke|spoken|talked)\\s+(?:with|to)\\s+(?:China['’]s|the\\s+Chinese|his\\s+Chinese|her\\s+Chinese|his\\s+American|her\\s+American|the\\s+(?:US|U\\.S\\.|American))\\s+(?:[\\w-]+\\s+){0,2}?(?:minister|counterpart|president|premier|secretary)\\b(?![^.;]{0,80}?\\b(?:in|at)\\s+(?:the\\s+)?[A-Z])",
    ),
  ],
  nominal: [
    re(
      "\\b(?:phone|telephone|video)\\s+(?:call|conversation|talks)\\b|\\bcall\\s+(?:with|between)\\b|\\b(?:the|this|that|their|such|last\\s+week[’']s)\\s+(?:call|conversation|videoconference|video\\s+conference)\\b",
    ),
  ],
  themesFromContext: true,
  bilateral: true,
  title: ({ pair, parties, verb }) => {
    return {
      title: `${pair} ${verb('holds', 'hold')} phone call`,
      slugParts: [...parties.slice(0, 2), 'call'],
    };
  },
  examples: {
    detects: [
      'Trump spoke with Xi Jinping by phone on Thursday.',
      'The two ministers had spoken only once before, by video link in March.',
      'The two leaders held a 90-minute phone call.',
      // "such call": the article has just told a call; this one is an earlier one, dated apart.
      'The previous such call was held on March 3.',
      'The two envoys had also held a call in March, weeks before the visit.',
      'The ministers agreed to resume phone calls between their fleet commanders.',
      'The fleet commanders will hold calls later this year.',
    ],
    ignores: [
      'Officials said they would call a press conference soon.',
      'The bishops held a call for calm outside the court, and a call to action after it.',
      'The fund has a call option on the shares.',
      'Protesters held calls for a boycott outside the embassy.',
    ],
  },
});
