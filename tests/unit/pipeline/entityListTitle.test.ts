import { describe, expect, it } from 'vitest';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string, published = '2025-03-07') => titlesOf(text, published);

describe('an entity listing names who listed whom', () => {
  it('names firms the gazetteer does not know by their legal form', () => {
    expect(
      titles(
        'On Friday, Beijing placed Harrow Optics Inc. and drone maker Keelwater Corp. on its unreliable entity list.',
      ),
    ).toEqual(['China adds Harrow Optics and Keelwater to unreliable entity list']);
  });

  it('reads a passive listing as the other side listing the firm', () => {
    expect(
      titles('The telecoms maker ZTE was placed on the entity list in March 2016.', '2019-05-16'),
    ).toEqual(['US adds ZTE to entity list']);
  });

  it('titles a removal as a removal', () => {
    expect(
      titles('Washington removed Harrow Optics Inc. from the Entity List on Tuesday.'),
    ).toEqual(['US removes Harrow Optics from entity list']);
  });
});
