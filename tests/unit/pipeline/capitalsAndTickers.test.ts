import { describe, expect, it } from 'vitest';
import { readCapitals } from '../../../src/pipeline/readCapitals.ts';
import { segmentText } from '../../../src/pipeline/segmentText.ts';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

const read = (text: string) => readCapitals(segmentText(text));

describe('a line set in capitals', () => {
  it('is read in sentence case, names in their own spelling, with the same offsets', () => {
    const line =
      'US NAVY SAYS CHINESE WARSHIP CUT ACROSS BOW OF US DESTROYER NEAR TAIPEI ON SATURDAY';
    const [segment] = read(`${line}, FORCING IT TO SLOW.`);
    expect(segment?.text).toBe(
      'US Navy says Chinese warship cut across bow of US destroyer near Taipei on Saturday, forcing it to slow.',
    );
    expect(segment?.printed).toBe(`${line}, FORCING IT TO SLOW.`);
    expect(segment?.text).toHaveLength(segment?.printed?.length ?? 0);
  });

  it('names a title’s holder everywhere in the article once a title has named him', () => {
    const segments = read(
      'CHINA DEFENCE MINISTER DONG REJECTED A MEETING WITH US ENVOYS ON FRIDAY.\nLATER DONG TOLD A FORUM IN BEIJING THAT TALKS MUST WAIT.',
    );
    expect(segments.map((s) => s.text)).toEqual([
      'China Defence Minister Dong rejected a meeting with US envoys on Friday.',
      'Later Dong told a forum in Beijing that talks must wait.',
    ]);
  });

  it('keeps codes, and a month that is also a word only beside a day', () => {
    const [segment] = read(
      'A J-16 FIGHTER SHADOWED A US RC-135 ON MAY 26 AS OFFICIALS SAID IT MAY HAPPEN AGAIN.',
    );
    expect(segment?.text).toBe(
      'A J-16 fighter shadowed a US RC-135 on May 26 as officials said it may happen again.',
    );
  });

  it('leaves a sentence in ordinary case as it is', () => {
    const [segment] = read(
      'The US Navy said a Chinese warship cut across the bow of a US destroyer.',
    );
    expect(segment?.printed).toBeUndefined();
    expect(segment?.text).toBe(
      'The US Navy said a Chinese warship cut across the bow of a US destroyer.',
    );
  });
});

describe('a news scroll', () => {
  it('parts the items of a line at its slashes and keeps "SEC." with its name', () => {
    const segments = segmentText(
      'News scroll\n\n06:44  RECAP: US DEFENSE SEC. HALE TOLD FORUM SATURDAY TALKS MUST RESUME /// SAID A HANDSHAKE IS NO SUBSTITUTE\n',
    );
    expect(segments.filter((s) => s.kind === 'body').map((s) => s.text)).toEqual([
      '06:44  RECAP: US DEFENSE SEC. HALE TOLD FORUM SATURDAY TALKS MUST RESUME',
      'SAID A HANDSHAKE IS NO SUBSTITUTE',
    ]);
  });

  it('reads a short timed item as news, not as a heading', () => {
    const segments = segmentText(
      'News scroll\n\n09:12  CHINESE FIGHTER JET INTERCEPTED US SURVEILLANCE PLANE ON MAY 26\n\n09:20  WEATHER\n',
    );
    expect(segments.map((s) => s.kind)).toEqual(['heading', 'body', 'heading']);
  });

  it('gives the events of its items, quoting them as printed', () => {
    const text =
      'News scroll\n\n09:10  BREAKING /// TRADE TALKS IN GENEVA TO RESUME NEXT WEEK\n\n09:12  EARLIER: CHINESE FIGHTER JET INTERCEPTED US SURVEILLANCE PLANE ON MAY 26\n';
    const events = eventsOfArticles([seed('scroll.txt', '2023-06-04', text)]);
    const encounter = events.find((e) => e.kind === 'military');
    expect(encounter?.date.start).toBe('2023-05-26');
    const mention = encounter?.mentions[0];
    expect(mention?.quote).toBe(
      '09:12  EARLIER: CHINESE FIGHTER JET INTERCEPTED US SURVEILLANCE PLANE ON MAY 26',
    );
    expect(text.slice(mention?.start, mention?.end)).toBe(mention?.quote);
  });
});
