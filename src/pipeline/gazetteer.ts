/** "federal judge" and "Federal judge": a phrase as it opens a sentence too. */
function bothCases(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]);
}

/**
 * Canonical names and the ways articles write them. Outlets and platforms are listed apart:
 * they are who reported something, never who did it.
 */
export const ACTOR_ALIASES: readonly (readonly [string, readonly string[]])[] = [
  ['Donald Trump', ['Donald J. Trump', 'Donald Trump', 'President Trump', 'Trump']],
  ['Xi Jinping', ['Xi Jinping', 'President Xi', 'Xi']],
  ['Joe Biden', ['Joe Biden', 'President Biden', 'Biden']],
  ['Li Qiang', ['Li Qiang', 'Premier Li']],
  ['Wang Yi', ['Wang Yi']],
  ['He Lifeng', ['He Lifeng']],
  ['Liu He', ['Liu He', 'Vice Premier Liu']],
  ['Li Chenggang', ['Li Chenggang']],
  ['Wang Wentao', ['Wang Wentao']],
  ['Marco Rubio', ['Marco Rubio', 'Rubio']],
  ['Scott Bessent', ['Scott Bessent', 'Bessent']],
  ['Jamieson Greer', ['Jamieson Greer', 'Greer']],
  ['Howard Lutnick', ['Howard Lutnick', 'Lutnick']],
  ['Antony Blinken', ['Antony Blinken', 'Blinken']],
  ['Janet Yellen', ['Janet Yellen', 'Yellen']],
  ['Gina Raimondo', ['Gina Raimondo', 'Raimondo']],
  ['Katherine Tai', ['Katherine Tai']],
  ['JD Vance', ['JD Vance', 'J.D. Vance', 'Vance']],
  ['Pete Hegseth', ['Pete Hegseth', 'Hegseth']],
  ['Dong Jun', ['Dong Jun']],
  [
    'US Department of Commerce',
    ['Commerce Department', 'Department of Commerce', 'Bureau of Industry and Security'],
  ],
  ['US State Department', ['State Department', 'Department of State']],
  // "Treasury's sanctions office added two more names": the department by its possessive, where
  // a bare "Treasury" may be bonds or another country's ministry.
  [
    'US Treasury',
    [
      'Treasury Department',
      'US Treasury',
      'U.S. Treasury',
      'Department of the Treasury',
      "Treasury's",
    ],
  ],
  ['US Energy Department', ['Department of Energy', 'Energy Department']],
  // "The Office of the US Trade Representative opened a review": the office's own name, whose
  // head noun would otherwise be a subject no side is.
  [
    'USTR',
    [
      'Office of the United States Trade Representative',
      'Office of the US Trade Representative',
      'Office of the U.S. Trade Representative',
      'US Trade Representative',
      'U.S. Trade Representative',
      'USTR',
    ],
  ],
  // The Treasury-led panel that reviews foreign takeovers and can order a firm sold.
  ['CFIUS', ['Committee on Foreign Investment in the United States', 'CFIUS']],
  // "the commerce ministry said on Sunday": in this news a ministry by that name, with no
  // country before it, is China's (the US has departments); "Japan's foreign ministry" is
  // Japan's (findNames reads the owner before a body).
  [
    'China Ministry of Commerce',
    ['Ministry of Commerce', 'Commerce Ministry', 'commerce ministry', 'MOFCOM'],
  ],
  [
    'China Foreign Ministry',
    ['Foreign Ministry', 'foreign ministry', 'Ministry of Foreign Affairs'],
  ],
  // The State Council's body that sets China's duties: "the Tariff Commission said it will levy …".
  ['China Tariff Commission', ['Customs Tariff Commission', 'Tariff Commission']],
  [
    'State Administration for Market Regulation',
    ['State Administration for Market Regulation', 'SAMR'],
  ],
  // The internet regulator that reviews and summons foreign tech firms.
  ['Cyberspace Administration of China', ['Cyberspace Administration of China']],
  // Officials and bodies of 2017–2026 who act in the relationship's news.
  ['Mike Pompeo', ['Mike Pompeo', 'Michael Pompeo', 'Pompeo']],
  ['Rex Tillerson', ['Rex Tillerson', 'Tillerson']],
  ['Steven Mnuchin', ['Steven Mnuchin', 'Steve Mnuchin', 'Mnuchin']],
  ['Robert Lighthizer', ['Robert Lighthizer', 'Lighthizer']],
  ['Wilbur Ross', ['Wilbur Ross', 'Secretary Ross']],
  ['Mike Pence', ['Mike Pence', 'Vice President Pence', 'Pence']],
  ['Kamala Harris', ['Kamala Harris', 'Vice President Harris']],
  ['Nancy Pelosi', ['Nancy Pelosi', 'Speaker Pelosi', 'Pelosi']],
  ['Kevin McCarthy', ['Kevin McCarthy', 'Speaker McCarthy']],
  ['Lloyd Austin', ['Lloyd Austin', 'Secretary Austin', 'Defense Secretary Austin']],
  ['Jake Sullivan', ['Jake Sullivan', 'Sullivan']],
  ['John Kerry', ['John Kerry', 'Kerry']],
  ['William Burns', ['William Burns', 'Bill Burns']],
  ['Nicholas Burns', ['Nicholas Burns', 'Ambassador Burns']],
  ['Mark Esper', ['Mark Esper', 'Esper']],
  ['Jim Mattis', ['Jim Mattis', 'James Mattis', 'Mattis']],
  ['Peter Navarro', ['Peter Navarro', 'Navarro']],
  ['Larry Kudlow', ['Larry Kudlow', 'Kudlow']],
  ['Wendy Sherman', ['Wendy Sherman']],
  ['Kurt Campbell', ['Kurt Campbell']],
  ['Terry Branstad', ['Terry Branstad', 'Branstad']],
  ['David Perdue', ['David Perdue']],
  ['Mike Waltz', ['Mike Waltz', 'Michael Waltz']],
  [
    'US Congress',
    [
      'Congress',
      'House of Representatives',
      'U.S. House',
      'US House',
      'U.S. Senate',
      'US Senate',
      'Senate',
    ],
  ],
  [
    'Pentagon',
    [
      'Pentagon',
      'Defense Department',
      'Department of Defense',
      'U.S. military',
      'US military',
      'U.S. Navy',
      'US Navy',
      // "the destroyer USS John S. McCain passed through the strait": a US warship's prefix.
      'USS',
    ],
  ],
  // "Federal prosecutors charged two engineers", "a federal jury in Denver convicted him": the US
  // government's prosecutors and courts, named only by "federal" (findNames gives one in
  // another federation, "Germany's federal prosecutors", to that country).
  [
    'US Justice Department',
    [
      'Justice Department',
      'Department of Justice',
      'FBI',
      ...bothCases([
        'federal prosecutors',
        'federal agents',
        'federal investigators',
        'federal authorities',
        'federal officers',
      ]),
    ],
  ],
  [
    'US federal court',
    bothCases([
      'federal grand jury',
      'federal jury',
      'federal judge',
      'federal district judge',
      'federal district court',
      'federal court',
    ]),
  ],
  ['FCC', ['Federal Communications Commission', 'FCC']],
  // The courts, regulators and agencies whose acts are news of the relationship: "the Supreme
  // Court upheld the law on Friday", "the accounting board signed a protocol with Beijing's
  // securities regulator".
  ['US Supreme Court', ['US Supreme Court', 'U.S. Supreme Court', 'Supreme Court']],
  // "A U.S. appeals court on Tuesday upheld the order": the federal courts below the Supreme
  // Court, named as American (a bare "appeals court" may be any country's).
  [
    'US appeals court',
    [
      'U.S. Court of Appeals',
      'US Court of Appeals',
      'U.S. appeals court',
      'US appeals court',
      'federal appeals court',
      'federal appeals panel',
    ],
  ],
  ['SEC', ['Securities and Exchange Commission', 'SEC']],
  ['PCAOB', ['Public Company Accounting Oversight Board', 'PCAOB']],
  ['US Homeland Security', ['Department of Homeland Security', 'Homeland Security', 'DHS']],
  ['USDA', ['Department of Agriculture', 'Agriculture Department', 'USDA']],
  [
    'US Transportation Department',
    [
      'Department of Transportation',
      'Transportation Department',
      'Federal Aviation Administration',
    ],
  ],
  ['OFAC', ['Office of Foreign Assets Control', 'OFAC']],
  ['China Securities Regulatory Commission', ['China Securities Regulatory Commission', 'CSRC']],
  ['China State Council', ['State Council']],
  ['China Customs', ['General Administration of Customs', 'Chinese customs', "China's customs"]],
  [
    'Civil Aviation Administration of China',
    ['Civil Aviation Administration of China', 'Civil Aviation Administration', 'CAAC'],
  ],
  ['Taiwan Affairs Office', ['Taiwan Affairs Office']],
  // "The Ministry of State Security (MSS) said on Friday …": the ministries that speak in this
  // news besides commerce, foreign affairs and defence, by their names and their acronyms.
  ['China State Security Ministry', ['Ministry of State Security', 'MSS']],
  ['China Industry Ministry', ['Ministry of Industry and Information Technology', 'MIIT']],
  ['China Public Security Ministry', ['Ministry of Public Security']],
  [
    'China Development and Reform Commission',
    ['National Development and Reform Commission', 'NDRC'],
  ],
  ["People's Bank of China", ["People's Bank of China", 'PBOC']],
  ['Li Keqiang', ['Li Keqiang']],
  ['Wang Qishan', ['Wang Qishan']],
  ['Han Zheng', ['Han Zheng']],
  ['Qin Gang', ['Qin Gang']],
  ['Yang Jiechi', ['Yang Jiechi']],
  ['Wei Fenghe', ['Wei Fenghe']],
  ['Zhong Shan', ['Zhong Shan']],
  ['Cui Tiankai', ['Cui Tiankai']],
  ['Xie Feng', ['Xie Feng']],
  ['Wang Wenbin', ['Wang Wenbin']],
  ['Zhao Lijian', ['Zhao Lijian']],
  ['Hua Chunying', ['Hua Chunying']],
  ['Mao Ning', ['Mao Ning']],
  ['Lin Jian', ['Lin Jian']],
  ['Guo Jiakun', ['Guo Jiakun']],
  ['Geng Shuang', ['Geng Shuang']],
  ['Lu Kang', ['Lu Kang']],
  // The spokespeople who answer for Washington at the podium and in written statements.
  ['Ned Price', ['Ned Price']],
  ['Matthew Miller', ['Matthew Miller']],
  ['Morgan Ortagus', ['Morgan Ortagus']],
  ['Heather Nauert', ['Heather Nauert']],
  ['Tammy Bruce', ['Tammy Bruce']],
  ['Emily Horne', ['Emily Horne']],
  ['Jen Psaki', ['Jen Psaki']],
  ['Karine Jean-Pierre', ['Karine Jean-Pierre']],
  ['Karoline Leavitt', ['Karoline Leavitt']],
  ['Sarah Sanders', ['Sarah Huckabee Sanders', 'Sarah Sanders']],
  ['Kayleigh McEnany', ['Kayleigh McEnany']],
  ['Liu Jianchao', ['Liu Jianchao']],
  // Listed so the longer name wins: "the Party Congress" is not the US Congress. "The Communist
  // Party" alone is mostly a topic ("students linked to the Communist Party"), not an actor.
  [
    'Communist Party of China',
    ['Communist Party of China', 'Chinese Communist Party', 'Party Congress', 'CCP'],
  ],
  [
    'China Defense Ministry',
    [
      'Ministry of National Defense',
      'Chinese Defense Ministry',
      "People's Liberation Army",
      'PLA',
      'Eastern Theater Command',
      'Eastern Theatre Command',
      'Chinese military',
      // "a Chinese navy vessel warned it to leave": the warship's side, as the USS prefix is.
      'Chinese navy',
      'PLA Navy',
    ],
  ],
  ["National People's Congress", ["National People's Congress", 'NPC']],
  [
    'United States',
    [
      'United States',
      'U.S.',
      'US',
      'USA',
      'America',
      'Washington',
      'White House',
      'Trump administration',
      'Biden administration',
      // Readouts' word for a government: "the U.S. side had agreed", "the Chinese side stated".
      'U.S. side',
      'US side',
      'American side',
      'US authorities',
      'U.S. authorities',
      'American authorities',
      // "American officials said on Friday", "the American embassy protested": the government.
      'American officials',
      'American embassy',
      'American Embassy',
    ],
  ],
  [
    'China',
    [
      'China',
      'Beijing',
      'Chinese government',
      'Chinese side',
      // "Chinese authorities announced Monday": the government, unnamed.
      'Chinese authorities',
      'Chinese court',
      // "The Chinese embassy said late on Friday": the government's mission, or its
      // officials unnamed ("Chinese officials said").
      'Chinese embassy',
      'Chinese Embassy',
      'Chinese consulate',
      'Chinese Consulate',
      'Chinese officials',
      'Chinese diplomats',
      'Chinese regulators',
      'PRC',
      "People's Republic of China",
    ],
  ],
  ['Huawei', ['Huawei']],
  ['New York Stock Exchange', ['New York Stock Exchange', 'NYSE']],
  ['Nvidia', ['Nvidia']],
  ['TikTok', ['TikTok']],
  ['ByteDance', ['ByteDance']],
  // The chipmaker's full name is as common in wire copy as its initials.
  ['SMIC', ['SMIC', 'Semiconductor Manufacturing International']],
  ['ZTE', ['ZTE']],
  // China's state grain traders, the buyers of US soybeans.
  ['COFCO', ['COFCO', 'Cofco']],
  ['Sinograin', ['Sinograin']],
  ['Alibaba', ['Alibaba']],
  ['Tencent', ['Tencent']],
  ['WeChat', ['WeChat']],
  ['Xiaomi', ['Xiaomi']],
  ['DJI', ['DJI']],
  ['Hikvision', ['Hikvision']],
  ['BYD', ['BYD']],
  ['CATL', ['CATL']],
  ['YMTC', ['YMTC']],
  ['DeepSeek', ['DeepSeek']],
  ['Micron', ['Micron']],
  ['Apple', ['Apple']],
  ['Intel', ['Intel']],
  ['Qualcomm', ['Qualcomm']],
  ['Boeing', ['Boeing']],
  // "Taiwanese President Jane Doe landed in Honolulu": the island's leader, by the adjective.
  ['Taiwan', ['Taiwan', 'Taipei', 'Taiwanese President', 'Taiwanese leader']],
  ['European Union', ['European Union', 'EU']],
  ['Japan', ['Japan', 'Tokyo']],
  ['South Korea', ['South Korea', 'Seoul']],
  ['Russia', ['Russia', 'Moscow', 'Kremlin']],
];

