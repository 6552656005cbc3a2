import type { SeedInput } from '../src/pipeline/pipelineTypes.ts';
import { mulberry32 } from '../tests/fixtures/mulberry32.ts';
import { monthName } from '../src/data/monthName.ts';

/**
 * A deterministic synthetic corpus of US–China news articles for the pipeline benchmark: headlines,
 * datelines in several house styles, section headings, attributions, past and planned events with
 * day, month, relative and vague dates, and page furniture. Same count → identical articles.
 * The articles are plausible rather than true; only the pipeline's cost is measured on them.
 */
export function makeArticles(count: number): SeedInput[] {
  // A fixed seed makes every smaller corpus a prefix of a larger one.
  const rand = mulberry32(20_260_204);
  const articles: SeedInput[] = [];
  for (let i = 0; i < count; i++) {
    const published = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 365 * 7) * 86_400_000);
    const article = makeArticle(rand, published, i);
    const file = `bench_${String(i).padStart(5, '0')}.txt`;
    // A third of the articles carry a sidecar, as a scraper would leave; the rest rely on datelines.
    if (i % 3 === 0) {
      articles.push({
        file,
        text: article,
        meta: { title: firstLine(article), outlet: pick(rand, OUTLETS), published: iso(published) },
      });
    } else {
      articles.push({ file, text: article });
    }
  }
  return articles;
}

function makeArticle(rand: () => number, published: Date, index: number): string {
  const lines: string[] = [];
  const topic = pick(rand, TOPICS);
  lines.push(fill(rand, pick(rand, HEADLINES[topic]), published));
  lines.push(dateline(rand, published));
  const paragraphs = 10 + Math.floor(rand() * 9);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % 4 === 0) lines.push(pick(rand, SECTION_HEADINGS));
    if (p === 5 && rand() < 0.3) lines.push(pick(rand, FURNITURE));
    const sentences = 1 + Math.floor(rand() * 3);
    const paragraph: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const pool = rand() < 0.65 ? SENTENCES[topic] : SENTENCES[pick(rand, TOPICS)];
      const sentence = fill(rand, rand() < 0.8 ? pick(rand, pool) : pick(rand, FILLER), published);
      paragraph.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    }
    lines.push(paragraph.join(' '));
  }
  if (rand() < 0.4)
    lines.push(`(With inputs from ${pick(rand, ['ANI', 'Reuters', 'AFP', 'PTI'])})`);
  if (index % 17 === 0) lines.push('Follow us on social media for the latest updates.');
  return lines.join(index % 5 === 0 ? '\r\n' : '\n') + '\n';
}

function dateline(rand: () => number, d: Date): string {
  const style = Math.floor(rand() * 5);
  const day = d.getUTCDate();
  const month = MONTHS[d.getUTCMonth()] ?? 'January';
  const year = d.getUTCFullYear();
  const short = month.slice(0, 3);
  if (style === 0) return `${pad(day)} ${short} ${year} - Vol 0${1 + (day % 5)} | Issue ${day * 3}`;
  if (style === 1) return `Published: ${day} ${month} ${year}`;
  if (style === 2) return `${pick(rand, CITIES).toUpperCase()}, ${day} ${month} ${year} —`;
  if (style === 3)
    return `${short} ${day}, ${year} | ${pick(rand, ['Asia Desk', 'World', 'Business'])}`;
  return `Updated ${month} ${day}, ${year}, ${1 + (day % 12)}:${pad(day % 60)} p.m. ET`;
}

/** Replaces {slots} in a template; dates are stated relative to the article's publication day. */
function fill(rand: () => number, template: string, published: Date): string {
  return template.replace(/\{(\w+)\}/g, (whole, slot: string) => {
    switch (slot) {
      case 'us':
        return pick(rand, US_ACTORS);
      case 'cn':
        return pick(rand, CN_ACTORS);
      case 'outlet':
        return pick(rand, OUTLETS);
      case 'city':
        return pick(rand, CITIES);
      case 'pct':
        return String(10 + 5 * Math.floor(rand() * 25));
      case 'n':
        return String(2 + Math.floor(rand() * 90));
      case 'goods':
        return pick(rand, GOODS);
      case 'past':
        return pastDate(rand, published);
      case 'future':
        return futureDate(rand, published);
      case 'weekday':
        return pick(rand, WEEKDAYS);
      case 'month':
        return MONTHS[Math.floor(rand() * 12)] ?? 'April';
      default:
        return whole;
    }
  });
}

