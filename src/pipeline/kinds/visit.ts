import { defineKind } from './kindDefinition.ts';
import { re } from './patternParts.ts';
import { PERSON_NAME, shortName } from '../shortName.ts';
import { visitParties } from './visitParties.ts';
import { SIDE_OF } from '../gazetteer.ts';

/** "China Foreign Ministry" is written like a name but is nobody's trip. */
const BODY =
  /\b(?:Ministry|Department|Council|Commission|Administration|Office|House|Party|Congress)\b/;

/** A trip abroad: "Wang Yi will visit Washington next month." */
export const visit = defineKind({
  id: 'visit',
  cue: /visit|travel|trip|fl[yie]|arriv|head|tour|landed|landing|lands|touch|expected\s+in|step|sen[dt]|spen[dt]|come|came|coming|was\s+in|were\s+in|reception|welcome|inaugurat|swearing-in/i,
  themes: ['diplomacy'],
  tag: 'visit',
  verbal: [
    // "Its officials are barred from travelling to Canada": a ban on a trip is no trip. "The
    // crate is checked when it arrives in August": a month after the verb is when, not where.
    // "the airlines kept flying to Los Angeles": airlines' routes are no one's trip, nor
    // is a cargo's ("American pork heads to China"). "sat down with the visiting US trade
    // envoy": "visiting" before a title says who the guest is; the meeting is the news.
    re(
      "\\b(?=vis|tra|fl|arr|lan|tou|hea)(?<!\\b(?:barred|banned|prohibited|forbidden|blocked)\\s+from\\s+)(?<!\\b(?:if|unless|whether)\\s+(?:[\\w’'-]+\\s+){1,3})(?<!\\b(?:carriers|airlines|aircraft|planes|jets|flights|beef|pork|soybeans|grain|corn|wheat|cargo|shipments?|exports?|imports?|goods|chips|oil|gas|LNG)\\s+(?:[\\w’'-]+\\s+){0,3})(?:visit|visits|visited|visiting|travel(?:s|led|ed|ling|ing)?\\s+to|(?:fly|flew|flies|flying)\\s+to|arriv(?:e|ed|es|ing)\\s+in|land(?:s|ed|ing)\\s+in|touch(?:es|ed|ing)?\\s+down\\s+in|head(?:s|ed|ing)?\\s+to|tour(?:s|ed|ing)?)\\s+(?:the\\s+)?(?=[A-Z])(?!Federal\\s+Register\\b)(?!(?<=visiting\\s+)(?:[A-Z][\\w.]*\\s+){0,3}?(?:Secretary|Minister|President|Premier|Senator|Speaker|Chancellor|Governor)\\b)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)",
    ),
    // "The envoy stepped off an air force jet at Andrews on Monday": an arrival told by the
    // traveller leaving the plane, at a named place a few words on.
    re(
      "\\bstep(?:ped|s|ping)?\\s+(?:off|down\\s+from|out\\s+of)\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:plane|jet|aircraft|airliner|flight)\\b(?=(?:\\s+[\\w’'-]+){0,6}?\\s+(?:at|in)\\s+[A-Z])",
    ),
    // "invited the premier to come to Ottawa in the autumn": a trip told by the guest's coming
    // to a named place ("came to an agreement" names none).
    re(
      '\\b(?:come|comes|came|coming)\\s+to\\s+(?:the\\s+(?=U\\.?S\\b|United\\b))?(?=[A-Z])(?!(?:Congress|Parliament|Court|Power|Terms|Light)\\b)',
    ),
    // "The minister is expected to arrive on Thursday": the arrival awaited, where the sentence
    // before said.
    re('\\b(?:is|are)\\s+(?:now\\s+|also\\s+)?(?:expected|due|scheduled|set)\\s+to\\s+arrive\\b'),
    // "The president will send his trade envoy to Beijing": a trip ordered by the one who sends.
    re(
      "\\b(?:send|sends|sending|sent)\\s+(?:(?:[A-Z][\\w.'’-]*|of|and)\\s+){1,10}to\\s+(?=[A-Z])(?!(?:Congress|Parliament|Court)\\b)",
    ),
    // "The envoy spent two days in Seoul with her counterpart": a stay abroad told by its length.
    re(
      '\\b(?:spend|spends|spending|spent)\\s+(?:(?:the|a|an|two|three|four|five|six|several|few|\\d+|days?|weeks?|nights?|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|and)\\s+){1,5}in\\s+(?:(?=[A-Z])|the\\s+(?:Chinese\\s+|US\\s+|American\\s+)?capital\\b)',
    ),
    // "The vice president would attend Monday's inauguration as the leader's envoy", "invited
    // Xi to his swearing-in": a guest at the other side's inauguration travels there.
    re(
      "\\b(?:attend|attends|attended|attending)\\s+(?:[A-Z][a-z]+day['’]s\\s+|the\\s+|his\\s+|her\\s+)?(?:presidential\\s+)?(?:inauguration|swearing-in)\\b|\\binvited\\s+(?:President\\s+)?[A-Z][\\w.-]+(?:\\s+[A-Z][\\w.-]+)?\\s+to\\s+(?:his|her|the)\\s+(?:inauguration|swearing-in)\\b",
    ),
    // "On Monday the secretary got a frosty reception in Beijing": a visit told by its welcome.
    re(
      '\\b(?:got|gets|received|receives|was\\s+given|were\\s+given)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}?(?:reception|welcome)\\s+in\\s+(?=[A-Z])',
    ),
    // "Yellen, who was in Beijing in early July": a stay told by where and when someone was.
    re(
      '\\b(?:was|were)\\s+(?:also\\s+|already\\s+)?in\\s+(?=[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+(?:in|on|last|earlier|this|from|for)\\b)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Congress|Parliament|Court|Power|Office|Charge|Talks)\\b)',
    ),
    // "The vice premier is expected in Washington next week": a trip told by the arrival awaited.
    re(
      '\\b(?:is|are|was|were)\\s+(?:now\\s+|also\\s+)?expected\\s+in\\s+(?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)',
    ),
  ],
  nominal: [
    re(
      "\\bon\\s+an?\\s+(?:state\\s+)?(?:visit|trip)\\b(?!\\s+to\\b)|\\bfor\\s+an?\\s+state\\s+visit\\b(?!\\s+to\\b)|\\b(?:state\\s+visit|visit|trip)\\s+to\\s+(?:the\\s+(?=(?:United|Philippines|Netherlands|Vatican)\\b))?(?=[A-Z])|\\b(?:[A-Z][a-z]+|US|U\\.S\\.)\\s+(?:visit|trip)\\b|\\b(?:the|this|that|his|her|their|planned|upcoming|[A-Z][a-z]+[’']s)\\s+(?:\\w+\\s+)?(?:visit|trip)\\b",
    ),
  ],
  themesFromContext: true,
  contains: ['meeting', 'talks'],
  containsAcrossClauses: true,
  title: ({ subject, place, planned, primary, actors, detections, trigger }) => {
    const read = visitParties([primary, ...detections.filter((d) => d !== primary)]);
    const person = (a: string) =>
      PERSON_NAME.test(a) && !BODY.test(a) && !(read.host && a.split(' ').includes(read.host));
    // The name the text puts before the trip, in its canonical form when the gazetteer knows it.
    const known =
      read.visitor && actors.find((a) => person(a) && a.split(' ').includes(read.visitor ?? ''));
    const visitor =
      known || (read.visitor ? undefined : (primary.actors.find(person) ?? actors.find(person)));
    // "accepted Xi's invitation to travel to Beijing": with only the host named, the title
    // says whose invitation it was rather than guess who goes.
    const to = place ?? read.destination;
    if (!visitor && !read.visitor && read.host && to) {
      return {
        title: `${planned ? 'Planned visit' : 'Visit'} to ${to} at ${read.host}'s invitation`,
        slugParts: [read.host, 'invitation', 'visit', to],
      };
    }
    const who = visitor ? shortName(visitor) : (read.visitor ?? subject);
    // "would attend Monday's inauguration": the other side's swearing-in is in its capital.
    const side = SIDE_OF.get(visitor ?? '') ?? SIDE_OF.get(primary.actors[0] ?? '');
    const sworn = /inaugurat|swearing-in/i.test(trigger) && side !== undefined;
    const where =
      place ??
      read.destination ??
      (sworn
        ? side === 'china'
          ? 'Washington'
          : 'Beijing'
        : who === 'US' || who === 'Trump'
          ? 'China'
          : 'abroad');
    // "Taiwan's leader touched down in Honolulu": the island's leader, not the island.
    const traveller = who === 'Taiwan' ? "Taiwan's leader" : who;
    return {
      title: planned ? `${traveller} to visit ${where}` : `${traveller} visits ${where}`,
      slugParts: [who, 'visit', where],
    };
  },
  examples: {
    detects: [
      'Wang Yi will visit Washington next month.',
      'The minister flew to Beijing on Sunday.',
      'On Monday the secretary got a frosty reception in Beijing.',
      "The vice president will attend Monday's inauguration as the leader's special envoy.",
      'The treasury chief, who was in Beijing in early July, met the premier.',
      // An arrival by air told by the landing: the trip, dated by the day it began.
      'The speaker and her delegation landed in Taipei late on Tuesday.',
      'The secretary’s plane touched down in Beijing on Sunday night.',
      'The envoy stepped off a military jet at Andrews Air Force Base on Monday.',
      'The vice premier is expected in Washington next week for a new round.',
      'The minister is expected to arrive on Thursday.',
      'The president said he would send Commerce Secretary Jane Doe to Beijing for talks.',
      'The envoy spent Monday and Tuesday in Seoul with her counterpart.',
      'In June the chancellor came to Washington on a state visit.',
      // A country named with its article: "to the Netherlands", "to the United States".
      'The premier will make a state visit to the Netherlands later this year.',
      // "to the United States": a country whose name takes "the".
      'The premier will make a state visit to the United States later this year.',
      // A guest's coming to a named place, on an invitation.
      'The president invited the premier to come to Ottawa in the autumn.',
      'She invited the chancellor to Rome for a state visit next spring.',
    ],
    ignores: [
      'Visitors to the trade fair doubled this year.',
      'The premier sat down with the visiting US trade envoy, Jane Doe.',
      'American beef heads to China for the first time in years.',
      'Two of the missiles landed in the sea off the coast.',
      'The minister stepped off the plane and spoke to reporters.',
      'A ruling is expected in March at the earliest.',
      'The ministry sent a protest note to the embassy.',
      'Farmers spent two years in court over the dispute.',
      'The officials and their families are barred from travelling to Canada.',
      'Two Chinese airlines have kept flying to Los Angeles through the spring.',
      // A condition is no trip: "told them to apply again if they wished to travel to the US".
      'The letters told them to apply again if they wished to travel to Canada.',
      'Today the rule landed in the Federal Register.',
      'The two sides came to an agreement on fishing rights.',
      'The bill came to Congress in March.',
    ],
  },
});
