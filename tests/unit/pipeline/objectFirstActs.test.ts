import { describe, expect, it } from 'vitest';
import { eventsOfArticles, joined, seed } from './eventsOfArticles.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

// Acts told object first, in a relative clause with no "that": the noun is what was acted on,
// the clause after it says who acted and when.
describe('an act told object first', () => {
  it('reads "the law <name> signed in <month>" as the signing of that law', () => {
    const [law] = eventsOfArticle(
      "Ohio's new fabs owe their grants to the law Biden signed in August 2022 for chip makers.",
      '2024-03-02',
    );
    expect(law).toMatchObject({
      kind: 'legislation',
      title: 'Biden signs chips bill into law',
      date: { start: '2022-08' },
    });
  });

  it('joins it to the day-precise signing told by another article', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2022-08-10',
        'On Tuesday Biden signed the CHIPS and Science Act, with factory workers behind him on the lawn.',
      ),
      seed(
        'b.txt',
        '2024-03-02',
        "Ohio's new fabs owe their grants to the law Biden signed in August 2022 for chip makers.",
      ),
    ]);
    expect(joined(events)).toEqual([['a', 'b']]);
  });

  it('reads "the export rule <body> unveiled last Monday" as the body imposing export controls', () => {
    const [rule] = eventsOfArticle(
      'Brokers say the export rule the Commerce Department unveiled last Monday has slowed orders for AI chips.',
      '2025-03-12',
    );
    expect(rule).toMatchObject({ kind: 'export-controls', date: { start: '2025-03-10' } });
    expect(rule?.actors).toContain('US Department of Commerce');
  });

  it('reads a framework released with a clause capping chip sales as an export control', () => {
    const [rule] = eventsOfArticle(
      'On March 10 the administration released a framework of its own, capping the number of AI processors each Gulf buyer may import.',
      '2025-03-20',
    );
    expect(rule).toMatchObject({ kind: 'export-controls', date: { start: '2025-03-10' } });
  });

  it('joins the rule told object first to the same rule told with its day', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2025-03-12',
        'Brokers say the export rule the Commerce Department unveiled last Monday has slowed orders for AI chips.',
      ),
      seed(
        'b.txt',
        '2025-03-20',
        'On March 10 Washington released a framework of its own, capping the number of AI processors each Gulf buyer may import.',
      ),
    ]);
    expect(joined(events)).toEqual([['a', 'b']]);
  });

  it('keeps a bill someone merely backed, and a sports league capping players, out', () => {
    expect(
      eventsOfArticle(
        'The bill the senator from Ohio backed died in committee in May.',
        '2024-06-01',
      ),
    ).toEqual([]);
    expect(
      eventsOfArticle(
        'The league published new rules in May, limiting how many foreign players a club may field against China.',
        '2024-06-01',
      ).map((e) => e.kind),
    ).not.toContain('export-controls');
  });

  it('reads "the Act, which <title> <name> signed in <month>" as that signing', () => {
    const [law] = eventsOfArticle(
      'Chinese issuers face audits under the Audit Act, which former US president Donald Trump signed in December 2020.',
      '2022-09-01',
    );
    expect(law).toMatchObject({
      kind: 'legislation',
      date: { start: '2020-12' },
      status: 'occurred',
    });
  });

  it('reads "The law, signed by <name> in <month>, takes effect …" as the signing, done', () => {
    const [law] = eventsOfArticle(
      'The law, signed by Biden in April 2024, takes effect on Jan. 19 unless the court intervenes.',
      '2025-01-10',
    );
    expect(law).toMatchObject({
      kind: 'legislation',
      title: 'Biden signs bill into law',
      date: { start: '2024-04' },
      status: 'occurred',
    });
  });

  it('reads "An executive order signed in <month> barred …" as the order, issued then', () => {
    const events = eventsOfArticle(
      "An executive order signed in November 2020 barred American investors from buying shares of firms tied to China's army.",
      '2022-09-01',
    );
    expect(events.map((e) => [e.kind, e.date.start])).toContainEqual(['policy', '2020-11']);
  });
});

describe('an act told as another one', () => {
  it('stays apart from the act of its kind and month told before it', () => {
    const events = eventsOfArticle(
      "On August 6 the President issued two orders aimed at the app's owner, a Chinese firm. He also issued a separate order in August on the app itself, requiring its sale by a US buyer.",
      '2020-09-20',
    );
    expect(events.filter((e) => e.kind === 'policy')).toHaveLength(2);
  });
});
