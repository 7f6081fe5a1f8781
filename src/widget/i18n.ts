import type { EntityKind } from '../graphql/generated/operations';

export type WidgetLang = 'ja' | 'en';

export function parseLang(value: string | null): WidgetLang {
  return value === 'en' ? 'en' : 'ja';
}

const KIND_NAMES: Record<EntityKind, [ja: string, en: string]> = {
  FRAMEWORK: ['枠組み', 'Framework'],
  MEETING: ['会合', 'Meeting'],
  COUNTRY: ['国', 'Country'],
  PERSON: ['人物', 'Person'],
  ORGANIZATION: ['組織', 'Organization'],
  REGION: ['地域', 'Region'],
  PLACE: ['場所', 'Place'],
  ACTION_PLAN: ['行動計画', 'Action plan'],
  ACTION_ITEM: ['行動項目', 'Action item'],
  STRATEGY_ITEM: ['戦略項目', 'Strategy item'],
  POLICY_MEASURE: ['施策', 'Policy measure'],
  SECTOR: ['分野', 'Sector'],
  INDICATOR: ['指標', 'Indicator'],
  MEASUREMENT: ['測定値', 'Measurement'],
  BUDGET_ITEM: ['予算項目', 'Budget item'],
  STATEMENT: ['声明', 'Statement'],
  DOCUMENT: ['文書', 'Document'],
};

export function kindName(kind: EntityKind, lang: WidgetLang): string {
  return KIND_NAMES[kind][lang === 'ja' ? 0 : 1];
}

/** Short Japanese names of relation types; English uses the API's `label`. */
const RELATION_NAMES_JA: Record<string, string> = {
  ATTENDED: '出席',
  HOSTED: '主催',
  HELD_IN: '開催地',
  LAUNCHED: '立上げ',
  ADVANCED: '推進',
  ADOPTED: '発出',
  DISCUSSED: '議題',
  FOLLOWED_BY: '後続',
  PARTICIPATES_IN: '参加',
  MEMBER_OF: '所属',
  LOCATED_IN: '所在',
  HOLDS_ROLE: '役職',
  PART_OF: '一部',
  BUILDS_ON: '継承・発展',
  BELONGS_TO: '項目',
  TARGETS: '対象',
  PRIORITISES: '重点分野',
  USES_FRAMEWORK: '活用',
  OWNS: '所管',
  ISSUED: '発表',
  CONCERNS: '関連',
  INVOLVES: '関与',
  MEASURES: '測定',
  VALUE_OF: '値',
  FUNDS: '予算',
  MET_WITH: '会談',
  SIGNED: '署名・締結',
  AGREED_TO_HOLD: '開催合意',
  DATA_SOURCE: 'データ出典',
  REFERS_TO: '言及（目標）',
  MENTIONED_IN: '言及',
};

export function relationName(type: string, apiLabel: string, lang: WidgetLang): string {
  return lang === 'ja' ? (RELATION_NAMES_JA[type] ?? apiLabel) : apiLabel;
}

const TEXTS = {
  loading: ['読み込み中…', 'Loading…'],
  empty: ['表示する項目を選んでください。', 'Choose an entity to show.'],
  legend: ['凡例', 'Legend'],
  list: ['ノードと関係の一覧', 'Nodes and relations as a list'],
  nodes: ['ノード', 'Nodes'],
  relations: ['関係', 'Relations'],
  exportPng: ['PNG保存', 'Save PNG'],
  exportSvg: ['SVG保存', 'Save SVG'],
  exportJson: ['JSON保存', 'Save JSON'],
  fit: ['全体表示', 'Fit'],
  centre: ['中心にする', 'Centre'],
  expand: ['展開', 'Expand'],
  sources: ['出典', 'Sources'],
  noSources: ['出典なし', 'No sources'],
  lines: ['行', 'lines'],
  inferred: ['推定', 'inferred'],
  inferredMeans: [
    '文書が直接は述べず、文脈から導いた事実',
    'implied by the document, not stated: read from the context',
  ],
  onPath: ['経路上', 'on the path'],
  truncated: ['一部のみ表示（上限に達しました）', 'Partial view (limit reached)'],
  more: ['さらに{count}件', '+{count} more'],
  andMore: [' ほか{count}件', ' and {count} more'],
  sourceLine: ['出典', 'Sources'],
  groupHelp: ['クリックすると次の項目を表示します。', 'click to show the next ones.'],
  graphLabel: [
    '{centre}を中心とする{nodes}件のノードと{edges}件の関係のグラフ。同じ内容は下の一覧にあります。',
    'Graph of {nodes} nodes and {edges} relations around {centre}. The list below has the same content.',
  ],
  keys: [
    '矢印キーでノードを移動、Enterで展開、Shift+Enterで中心に、Escで出典を閉じる',
    'Arrow keys move between nodes, Enter expands, Shift+Enter centres, Esc closes the sources',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXTS;

export function text(key: TextKey, lang: WidgetLang, values: Record<string, string> = {}): string {
  const template: string = TEXTS[key][lang === 'ja' ? 0 : 1];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');
}

/** What went wrong and what to do, by the error's code; the first line also goes in the status. */
const ERROR_TEXTS: Record<string, readonly [string, string]> = {
  NOT_FOUND: [
    '「{entity}」というIDの項目はありません。\nIDの綴りを確かめるか、Kizunaの検索で正しいIDを探してください（例: country-jp）。',
    'There is no entity with the id "{entity}".\nCheck the spelling, or find the right id with Kizuna\'s search (e.g. country-jp).',
  ],
  NETWORK_ERROR: [
    '{endpoint} に接続できません。\nこのページのオリジン {origin} がサービスの CORS_ORIGINS に含まれているか、サービスが起動しているかを確認してください。',
    "Cannot reach {endpoint}.\nCheck that the service is running and that its CORS_ORIGINS lists this page's origin, {origin}.",
  ],
  BAD_USER_INPUT: [
    '指定が正しくありません。\nwidgetの属性（depth、as-of、relation-types）を確認してください。',
    "The request was refused as invalid.\nCheck the widget's attributes (depth, as-of, relation-types).",
  ],
};

export function errorText(code: string, lang: WidgetLang, values: Record<string, string>): string {
  const texts = ERROR_TEXTS[code] ?? [
    'データを読み込めませんでした（{code}）。\nしばらくしてからもう一度お試しください。',
    'The data could not be loaded ({code}).\nPlease try again later.',
  ];
  const template = texts[lang === 'ja' ? 0 : 1];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => ({ code, ...values })[name] ?? '');
}