export const OUTLETS: readonly string[] = [
  'Politico',
  'Xinhua',
  'CNN',
  'NBC News',
  'NBC',
  'CBS News',
  'ABC News',
  'Reuters',
  'Bloomberg',
  'Associated Press',
  'AP',
  'Truth Social',
  'New York Times',
  'Wall Street Journal',
  'Financial Times',
  'Global Times',
  'CCTV',
  'China Daily',
  "People's Daily",
  'South China Morning Post',
  'BBC',
  'Nikkei',
  'ANI',
  'Fox News',
  'CNBC',
  'Washington Post',
  'Axios',
  'Weibo',
  'Guardian',
  'Al Jazeera',
  'Caixin',
  'Yonhap',
];

/**
 * Places written by what they are rather than their name: "arrived in the Chinese capital from
 * Seoul" went to Beijing. (Not "the US capital": a headline's "land in Washington as diplomacy
 * returns to US capital" would read as two places.)
 */
export const PLACE_ALIASES: readonly (readonly [string, string])[] = [
  ['Chinese capital', 'Beijing'],
];

/** Places where events happen, with the country a city belongs to. */
export const PLACES: readonly (readonly [string, string])[] = [
  ['Beijing', 'China'],
  ['Shanghai', 'China'],
  ['Hangzhou', 'China'],
  ['Shenzhen', 'China'],
  ['Hong Kong', 'China'],
  ['Washington', 'United States'],
  ['White House', 'United States'],
  ['Mar-a-Lago', 'United States'],
  ['New York', 'United States'],
  ['San Francisco', 'United States'],
  ['Woodside', 'United States'],
  ['Anchorage', 'United States'],
  ['Geneva', 'Switzerland'],
  ['Zurich', 'Switzerland'],
  ['Davos', 'Switzerland'],
  ['Busan', 'South Korea'],
  ['Gyeongju', 'South Korea'],
  ['Seoul', 'South Korea'],
  ['London', 'United Kingdom'],
  ['Stockholm', 'Sweden'],
  ['Madrid', 'Spain'],
  ['Kuala Lumpur', 'Malaysia'],
  ['Tokyo', 'Japan'],
  ['Osaka', 'Japan'],
  ['Bali', 'Indonesia'],
  ['Lima', 'Peru'],
  ['Paris', 'France'],
  ['Rome', 'Italy'],
  ['Singapore', 'Singapore'],
  ['Houston', 'United States'],
  ['Chengdu', 'China'],
  ['Guangzhou', 'China'],
  ['Wuhan', 'China'],
  ['Tianjin', 'China'],
  ['Xinjiang', 'China'],
  ['Buenos Aires', 'Argentina'],
  ['Vancouver', 'Canada'],
  ['Hamburg', 'Germany'],
  ['Da Nang', 'Vietnam'],
  ['Hanoi', 'Vietnam'],
  ['Phnom Penh', 'Cambodia'],
  ['Jakarta', 'Indonesia'],
  ['Glasgow', 'United Kingdom'],
  ['Taipei', 'Taiwan'],
  // Where envoys of the two sides often meet on neutral ground or at a regional gathering.
  ['Bangkok', 'Thailand'],
  ['Vienna', 'Austria'],
  ['Brussels', 'Belgium'],
  ['Munich', 'Germany'],
  ['Berlin', 'Germany'],
  ['Manila', 'Philippines'],
  ['Vientiane', 'Laos'],
  ['New Delhi', 'India'],
  ['Hiroshima', 'Japan'],
  ['Honolulu', 'United States'],
  ['Los Angeles', 'United States'],
  ['Denver', 'United States'],
  ['China', 'China'],
  ['United States', 'United States'],
  ['South Korea', 'South Korea'],
  ['Japan', 'Japan'],
  ['Malaysia', 'Malaysia'],
  ['Switzerland', 'Switzerland'],
];

