/**
 * English forms of the titles the documents give officials (ATTENDED.capacity, HOLDS_ROLE.title),
 * so that English explanations and labels carry no Japanese where an English form exists. The
 * seed keeps the document's Japanese; `seeds:check` requires every title used to be here.
 */
const TITLES: Readonly<Record<string, string>> = {
  CEO: 'CEO',
  EU上級副委員長: 'Executive Vice-President of the European Commission',
  インド首相: 'Prime Minister of India',
  エネルギー大臣: 'Minister of Energy',
  エネルギー大臣等: 'Ministers of Energy and others',
  エネルギー長官: 'Secretary of Energy',
  カナダ国際貿易大臣: 'Minister of International Trade of Canada',
  カナダ政府関係者: 'Government of Canada officials',
  カリフォルニア州副知事: 'Lieutenant Governor of California',
  グローバル連携省国際貿易次官: 'Deputy Minister of International Trade, Global Affairs Canada',
  コロラド州知事: 'Governor of Colorado',
  サンアントニオ市長: 'Mayor of San Antonio',
  シアトル市長: 'Mayor of Seattle',
  ネブラスカ州知事: 'Governor of Nebraska',
  ヒューストン市長: 'Mayor of Houston',
  マイアミ市長: 'Mayor of Miami',
  メリーランド州知事: 'Governor of Maryland',
  上級副委員長: 'Executive Vice-President',
  下院議員補佐官: 'congressional staffers',
  事務レベル: 'officials',
  内閣官房副長官: 'Deputy Chief Cabinet Secretary',
  内閣官房長官: 'Chief Cabinet Secretary',
  内閣総理大臣: 'Prime Minister',
  副大統領: 'Vice President',
  北米第二課長: 'Director of the Second North America Division',
  協議当事国: 'party to the consultations',
  参加国: 'participating country',
  参加者: 'participant',
  商務長官: 'Secretary of Commerce',
  国務次官: 'Under Secretary of State',
  国務長官: 'Secretary of State',
  国防長官: 'Secretary of Defense',
  国際貿易大臣: 'Minister of International Trade',
  国際貿易次官: 'Deputy Minister of International Trade',
  外務副大臣: 'State Minister for Foreign Affairs',
  外務大臣: 'Minister for Foreign Affairs',
  外務大臣政務官: 'Parliamentary Vice-Minister for Foreign Affairs',
  外務審議官: 'Deputy Minister for Foreign Affairs',
  外務省経済局長: 'Director-General of the Economic Affairs Bureau, MOFA',
  大統領: 'President',
  大統領夫人: 'First Lady',
  官民: 'public and private sectors',
  州知事: 'state governor',
  懇談・意見交換の相手: 'counterpart in talks',
  政府高官: 'senior government official',
  日本特使: 'Special Envoy to Japan',
  日本館出展: 'exhibitor at the Japan Pavilion',
  次期大統領: 'President-elect',
  次期駐日米国大使: 'Ambassador-designate of the United States to Japan',
  気候問題担当大統領特使: 'Special Presidential Envoy for Climate',
  環境大臣: 'Minister of the Environment',
  '産業・先端技術大臣': 'Minister of Industry and Advanced Technology',
  '産業・先端技術大臣兼ADNOC CEO兼日本特使':
    'Minister of Industry and Advanced Technology, ADNOC CEO and Special Envoy to Japan',
  米国気候問題担当大統領特使: 'US Special Presidential Envoy for Climate',
  米国通商代表: 'United States Trade Representative',
  米国通商代表補: 'Assistant United States Trade Representative',
  経済局長: 'Director-General of the Economic Affairs Bureau',
  経済産業副大臣: 'Senior Vice-Minister of Economy, Trade and Industry',
  経済産業大臣: 'Minister of Economy, Trade and Industry',
  経済産業省通商政策局長: 'Director-General of the Trade Policy Bureau, METI',
  表敬先: 'host of a courtesy call',
  通商代表補: 'Assistant Trade Representative',
  通商政策局長: 'Director-General of the Trade Policy Bureau',
  防衛大臣: 'Minister of Defense',
  首相: 'Prime Minister',
  首脳: 'leader',
  駐日米国大使: 'Ambassador of the United States to Japan',
  駐日米国臨時代理大使: 'Chargé d’Affaires of the United States to Japan',
  駐米大使: 'Ambassador of Japan to the United States',
  高円宮妃: 'Princess Takamado',
};

/** Bracketed qualifiers the titles carry: the role in the meeting, how one took part. */
const QUALIFIERS: Readonly<Record<string, string>> = {
  '経済・貿易ミッション団長': 'head of the economic and trade mission',
  共同議長代理: 'acting co-chair',
  共同議長: 'co-chair',
  議長: 'chair',
  表敬: 'courtesy call',
  プレゼンテーション: 'presentation',
  講演: 'lecture',
  '13か国の一つ': 'one of 13 countries',
  代表1名: 'one representative',
  '4名': 'four',
  ビデオ・メッセージを通じて出席: 'by video message',
  御接見: 'audience',
};

/** The English form of a title, or null when it has none yet. */
export function englishTitle(title: string): string | null {
  const exact = TITLES[title];
  if (exact !== undefined) return exact;
  const match = /^(.+?)（(.+)）$/u.exec(title);
  if (!match) return null;
  const base = TITLES[match[1]];
  const qualifier = QUALIFIERS[match[2]];
  return base !== undefined && qualifier !== undefined ? `${base} (${qualifier})` : null;
}
