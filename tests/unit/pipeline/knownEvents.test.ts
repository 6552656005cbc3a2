import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { curationSchema } from '../../../src/pipeline/curationSchema.ts';
import { knownEventsFileSchema } from '../../../src/pipeline/knownEventSchema.ts';
import {
  aliasMatchLength,
  compileKnownEvents,
  kindsMatch,
  type CompiledKnownEvent,
} from '../../../src/pipeline/matchKnownEvents.ts';

const raw: unknown = JSON.parse(
  readFileSync(join(__dirname, '../../../seeds/known-events.json'), 'utf8'),
);
const events = knownEventsFileSchema.parse(raw).events;
const compiled = compileKnownEvents(events);

/**
 * Sentences of our own, one or more for each entry, written the way a reporter names the event
 * without dating it. Every alias must match one of its entry's sentences, and for every
 * sentence the entry itself must be the registry's best match.
 */
const NAMED_BY: Record<string, string[]> = {
  'trump-visit-beijing': [
    'Trump is expected to travel to Beijing in the spring.',
    "Trump's planned Beijing visit is meant to steady ties.",
  ],
  'xi-visit-washington': ['Xi could pay a visit to Washington later in the year.'],
  'trump-xi-call': [
    'The two presidents spoke by phone on Feb. 4.',
    'On February 4 the leaders held a long call.',
  ],
  'trump-xi-trade-call': [
    'Trump said the conversation on June 5 lasted 90 minutes.',
    'On June 5 the two leaders spoke for an hour and a half.',
  ],
  'trump-xi-meeting-busan': [
    'Their meeting in Busan produced a one-year truce.',
    'The Busan summit lasted about 100 minutes.',
  ],
  'us-china-busan-truce': [
    'The truce reached in Busan held through the winter.',
    'Since the Busan deal, soybean cargoes have resumed.',
  ],
  'us-china-geneva-talks': [
    'Negotiators held two days of talks in Geneva.',
    'The Geneva negotiations were the first face-to-face round.',
  ],
  'us-china-geneva-agreement': [
    'The Geneva agreement lowered tariffs for 90 days.',
    'Under the truce reached in Geneva, tariffs fell sharply.',
  ],
  'us-reciprocal-tariffs': [
    'The reciprocal tariffs set a separate rate for each partner.',
    'The Liberation Day tariffs hit almost every trading partner.',
  ],
  'china-rare-earth-export-controls': [
    "China's rare earth export curbs hit carmakers.",
    'Beijing answered with restrictions on rare earth supplies.',
  ],
  'us-huawei-ai-chip-warning': [
    "Commerce warned firms about Huawei's AI chips.",
    'Huawei drew a fresh warning from Washington.',
    'Using Ascend chips anywhere could breach US rules.',
  ],
  'us-critical-technology-sales-limits': [
    'Washington moved to limit sales of critical technology to China.',
    'Makers of chip-design software were told to stop selling to Chinese clients.',
  ],
  'us-chinese-student-visa-revocations': [
    'Rubio said the US would revoke visas of Chinese students in sensitive fields.',
    'Some Chinese students had their visas revoked.',
  ],
  'trump-xi-buenos-aires-dinner': [
    'Over dinner in Buenos Aires, the two leaders agreed to hold off on new tariffs.',
    'Buenos Aires was where the 90-day truce began.',
  ],
  'trump-xi-osaka-meeting': [
    'Trump and Xi met on the sidelines of the G20 in Osaka.',
    'Osaka talks put the trade negotiations back on track.',
  ],
  'biden-xi-bali-meeting': [
    'Their three-hour meeting in Bali was the first in person since 2021.',
    'The Bali summit set up new talks between cabinet officials.',
  ],
  'biden-xi-woodside-summit': [
    'The summit at the Filoli estate lasted about four hours.',
    'Woodside was chosen for the meeting because it was easy to secure.',
  ],
  'us-china-anchorage-talks': [
    'The talks in Anchorage opened with a sharp public exchange.',
    'Alaska hosted the first high-level talks of the Biden era.',
  ],
  'pelosi-taiwan-visit': [
    'Pelosi landed in Taipei late in the evening.',
    "Pelosi's trip to Taipei angered Beijing.",
  ],
  'china-drills-after-pelosi-visit': [
    'China staged large-scale drills around the island days after Pelosi left.',
    'Pelosi had barely left when the live-fire exercises began.',
  ],
  'chinese-balloon-shot-down': [
    'The spy balloon drifted across the continental United States for days.',
    'A fighter jet shot down the balloon over the Atlantic.',
    'The balloon was shot down off the coast.',
  ],
  'blinken-beijing-visit-2023': [
    'Blinken will travel to Beijing on Sunday.',
    "Blinken's Beijing trip was the first by a secretary of state in five years.",
  ],
  'xi-meets-blinken-2023': [
    'Blinken met Xi at the Great Hall of the People.',
    'Xi received Blinken for about half an hour.',
  ],
  'yellen-beijing-visit-2023': [
    'Yellen arrived on a visit to Beijing aimed at steadying economic ties.',
    "Yellen's China trip focused on communication.",
  ],
  'zte-denial-order': [
    'The Commerce Department banned US firms from selling components to ZTE.',
    'ZTE was barred from buying American parts.',
  ],
  'huawei-entity-list': [
    'Huawei was placed on the Entity List, cutting it off from American suppliers.',
    'The blacklisting of Huawei hit its smartphone business.',
  ],
  'ict-supply-chain-executive-order': [
    'Executive Order 13873 let Commerce block telecom gear from foreign adversaries.',
    'The order on securing the information and communications technology supply chain followed.',
  ],
  'smic-entity-list': [
    "SMIC, China's largest chipmaker, joined the Entity List.",
    'The Entity List now includes Semiconductor Manufacturing International Corp.',
  ],
  'us-chip-export-controls-2022': [
    'The October 2022 export controls cut China off from advanced AI chips.',
    'Firms had to follow the rules issued in October 2022.',
  ],
  'us-chip-export-controls-2023': [
    'The October 2023 rules closed loopholes in the earlier controls.',
    'Nvidia redesigned its chips again after the restrictions of October 2023.',
  ],
  'section-301-investigation': [
    'The Section 301 investigation found that Chinese practices were unreasonable.',
    "An investigation under Section 301 examined China's technology transfer rules.",
  ],
  'section-301-tariffs-34bn': ['The first tariffs, on $34 billion of imports, took effect.'],
  'china-retaliatory-tariffs-34bn': ['China hit back with duties on $34 billion of US products.'],
  'section-301-tariffs-16bn': ['Tariffs on a further $16 billion of goods followed.'],
  'section-301-tariffs-200bn': [
    'The 10% tariffs on $200 billion of goods covered furniture and handbags.',
    'The tariffs on $200 billion of goods began at 10% before a planned rise.',
    'List 3 covered thousands of consumer products.',
  ],
  'us-tariff-hike-200bn-2019': [
    'The 25% tariffs on $200 billion of goods began to bite in the summer.',
    'Tariffs on $200 billion of goods went up to 25 percent.',
    'Duties were lifted from 10% to 25% on most goods.',
  ],
  'section-301-list-4a': ['Tariffs on List 4A goods such as clothing took effect.'],
  'us-tariff-cut-to-7-5': ['The deal halved the tariff on about $110 billion of goods to 7.5%.'],
  'china-currency-manipulator': ['Treasury labelled China a currency manipulator.'],
  'phase-one-deal-signed': [
    'The Phase One deal committed China to big purchases.',
    'The Economic and Trade Agreement ran to eight chapters.',
  ],
  'us-ev-tariffs-2024': [
    'The new tariffs on Chinese electric vehicles quadrupled the old rate.',
    'Chinese EVs now face a steep tariff wall.',
  ],
  'gallium-germanium-export-controls': [
    'Exporters of gallium and germanium now need a licence from the commerce ministry.',
    'The controls on gallium worried chipmakers.',
  ],
  'china-gallium-germanium-ban-us': [
    'Beijing banned shipments of gallium and germanium to the United States.',
    'The ban on exports of antimony to the US escalated the dispute.',
  ],
  'us-fentanyl-tariffs-2025': [
    'A 10% tariff tied to fentanyl was the first move against China.',
    'The fentanyl duty of 10 percent applied to all Chinese goods.',
  ],
  'us-fentanyl-tariff-doubled': [
    'Trump raised the fentanyl-related tariff on Chinese goods to 20%.',
    'Trump doubled the fentanyl tariff to 20%.',
  ],
  'china-retaliatory-tariffs-34-percent': ['China answered with a 34% tariff on all US goods.'],
  'us-tariffs-104-percent': ['The stacked US duties on Chinese goods came to 104% that morning.'],
  'us-tariffs-145-percent': [
    'The combined US levy on Chinese goods reached 145%.',
    'Washington raised the levy on Chinese imports to 125%.',
  ],
  'china-tariffs-84-percent': ['Beijing lifted its own rate to 84%.'],
  'china-tariffs-125-percent': [
    'China raised its tariffs on US goods to 125%.',
    'China said its 125% rate on US imports would be its last increase.',
  ],
  'us-china-london-talks': [
    'Talks in London ran for two days.',
    'The London negotiations focused on export licences.',
  ],
  'us-china-london-framework': [
    'The framework agreed in London still needed the leaders’ approval.',
    'London produced a framework to carry out the earlier consensus.',
  ],
  'us-china-stockholm-talks': [
    'The negotiations in Stockholm aimed to extend the truce.',
    'Sweden hosted a third round between the two sides.',
  ],
  'us-china-madrid-talks': [
    'The talks in Madrid were dominated by TikTok.',
    'Madrid hosted the fourth round between the negotiators.',
  ],
  'us-china-tiktok-framework': [
    'Bessent announced a framework for the TikTok sale.',
    'The TikTok deal still needs approval from both leaders.',
    'The framework reached in Madrid covers ownership of the app.',
    'Negotiators in Madrid reached a deal in principle.',
  ],
  'china-rare-earth-controls-oct-2025': [
    'China sharply expanded its rare earth export controls.',
    'The rare earth rules now reach foreign products with as little as 0.1% Chinese content.',
    'Announcement No. 61 set out the new licence rules.',
  ],
  'trump-100-percent-tariff-threat': [
    'Trump threatened a 100% tariff on Chinese goods.',
    'He warned of extra Chinese tariffs of 100% if Beijing did not back down.',
  ],
  'us-china-kuala-lumpur-talks': [
    'The talks in Kuala Lumpur cleared the way for the leaders to meet.',
    'Kuala Lumpur hosted the fifth round between the two teams.',
  ],
  'trump-xi-mar-a-lago-summit': [
    'The summit at Mar-a-Lago was their first meeting.',
    'Mar-a-Lago talks were overshadowed by a US strike on Syria.',
  ],
  'trump-xi-hamburg-meeting': [
    'The two leaders met again in Hamburg on the sidelines of the G20.',
    'Hamburg talks focused on North Korea.',
  ],
  'trump-state-visit-china-2017': [
    'Beijing laid on a state visit plus for its guest.',
    'Xi gave Trump a private tour of the Forbidden City.',
    'At the Forbidden City, Trump watched a Peking opera performance.',
  ],
  'section-301-memorandum': [
    'The memorandum invoked Section 301 against Beijing.',
    'Under Section 301, the memorandum told trade officials to draw up a tariff list.',
    "The memorandum targeting China's economic aggression named intellectual property theft.",
  ],
  'china-tariffs-128-us-products': ['Beijing put duties on 128 US products, from pork to fruit.'],
  'trump-100bn-tariff-review': [
    'Trump asked his trade office to look at $100 billion of additional tariffs.',
    'He floated new tariffs worth $100 billion.',
  ],
  'zte-settlement-2018': [
    'ZTE accepted a new deal with a $1 billion fine and a new board.',
    'The new settlement let ZTE resume buying American components.',
  ],
  'zte-denial-order-lifted': [
    'Commerce lifted the ban on sales to ZTE after the fine was paid.',
    'The ZTE denial order was terminated in July.',
    'Commerce lifted the ZTE ban in July.',
  ],
  'china-retaliatory-tariffs-60bn': [
    'Beijing answered with 5 to 10 percent duties on $60 billion of American goods.',
    'The $60 billion list carried rates of 5% or 10%.',
  ],
  'trump-announces-list-4-tariffs': [
    'Trump said a 10% tariff would hit the remaining $300 billion of imports.',
    'The $300 billion tranche would be taxed at 10 percent.',
  ],
  'phase-one-deal-announced': [
    'The phase one deal was still only an outline in late October.',
    'The White House announced a phase one deal that had yet to be written down.',
  ],
  'phase-one-deal-reached': ['Negotiators reached a Phase One deal after months of talks.'],
  'us-list-4b-suspended': [
    'The List 4B tariffs on phones and laptops were called off.',
    'Tariffs on $160 billion of goods were dropped.',
  ],
  'tiktok-wechat-executive-orders': [
    'The executive orders on WeChat and its parent Tencent took effect after 45 days.',
    'WeChat was named in one of the two executive orders.',
    'The bans on TikTok and WeChat were challenged in court.',
  ],
  'biden-xi-virtual-summit': ['Their virtual summit lasted more than three hours.'],
  'biden-xi-call-july-2022': ['Their 137-minute call covered Taiwan.'],
  'blinken-postpones-beijing-trip': [
    'Blinken postponed his trip as the balloon drifted east.',
    "Officials called off Blinken's Beijing trip at the last minute.",
  ],
  'biden-xi-lima-meeting': [
    'Their meeting in Lima was billed as the last of his term.',
    'Lima talks covered North Korea and trade.',
  ],
  'us-chip-export-controls-2024': [
    'The rules also covered high-bandwidth memory for AI chips.',
    'Commerce added 140 entities, most of them Chinese.',
    'The December 2024 controls targeted chipmaking tools.',
  ],
  'china-graphite-export-controls': [
    'Graphite exporters now need permits from the ministry.',
    'The new controls on graphite worried battery makers.',
  ],
  'china-antimony-export-controls': [
    'Antimony shipments now need an export licence.',
    'The curbs on antimony squeezed ammunition makers.',
  ],
  'china-counter-tariffs-feb-2025': [
    'China set a 15% tariff on US coal and liquefied natural gas.',
    'The duties on coal and LNG came with levies on crude oil and farm machinery.',
  ],
  'china-google-antitrust-probe': [
    'Regulators opened an antitrust probe into Google.',
    'Google faced an anti-monopoly inquiry in China.',
  ],
  'china-halts-dialogue-after-pelosi': [
    'Beijing suspended climate talks with Washington.',
    'The climate dialogue was suspended along with military contacts.',
  ],
  'china-sanctions-pelosi': [
    'Beijing imposed sanctions on Pelosi and her relatives.',
    'Pelosi herself was sanctioned by Beijing.',
  ],
  'trump-xi-call-sept-2025': [
    'The leaders spoke by phone on Sept. 19 to settle the app deal.',
    'On September 19 the two presidents held a call.',
  ],
  'trump-xi-call-nov-2025': [
    'The two leaders spoke by phone on Nov. 24.',
    'On November 24 Xi and Trump held a call on Taiwan.',
  ],
  'china-nvidia-antitrust-probe': ['Regulators opened an antitrust investigation into Nvidia.'],
  'china-nvidia-antitrust-finding': [
    'Nvidia was found to have violated anti-monopoly rules.',
    'A preliminary finding against Nvidia hit its shares.',
  ],
  'us-fentanyl-tariff-halved': [
    'Trump cut the fentanyl tariff on Chinese goods in half.',
    'The fentanyl duty was halved after the summit.',
  ],
  'us-china-truce-extended-aug-2025': [
    'Trump extended the tariff truce with China by another 90 days.',
    'The truce was extended for 90 more days.',
  ],
  'huawei-direct-product-rule': [
    'The foreign direct product rule was widened to cover chips made for Huawei.',
    'Huawei lost access to TSMC under the expanded foreign-produced direct product rule.',
  ],
  'blinken-china-visit-2024': [
    'Blinken began the trip in Shanghai with a basketball game.',
    "Blinken's second visit came ten months after the first.",
  ],
  'raimondo-china-visit-2023': [
    'Raimondo arrived on a four-day visit to China.',
    "Raimondo's China trip was the first by a commerce secretary in years.",
  ],
  'outbound-investment-order-2023': [
    'The outbound investment order covers chips, quantum and AI.',
    'The rules on outbound investment take effect next year.',
  ],
  'trump-xi-call-jan-2025': [
    'The two men spoke by phone on Jan. 17, days before the inauguration.',
    'On January 17 Xi held a call with the president-elect.',
  ],
  'us-port-fees-chinese-ships': [
    'The port fees on Chinese-built vessels are charged per voyage.',
    'Chinese-owned ships face port fees of $50 a net ton.',
  ],
  'china-special-port-fees': [
    'Beijing answered with special port fees of its own.',
    'The port fees on US-linked vessels start at 400 yuan a ton.',
  ],
  'china-farm-tariffs-mar-2025': [
    'Beijing set a 15% tariff on US chicken and wheat.',
    'Chicken, wheat and corn drew a 15 percent levy.',
    'Beijing announced tariffs of up to 15% on American farm goods.',
  ],
  'nvidia-h20-license-requirement': [
    'The H20 now needs a licence for every sale to China.',
    'The new restrictions on the H20 cost Nvidia billions.',
  ],
  'entity-list-affiliates-rule': [
    'The affiliates rule caught thousands of subsidiaries.',
    'Under the 50% rule, subsidiaries of listed firms are covered too.',
  ],
  'tiktok-divest-or-ban-law': [
    'The Protecting Americans from Foreign Adversary Controlled Applications Act gave ByteDance nine months.',
    'The divest-or-ban law was upheld by the Supreme Court.',
  ],
  'sullivan-wang-vienna-talks': [
    'The talks in Vienna lasted two days.',
    'Vienna meetings reopened the channel between the two advisers.',
  ],
  'sullivan-wang-malta-talks': [
    'Their talks in Malta ran for twelve hours.',
    'Malta hosted a weekend of meetings between the two.',
  ],
  'sullivan-wang-bangkok-talks': [
    'The talks in Bangkok covered the Red Sea.',
    'Bangkok meetings set the stage for a call between the leaders.',
  ],
  'ai-diffusion-rule': ['The AI diffusion rule sorted countries into three tiers.'],
  'china-micron-ban': [
    'Beijing banned Micron chips from critical infrastructure.',
    'Micron failed a security review and lost key customers.',
  ],
  'biden-xi-call-april-2024': [
    'The two leaders spoke by phone on April 2.',
    'On April 2 Biden and Xi held a call lasting nearly two hours.',
  ],
  'china-analog-chip-anti-dumping-probe': [
    'The anti-dumping case covers analog interface chips.',
    'Analog chipmakers face an anti-dumping review in China.',
  ],
  'china-critical-minerals-controls-feb-2025': [
    'Tungsten and indium exports now need a licence.',
    'The new controls on tungsten hit defence suppliers.',
  ],
  'china-unreliable-entity-pvh': [
    'PVH, the owner of Calvin Klein, landed on the unreliable entity list.',
    'The unreliable entity list now includes PVH.',
  ],
  'us-entity-list-23-chinese-sept-2025': [
    'Commerce blacklisted 23 Chinese entities days before the talks.',
  ],
  'trump-xi-call-feb-2017': [
    'The two presidents spoke by phone on Feb. 9 for the first time.',
    'On February 9 Trump held a long call with Xi.',
  ],
  'china-tariff-hike-60bn-2019': [
    'Beijing said it would raise tariffs on $60 billion of American goods.',
    'The $60 billion list will carry rates of up to 25%.',
  ],
  'china-unreliable-entity-list-created': [
    'Beijing said it would set up an unreliable entity list of its own.',
    'The unreliable entity list system targets foreign firms that cut off supplies.',
    'Two arms makers went onto the unreliable entity list, a blacklist Beijing created in 2019.',
  ],
  'china-tariffs-75bn-2019': ['Beijing answered with levies on $75 billion of American products.'],
  'trump-tariff-hike-aug-2019': [
    'Trump said the 25% duty on $250 billion of goods would go up to 30%.',
    'A 30% rate on $250 billion of imports was due in October.',
  ],
  'hikvision-entity-list': [
    'Hikvision was put on the Entity List along with police bureaus in Xinjiang.',
    'The blacklisting of Dahua and iFlytek came on the eve of trade talks.',
    'Commerce named 28 Chinese organisations over the treatment of Uyghurs.',
  ],
  'china-currency-manipulator-label-dropped': [
    'Treasury dropped its designation of China as a currency manipulator.',
    'China is no longer labelled a currency manipulator.',
  ],
  'trump-xi-call-march-2020': [
    'The leaders spoke by phone on March 27 about the pandemic.',
    'On March 26 Trump said he would call Xi later that night.',
  ],
  'hong-kong-autonomy-act': [
    'The Hong Kong Autonomy Act allows sanctions on banks.',
    "The order ended Hong Kong's special trade status.",
  ],
  'us-orders-houston-consulate-closed': [
    'Washington ordered the Houston consulate shut within 72 hours.',
    'Staff at the consulate in Houston were seen burning papers.',
  ],
  'china-orders-chengdu-consulate-closed': [
    'Beijing retaliated by shutting the American consulate in Chengdu.',
    'The Chengdu consulate lowered its flag for the last time.',
  ],
  'biden-xi-call-feb-2021': [
    'Biden and Xi spoke by phone on Feb. 10 for two hours.',
    'On February 11, Beijing time, Xi took the call from Biden.',
  ],
  'biden-xi-call-sept-2021': [
    'The two leaders spoke by phone on Sept. 9 for about 90 minutes.',
    'On September 10, Beijing time, Xi took a call from Biden.',
  ],
  'beijing-olympics-diplomatic-boycott': [
    'The diplomatic boycott of the Beijing Olympics left athletes free to compete.',
    'Several allies joined the Olympic diplomatic boycott.',
  ],
  'uyghur-forced-labor-prevention-act': [
    'The Uyghur Forced Labor Prevention Act presumes that Xinjiang goods are tainted.',
    'Importers must now prove their cotton clears UFLPA.',
  ],
  'biden-xi-call-march-2022': [
    'The two leaders spoke by video link on March 18 about Ukraine.',
    'On March 18 Biden warned Xi in a call against helping Moscow.',
  ],
  'chips-and-science-act': [
    'The CHIPS and Science Act set aside $52 billion for chipmakers.',
    'Grants under the CHIPS Act came with limits on expanding in China.',
  ],
  'ymtc-entity-list': [
    'YMTC was added to the Entity List in December.',
    'The blacklist now includes Yangtze Memory Technologies.',
  ],
  'wang-yi-washington-visit-2023': [
    'Wang Yi began a three-day visit to Washington.',
    "Wang's Washington trip prepared the ground for a summit.",
  ],
  'yellen-china-visit-2024': [
    'Yellen opened her trip in Guangzhou with talks on overcapacity.',
    'In Guangzhou, Yellen met the provincial governor.',
    'Yellen used her second visit as Treasury secretary to raise overcapacity.',
  ],
  'xi-meets-blinken-2024': [
    'Xi received Blinken at the end of his second visit.',
    'Blinken met Xi on the last day of his second trip in less than a year.',
  ],
  'austin-dong-shangri-la-meeting': [
    'Austin and Dong Jun met for more than an hour in Singapore.',
    'Dong told Austin that Taiwan was a red line.',
  ],
  'sullivan-china-visit-2024': [
    'Sullivan began a three-day visit to Beijing on Tuesday.',
    "Sullivan's China trip was the first by a national security adviser since 2016.",
  ],
  'trump-tariff-threat-nov-2024': [
    'Trump threatened an additional 10% tariff on Chinese goods over fentanyl.',
    'The president-elect said he would add a 10% tariff on Chinese imports.',
  ],
  'rubio-wang-kuala-lumpur-meeting': [
    'Rubio and Wang Yi held talks in Kuala Lumpur for about an hour.',
    'At ASEAN, Rubio met Wang for the first time in person.',
    'Wang Yi told Rubio in Malaysia that tariffs hurt the region.',
  ],
  'hegseth-dong-kuala-lumpur-meeting': [
    'Hegseth met Dong Jun on the sidelines of the defence ministers’ gathering.',
    'Dong warned Hegseth over Taiwan.',
  ],
  'china-suspends-24-percent-tariff': [
    'China suspended its extra 24% tariff on American goods for one year.',
    'The 24% levy will be paused for another year.',
    'Beijing announced a one-year suspension of the 24% rate.',
  ],
  'china-pledges-rare-earth-suspension-oct-2025': [
    'Beijing said it would suspend its new rare earth export rules for a year.',
    'The rare earth curbs announced this month will be suspended, the ministry said.',
  ],
  'china-suspends-rare-earth-controls-nov-2025': [
    'China suspended the rare earth export controls it had unveiled in October.',
    'The rare earth rules announced in the autumn are now on hold.',
    'Announcement No. 70 paused six earlier notices.',
  ],
  'china-suspends-gallium-ban-us': [
    'Beijing suspended its ban on gallium and germanium exports to the US.',
  ],
  'us-suspends-affiliates-rule': [
    'Commerce suspended the affiliates rule for twelve months.',
    'The 50% rule was suspended as part of the truce.',
  ],
  'us-suspends-port-fees': [
    'Washington suspended its port fees on Chinese-built ships for a year.',
  ],
  'fcc-huawei-zte-equipment-ban': [
    'The FCC banned approvals of new gear from Huawei and ZTE.',
    'The Federal Communications Commission barred sales of new ZTE equipment.',
  ],
  'nvidia-h20-sales-resume': [
    'Nvidia said it would resume H20 shipments to Chinese buyers.',
    'The H20 was cleared for sale again after talks with the White House.',
  ],
  'nvidia-h200-exports-allowed': [
    'Trump said he would allow the H200 to be sold in China.',
    'The H200 may go only to approved customers, with a 25% cut for Washington.',
  ],
  'china-suspends-special-port-fees': [
    'Beijing suspended its special port fees on American vessels.',
    'The special port fees were suspended at 1 p.m. on Monday.',
  ],
  'china-initiative-launched': [
    'Prosecutors brought the case under the China Initiative.',
    'The China Initiative was meant to speed up trade-secret cases.',
  ],
  'china-initiative-ended': [
    'The department said it was ending the China Initiative after a review.',
    'The China Initiative was scrapped amid complaints of bias.',
  ],
  'us-sanctions-xinjiang-officials-jul-2020': [
    'Washington sanctioned Chen Quanguo, the region’s top official.',
    'Chen Quanguo was the most senior official ever put under US sanctions.',
  ],
  'china-sanctions-rubio-cruz-jul-2020': [
    'Beijing sanctioned Rubio and Cruz in return.',
    'Senators Cruz and Rubio shrugged off the sanctions.',
  ],
  'us-sanctions-carrie-lam': [
    'The Treasury sanctioned Carrie Lam over the security law.',
    'Carrie Lam said the sanctions meant nothing to her.',
  ],
  'china-sanctions-11-americans-aug-2020': [
    'Beijing answered with sanctions on 11 Americans.',
    'The 11 US politicians and activists named in the sanctions include two senators.',
  ],
  'us-sanctions-npcsc-vice-chairs': [
    'All 14 vice-chairs of the legislature’s top body were named.',
    "The sanctions hit the vice-chairs of the National People's Congress standing committee.",
    'Vice-chairs of the NPC were sanctioned for the second time that year.',
  ],
  'meng-wanzhou-arrest': [
    'The arrest of Meng Wanzhou soured ties for three years.',
    'Meng Wanzhou was detained while changing planes.',
  ],
  'uss-chung-hoon-encounter': [
    'The Chung-Hoon had to slow down to avoid a collision.',
    'Officers on the USS Chung-Hoon filmed the Chinese ship.',
  ],
  'us-ends-de-minimis-for-china': [
    'The de minimis exemption had let cheap parcels in duty free.',
    'Sellers lost de minimis treatment overnight.',
  ],
  'nvidia-amd-china-revenue-share': [
    'The chipmakers agreed to hand over 15% of their revenue from China.',
    'The revenue-sharing deal covered the H20 chip.',
  ],
  'china-expels-us-journalists-2020': [
    'Beijing said it would expel American journalists from three newspapers.',
    'The US reporters were told to hand back their press cards.',
  ],
};