/**
 * The side of the relationship each actor belongs to. An actor not listed (Taiwan, Japan, the EU,
 * Russia) is a third party: an event only third parties act in is not a US–China event.
 */
/**
 * The companies among the actors, by their side. A firm belongs to a side, yet in a government's
 * measure it is the one acted on ("added Huawei to the list"), so the merge asks of these apart
 * (actingSide).
 */
export const FIRM_SIDES: readonly (readonly [string, 'us' | 'china'])[] = [
  ['Nvidia', 'us'],
  ['Micron', 'us'],
  ['Apple', 'us'],
  ['Intel', 'us'],
  ['Qualcomm', 'us'],
  ['Boeing', 'us'],
  ['New York Stock Exchange', 'us'],
  ['Huawei', 'china'],
  ['TikTok', 'china'],
  ['ByteDance', 'china'],
  ['SMIC', 'china'],
  ['ZTE', 'china'],
  ['COFCO', 'china'],
  ['Sinograin', 'china'],
  ['Alibaba', 'china'],
  ['Tencent', 'china'],
  ['WeChat', 'china'],
  ['Xiaomi', 'china'],
  ['DJI', 'china'],
  ['Hikvision', 'china'],
  ['BYD', 'china'],
  ['CATL', 'china'],
  ['YMTC', 'china'],
  ['DeepSeek', 'china'],
];

