import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsFileSchema, type EventsFile } from '../../../src/data/eventSchema.ts';
import { runPipelineOnDir } from '../../../src/pipeline/runPipelineOnDir.ts';

const PAGES = join(__dirname, '../../fixtures/pages');

/** Sentences of page furniture in the saved pages, each written to look like an event. */
const FURNITURE = [
  'We use cookies',
  'Trump and Xi will hold a phone call on Friday',
  'Washington imposed new sanctions on Huawei suppliers',
  'Get the Asia Trade Brief',
  'China announced new tariffs on US farm goods today',
  'Beijing will retaliate within a week',
  'China banned exports of gallium',
  'Trump says he will meet Xi in Beijing in April',
  'Pacific Ledger Media. All rights reserved',
  'Script ran',
  'Skip to content',
  'Share this',
  'China halted purchases of US sorghum',
  'China promised to buy soybeans in 2020',
  'Washington imposed a 20 percent tariff on our equipment',
  'Trump and Xi agreed in a phone call to resume soybean trade',
  'China will impose export controls on rare earths from December 1',
  'Proudly powered by WordPress',
  'Beijing and Washington held talks in Kuala Lumpur over the weekend',
  'This site uses cookies',
  'Washington imposed new fees on Chinese cranes',
  'Beijing sanctioned five US shipping firms',
  'Advertisement',
  'Photo:',
  'Posted in',
  'By Dana Whitfield',
];

function parse(dir: string): EventsFile {
  const out = join(mkdtempSync(join(tmpdir(), 'pages-')), 'events.json');
  const run = runPipelineOnDir(dir, out);
  expect(run.ok, JSON.stringify(run)).toBe(true);
  return eventsFileSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
}

/** What a reader of the timeline sees of each event, whichever file the article came from. */
function visible(file: EventsFile) {
  return file.events.map((e) => ({
    id: e.id,
    title: e.title,
    date: e.date,
    status: e.status,
    themes: e.themes,
    actors: e.actors,
    quotes: e.mentions.map((m) => [m.sourceId, m.quote]),
  }));
}

describe('saved web pages in seeds/', () => {
  const text = parse(join(PAGES, 'text'));
  const html = parse(join(PAGES, 'html'));

  it('give the same events, dates and quotes as the same articles in text with sidecars', () => {
    expect(text.events.length).toBeGreaterThanOrEqual(8);
    expect(visible(html)).toEqual(visible(text));
  });

  it('give each source the title, date, outlet and address its page states', () => {
    const meta = (file: EventsFile) =>
      file.sources.map(({ id, title, published, outlet, url }) => ({
        id,
        title,
        published,
        outlet,
        url,
      }));
    expect(meta(html)).toEqual(meta(text));
    expect(html.sources.map((s) => s.file)).toEqual([
      '101_chip_export_rules.html',
      '102_soybean_cargo.htm',
      '103_port_fee_pause.html',
    ]);
  });

  it('keep the article body only: no source text or quote holds page furniture', () => {
    for (const source of html.sources) {
      const plain = readFileSync(join(PAGES, 'text', `${source.id}.txt`), 'utf8');
      expect(source.text).toBe(plain);
      for (const phrase of FURNITURE) expect(source.text).not.toContain(phrase);
    }
    for (const mention of html.events.flatMap((e) => e.mentions)) {
      const source = html.sources.find((s) => s.id === mention.sourceId);
      expect(source?.text?.slice(mention.start, mention.end)).toBe(mention.quote);
      for (const phrase of FURNITURE) expect(mention.quote).not.toContain(phrase);
    }
  });

  it('let a sidecar overrule what the page says, field by field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-sidecar-'));
    copyFileSync(
      join(PAGES, 'html', '101_chip_export_rules.html'),
      join(dir, '101_chip_export_rules.html'),
    );
    writeFileSync(
      join(dir, '101_chip_export_rules.meta.json'),
      JSON.stringify({ title: 'Editor’s title', published: '2025-10-01' }),
    );
    const [source] = parse(dir).sources;
    expect(source).toMatchObject({
      id: '101_chip_export_rules',
      title: 'Editor’s title',
      published: '2025-10-01',
      outlet: 'Pacific Ledger',
      url: 'https://news.example.org/tech/2025/09/30/chip-equipment-export-rules',
    });
  });

  it('read a Markdown article without its markup, with the same events as the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-md-'));
    for (const name of readdirSync(join(PAGES, 'markdown'))) {
      copyFileSync(join(PAGES, 'markdown', name), join(dir, name));
    }
    const md = parse(dir);
    const only102 = (file: EventsFile) =>
      visible(file).filter((e) => e.quotes.some(([id]) => id === '102_soybean_cargo'));
    const fromText = only102(text).map((e) => ({
      ...e,
      quotes: e.quotes.filter(([id]) => id === '102_soybean_cargo'),
    }));
    expect(visible(md)).toEqual(fromText);
    const [source] = md.sources;
    expect(source?.text).not.toMatch(/[*#>[\]!]|\]\(|^- /m);
    expect(source).toMatchObject({
      title: 'Soybean farmers watch Beijing after the Busan truce',
      published: '2025-11-03',
    });
  });
});