/**
 * A rival that matches a sentence as well as the entry itself makes the mention ambiguous, unless
 * both are stages of one occasion (the phase one deal announced, written, signed): the matcher
 * tells those apart by the article's day.
 */
function beats(theirs: number, own: number, o: CompiledKnownEvent, k: CompiledKnownEvent): boolean {
  const stages = o.event.occasion !== undefined && o.event.occasion === k.event.occasion;
  return stages ? theirs > own : theirs >= own;
}

describe('the known-events registry', () => {
  it('holds a broad, valid set of entries with unique ids', () => {
    expect(events.length).toBeGreaterThanOrEqual(130);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('cites a dated public source for every entry', () => {
    for (const e of events) expect(e.source, e.id).toMatch(/\b(?:19|20)\d\d\b/);
  });

  it('has sentences of our own for every entry, and every alias matches one of them', () => {
    for (const k of compiled) {
      const sentences = NAMED_BY[k.event.id];
      expect(sentences, k.event.id).toBeDefined();
      for (const alias of k.aliases) {
        expect(
          (sentences ?? []).some((s) => alias.test(s)),
          `${k.event.id}: ${alias.source}`,
        ).toBe(true);
      }
    }
  });

  it('picks the entry itself, not another one, for each of its sentences', () => {
    for (const k of compiled) {
      for (const sentence of NAMED_BY[k.event.id] ?? []) {
        const own = aliasMatchLength(sentence, k);
        expect(own, `${k.event.id}: "${sentence}"`).toBeGreaterThan(0);
        const rivals = compiled.filter(
          (o) =>
            o !== k &&
            kindsMatch(o.event.kind, k.event.kind) &&
            o.event.date.start !== k.event.date.start &&
            beats(aliasMatchLength(sentence, o), own, o, k),
        );
        expect(
          rivals.map((o) => o.event.id),
          `${k.event.id}: "${sentence}"`,
        ).toEqual([]);
      }
    }
  });

  // A tie is allowed: the matcher then leaves an undated mention undated ("Trump's state visit
  // to China" could be 2017 or 2026) rather than pick one.
  it('lets no alias beat an entry on its own title', () => {
    for (const k of compiled) {
      for (const o of compiled) {
        if (o === k || !kindsMatch(o.event.kind, k.event.kind)) continue;
        if (o.event.date.start === k.event.date.start) continue;
        const theirs = aliasMatchLength(o.event.title, o);
        const mine = aliasMatchLength(o.event.title, k);
        if (mine > 0)
          expect(theirs, `${k.event.id} fires on "${o.event.title}"`).toBeGreaterThanOrEqual(mine);
      }
    }
  });
});

describe('registry dates in the pipeline', () => {
  const article = [
    'China widens its grip on critical minerals',
    '',
    'BEIJING, Nov. 3 (Example Wire) - China on Oct. 9 sharply expanded its rare earth export controls, reaching products made abroad.',
    'The new measures went further than the rare earth export restrictions that Beijing imposed in the spring.',
    'Officials in Washington said the Phase One deal had never been fully honoured.',
    'Trade officials recalled that the Section 301 tariffs on $34 billion of goods were imposed on July 6, 2018.',
  ].join('\n');
  const { file } = buildEventsFile(
    [
      {
        file: 'own_rare_earths.txt',
        text: article,
        meta: { title: 'China widens its grip on critical minerals', published: '2025-11-03' },
      },
    ],
    { knownEvents: events, curation: curationSchema.parse({}) },
  );
  const about = (words: string) =>
    file.events.filter((e) => e.mentions.some((m) => m.quote.includes(words)));

  it('keeps the October date the text gives, not the April registry date', () => {
    const dated = about('sharply expanded its rare earth export controls');
    expect(dated.length).toBeGreaterThan(0);
    for (const e of dated) expect(e.date.start).toMatch(/^2025-10/);
  });

  it('gives a named event without a date its registry date and a note', () => {
    const deal = about('the Phase One deal');
    expect(deal.map((e) => e.date.start)).toContain('2020-01-15');
    const withNote = deal.find((e) => e.date.start === '2020-01-15');
    expect(withNote?.notes?.join(' ')).toMatch(/known-events registry/);
  });

  it('never moves an explicitly dated event onto another entry’s date', () => {
    for (const e of about('$34 billion')) expect(e.date.start).toBe('2018-07-06');
  });
});

describe('registry entries of the kinds newer kinds were split from', () => {
  // Laws have their own kind now; the registry still files the Autonomy Act under policy.
  const { file } = buildEventsFile(
    [
      {
        file: 'own_autonomy_act.txt',
        text: [
          'Hong Kong braces for a second round of measures',
          '',
          'Aides said the president had signed the Hong Kong Autonomy Act, and officials in the city were studying what it would mean for banks.',
        ].join('\n'),
        meta: { title: 'Hong Kong braces for a second round of measures', published: '2020-07-20' },
      },
    ],
    { knownEvents: events, curation: curationSchema.parse({}) },
  );

  it('dates a signed law told without a day from its policy entry', () => {
    const law = file.events.filter((e) => e.mentions.some((m) => m.quote.includes('Autonomy Act')));
    expect(law.map((e) => e.date.start)).toEqual(['2020-07-14']);
  });
});

describe('two acts of one sentence, each naming its own entry', () => {
  const { file } = buildEventsFile(
    [
      {
        file: 'own_consulates.txt',
        text: [
          'Student visas revoked',
          '',
          'In July, Washington told China to close its Houston consulate, and Beijing responded by shutting the US consulate in Chengdu.',
        ].join('\n'),
        meta: { title: 'Student visas revoked', published: '2020-09-10' },
      },
    ],
    { knownEvents: events, curation: curationSchema.parse({}) },
  );

  it('links each closure to the entry its own clause names', () => {
    expect(file.events.map((e) => e.title).sort()).toEqual([
      'China orders the US to close its consulate in Chengdu',
      'US orders China to close its consulate in Houston',
    ]);
  });
});