/** The two governments' departments, courts, regulators and legislatures (STATE_OF_BODY). */
const US_BODIES = [
  'US Department of Commerce',
  'US Energy Department',
  'US federal court',
  'US State Department',
  'US Treasury',
  'USTR',
  'CFIUS',
  'US Congress',
  'Pentagon',
  'US Justice Department',
  'FCC',
  'US Supreme Court',
  'US appeals court',
  'SEC',
  'PCAOB',
  'US Homeland Security',
  'USDA',
  'OFAC',
  'US Transportation Department',
];
const CHINA_BODIES = [
  'China Ministry of Commerce',
  'China Foreign Ministry',
  'China Tariff Commission',
  'State Administration for Market Regulation',
  'Cyberspace Administration of China',
  'China Defense Ministry',
  "National People's Congress",
  'Communist Party of China',
  'China Securities Regulatory Commission',
  'China State Council',
  'China Customs',
  'Taiwan Affairs Office',
  'China State Security Ministry',
  'China Industry Ministry',
  'China Public Security Ministry',
  'China Development and Reform Commission',
  "People's Bank of China",
  'Civil Aviation Administration of China',
];

export const SIDE_OF: ReadonlyMap<string, 'us' | 'china'> = new Map([
  ...FIRM_SIDES,
  ...US_BODIES.map((name) => [name, 'us'] as const),
  ...CHINA_BODIES.map((name) => [name, 'china'] as const),
  ...[
    'Donald Trump',
    'Joe Biden',
    'Marco Rubio',
    'Scott Bessent',
    'Jamieson Greer',
    'Howard Lutnick',
    'Antony Blinken',
    'Janet Yellen',
    'Gina Raimondo',
    'Katherine Tai',
    'JD Vance',
    'Pete Hegseth',
    'United States',
    'Mike Pompeo',
    'Rex Tillerson',
    'Steven Mnuchin',
    'Robert Lighthizer',
    'Wilbur Ross',
    'Mike Pence',
    'Kamala Harris',
    'Nancy Pelosi',
    'Kevin McCarthy',
    'Lloyd Austin',
    'Jake Sullivan',
    'John Kerry',
    'William Burns',
    'Nicholas Burns',
    'Mark Esper',
    'Jim Mattis',
    'Peter Navarro',
    'Larry Kudlow',
    'Wendy Sherman',
    'Kurt Campbell',
    'Terry Branstad',
    'David Perdue',
    'Mike Waltz',
    'Ned Price',
    'Matthew Miller',
    'Morgan Ortagus',
    'Heather Nauert',
    'Tammy Bruce',
    'Emily Horne',
    'Jen Psaki',
    'Karine Jean-Pierre',
    'Karoline Leavitt',
    'Sarah Sanders',
    'Kayleigh McEnany',
  ].map((name) => [name, 'us'] as const),
  ...[
    'Xi Jinping',
    'Li Qiang',
    'Wang Yi',
    'He Lifeng',
    'Liu He',
    'Li Chenggang',
    'Wang Wentao',
    'Dong Jun',
    'China',
    'Li Keqiang',
    'Wang Qishan',
    'Han Zheng',
    'Qin Gang',
    'Yang Jiechi',
    'Wei Fenghe',
    'Zhong Shan',
    'Cui Tiankai',
    'Xie Feng',
    'Wang Wenbin',
    'Zhao Lijian',
    'Hua Chunying',
    'Mao Ning',
    'Lin Jian',
    'Guo Jiakun',
    'Liu Jianchao',
    'Geng Shuang',
    'Lu Kang',
  ].map((name) => [name, 'china'] as const),
]);

/**
 * An app belongs to the firm that owns it: "the order against ByteDance" and "the order against
 * TikTok" in two articles tell one measure, so across articles an app and its owner are one
 * participant, as a body and its state are.
 */
export const OWNER_OF_FIRM: ReadonlyMap<string, string> = new Map([
  ['TikTok', 'ByteDance'],
  ['WeChat', 'Tencent'],
]);

/**
 * A government's departments act for it: "the Pentagon shot down the balloon" and "the US shot
 * down the balloon" tell one act, so across articles a body and its state are one participant.
 * Officials are not here: two ministers of one side meeting two counterparts are two meetings.
 */
export const STATE_OF_BODY: ReadonlyMap<string, string> = new Map([
  ...US_BODIES.map((name) => [name, 'United States'] as const),
  ...CHINA_BODIES.map((name) => [name, 'China'] as const),
]);
