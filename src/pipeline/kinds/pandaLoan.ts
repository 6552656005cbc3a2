import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';

/** The animals as a sentence names them: "giant pandas", "their cub". */
const PANDAS = '(?:pandas?|cubs?)';
/**
 * Up to n characters of one sentence, commas and names included ("Lin, Hua and their cub Bo,"),
 * with no other animal word inside: the trigger starts at the nearest one, so "without pandas
 * since May, when their cub was flown back" is the cub's flight, not a negated "without".
 */
const SPAN = (n: number): string => `(?:(?!\\b(?:pandas?|cubs?|bears)\\b)[^.;:!?]){0,${n}}?`;

/** Pandas arriving on loan: "Two giant pandas from China arrived at the city zoo on Monday." */
const ARRIVE =
  '(?:arrived|arrives|arrive|landed|lands|land|touched\\s+down|(?:will|are\\s+due\\s+to|are\\s+set\\s+to)\\s+(?:arrive|land))\\s+(?:at|in|from)\\b';
/** Pandas going home: "flew home to China", "were flown back to China", "returned to China". */
const LEAVE =
  '(?:flew\\s+(?:back|home)|(?:were|was|been|are|is|will\\s+be)\\s+(?:flown|sent|shipped)\\s+(?:back|home)|(?:returned|return|returns|went\\s+back|go\\s+back|will\\s+return)\\s+(?:home\\s+)?to\\s+China)\\b';
/** The first day the public sees them: "made their public debut", "will go on view". */
const DEBUT =
  '(?:(?:made|make|makes|will\\s+make)\\s+(?:their|its|his|her)\\s+(?:public\\s+debut|first\\s+public\\s+appearance|debut)|(?:went|go|goes|will\\s+go|are\\s+due\\s+to\\s+go)\\s+on\\s+(?:public\\s+)?(?:view|display|show))\\b';

/** What the step of a loan is, from its trigger. */
function stepOfLoan(trigger: string): 'arrive' | 'leave' | 'debut' | 'pledge' {
  if (new RegExp(LEAVE, 'i').test(trigger)) return 'leave';
  if (new RegExp(DEBUT, 'i').test(trigger)) return 'debut';
  if (/\b(?:ready|willing|pledg|promis|vow|offer|agree)\w*\s+to\b/i.test(trigger)) return 'pledge';
  return 'arrive';
}

/**
 * Panda diplomacy: China lends giant pandas to a zoo abroad, and the steps of a loan are events
 * of the two sides' ties: "Two giant pandas from China arrived at the city zoo on Monday", "The
 * zoo's pandas and their cub were flown back to China in May", "The pair will go on public view
 * on March 3", "The president said China was ready to send more pandas to the US".
 */
export const pandaLoan = defineKind({
  id: 'panda-loan',
  cue: /panda|bears|\bcubs?\b/i,
  themes: ['diplomacy'],
  tag: 'pandas',
  verbal: [
    // "Two giant pandas from China arrived at the city zoo on Monday", "The bears arrived from
    // Chengdu in May": the bears' landing on loan.
    re(`\\b(?:giant\\s+)?${PANDAS}\\b${SPAN(60)}\\b${ARRIVE}`),
    // "The bears arrived from Chengdu in May": bears flown in from a named place are the loan's
    // pair, told again; bears that "arrived at the campsite" are not.
    re(`\\b[Tt]he\\s+bears\\s+(?:arrived|landed)\\s+from\\s+(?=[A-Z])`),
    // "In May the zoo welcomed Lin and Hua, the first pandas to come in a decade": a zoo greeting
    // its new pandas, named or not.
    re(
      `\\b(?:[Zz]oo|city|capital)\\s+(?:welcomed|welcomes|received|receives|took\\s+in)\\s+${SPAN(60)}\\b(?:giant\\s+)?pandas?\\b`,
    ),
    re(`\\b${PANDAS}\\b${SPAN(90)}\\b${LEAVE}`),
    re(`\\b(?:giant\\s+)?(?:${PANDAS}|bears)\\b${SPAN(90)}\\b${DEBUT}`),
    // "The leader said China was ready to keep working with the US on panda conservation",
    // "Beijing pledged to send a new pair of pandas": a pledge to lend more.
    re(
      `\\b(?:was|is|were|are)?\\s*(?:ready|willing|pledged|pledges|promised|promises|vowed|vows|offered|offers|agreed|agrees)\\s+to\\s+(?:[\\w’'-]+\\s+){0,8}?(?:panda\\s+(?:conservation|cooperation|research|exchanges?)|(?:giant\\s+)?pandas\\b)`,
    ),
  ],
  nominal: [re('\\bpanda\\s+(?:loan|diplomacy)\\b')],
  stepOf: stepOfLoan,
  // The lender: a loan's steps told by two papers share China, though one names the zoo and the
  // other only "the bears".
  impliedActors: ['China'],
  title: ({ subject, planned, trigger }) => {
    const step = stepOfLoan(trigger);
    if (step === 'leave') {
      return {
        title: `Giant pandas on loan ${planned ? 'to return' : 'return'} to China`,
        slugParts: ['pandas', 'return-to-china'],
      };
    }
    if (step === 'debut') {
      return {
        title: `Giant pandas on loan from China ${planned ? 'to make' : 'make'} public debut`,
        slugParts: ['pandas', 'public-debut'],
      };
    }
    if (step === 'pledge') {
      return {
        title: `${subject} ${planned ? 'to pledge' : 'pledges'} panda cooperation`,
        slugParts: [subject, 'panda-pledge'],
      };
    }
    return {
      title: `Giant pandas on loan from China ${planned ? 'to arrive' : 'arrive'}`,
      slugParts: ['pandas', 'arrive'],
    };
  },
  examples: {
    detects: [
      'Two giant pandas from China arrived at the city zoo on Monday after a long flight.',
      'The bears arrived from Chengdu in May and have been kept in quarantine.',
      'In May the zoo welcomed Lin and Hua, the first pandas to come to the country in a decade.',
      'In late May, the Capital City Zoo welcomed Lin and Hua, the first pandas there in a decade.',
      "The zoo's pandas, Lin, Hua and their cub Bo, were flown back to China in March.",
      'The pair of pandas will go on public view on March 3, the zoo said.',
      'The leader said China was ready to keep working with the US on panda conservation.',
      'The city had been without pandas since May 2021, when their cub Bo was flown back to China.',
      'The bears will spend a month in quarantine and will go on public view on March 3.',
    ],
    ignores: [
      'Bears arrived at the campsite in the night.',
      'The toy panda went on sale in May.',
      'The delegation arrived in Beijing on Monday.',
    ],
  },
});