function pastDate(rand: () => number, published: Date): string {
  const d = new Date(published.getTime() - (1 + Math.floor(rand() * 400)) * 86_400_000);
  const month = MONTHS[d.getUTCMonth()] ?? 'January';
  const forms = [
    `on ${month} ${d.getUTCDate()}`,
    `in ${month}`,
    `on ${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
    'last week',
    `on ${pick(rand, WEEKDAYS)}`,
    `in ${month} ${d.getUTCFullYear()}`,
    'earlier this year',
    `in early ${month}`,
  ];
  return pick(rand, forms);
}

function futureDate(rand: () => number, published: Date): string {
  const d = new Date(published.getTime() + (3 + Math.floor(rand() * 300)) * 86_400_000);
  const month = MONTHS[d.getUTCMonth()] ?? 'January';
  const forms = [
    `in ${month}`,
    `on ${month} ${d.getUTCDate()}`,
    'next month',
    'later this year',
    `${month} next year`,
    'the following week',
    `by the end of ${month}`,
  ];
  return pick(rand, forms);
}

const TOPICS = ['trade', 'technology', 'diplomacy'] as const;
type Topic = (typeof TOPICS)[number];

const HEADLINES: Record<Topic, readonly string[]> = {
  trade: [
    'US raises tariffs on Chinese {goods} to {pct}%',
    'China retaliates with duties on American {goods}',
    'Trade talks in {city} end without a deal',
    'Beijing and Washington agree to extend tariff truce',
  ],
  technology: [
    'Washington tightens export controls on advanced chips',
    'China restricts exports of rare earth minerals',
    'US warns firms against using Huawei AI chips',
    'Commerce Department adds Chinese firms to Entity List',
  ],
  diplomacy: [
    'Trump and Xi hold phone call ahead of planned visit',
    'Xi to visit Washington later this year',
    'Top diplomats meet in {city} to steady ties',
    'US to revoke visas of some Chinese students',
  ],
};

const SENTENCES: Record<Topic, readonly string[]> = {
  trade: [
    '{us} announced {past} that tariffs on Chinese {goods} would rise to {pct}%.',
    'China imposed retaliatory duties of {pct}% on American {goods} {past}, the Commerce Ministry said.',
    'Negotiators from both sides held talks in {city} {past} and agreed to pause further increases for 90 days.',
    '{us} said the administration will impose new tariffs on {goods} {future} if no agreement is reached.',
    'According to {outlet}, {cn} told {us} that Beijing would buy more American {goods}.',
    'The two sides are expected to resume trade negotiations in {city} {future}.',
    'Washington suspended the planned increase {past} after the talks in {city}.',
    'Chinese purchases of US {goods} fell {pct}% in the first quarter, customs data showed.',
  ],
  technology: [
    'The Commerce Department tightened export controls on advanced AI chips {past}.',
    'China imposed restrictions on exports of rare earth minerals {past} in response to US tariffs.',
    '{us} warned companies against using AI chips produced by Huawei, {outlet} reported.',
    'Washington limited sales of critical technologies to China {past}, citing national security.',
    'Beijing said it will review the export licence regime for gallium and germanium {future}.',
    'The US added {n} Chinese companies to the Entity List {past}.',
    'A rule that would have taken effect on {month} 15 was withdrawn after industry objections.',
    'Chinese regulators opened an investigation into a US chipmaker {past}, Xinhua said.',
  ],
  diplomacy: [
    '{us} held a {n}-minute phone call with {cn} {past}, focusing on trade and technology.',
    '{us} is expected to travel to Beijing {future} to meet {cn}.',
    '{cn} will visit Washington {future}, according to people familiar with the plan.',
    'The two leaders met in {city} {past} on the sidelines of a regional summit.',
    '{cn} urged Washington to remove what Beijing views as negative measures against China.',
    'The State Department announced plans to revoke visas of Chinese students in sensitive fields {past}.',
    'Writing on Truth Social, {us} described the conversation as very positive.',
    '{cn} met {us} in {city} {past} and both sides agreed to keep channels open.',
  ],
};

const FILLER = [
  'Analysts said the relationship remains fragile despite renewed engagement.',
  'Markets in Asia rose modestly on the news.',
  'Neither side released a full readout of the discussions.',
  'The embassy did not respond to a request for comment.',
  'Officials described the mood as "constructive but cautious."',
  'The announcement comes amid strategic rivalry between the world’s two largest economies.',
];

const SECTION_HEADINGS = [
  'Recent Talks and Focus on Trade',
  'Technology Restrictions',
  'What Comes Next',
  'Reaction in Beijing',
];

const FURNITURE = [
  'The performance state at its peak',
  'Subscribe to our newsletter',
  'ADVERTISEMENT',
  'Read more: Markets today',
];

const US_ACTORS = [
  'President Donald Trump',
  'Trump',
  'Secretary of State Marco Rubio',
  'Treasury Secretary Scott Bessent',
  'Commerce Secretary Howard Lutnick',
  'the White House',
  'Washington',
];

const CN_ACTORS = [
  'President Xi Jinping',
  'Xi',
  'Foreign Minister Wang Yi',
  'Vice Premier He Lifeng',
  'the Chinese Foreign Ministry',
  'Beijing',
];

const OUTLETS = ['Politico', 'Xinhua', 'CNN', 'Reuters', 'the Financial Times', 'NBC News'];
const CITIES = ['Geneva', 'London', 'Stockholm', 'Madrid', 'Busan', 'Kuala Lumpur', 'Beijing'];
const GOODS = ['steel', 'soybeans', 'electric vehicles', 'semiconductors', 'solar panels', 'pork'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1));

function firstLine(text: string): string {
  return text.slice(0, text.search(/\r?\n/));
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
