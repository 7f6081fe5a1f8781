import type { KizunaGraphElement } from '../kizuna-graph.element';
import type { WidgetLang } from '../i18n';

import type { ExplorerView } from './router';

/** What the explorer's panels share: the endpoint, the widget, the page language, navigation. */
export interface ExplorerContext {
  endpoint: string;
  graph: KizunaGraphElement;
  /** Goes to a view: a new history entry (Back returns here). */
  navigate(view: ExplorerView): void;
  lang(): WidgetLang;
  /** Shows a request failure on the page (and keeps the rest working). */
  report(error: unknown): void;
}

/** A name in the page language, falling back to Japanese (the documents' language). */
export function displayName(
  entity: { nameJa: string; nameEn?: string | null },
  lang: WidgetLang,
): string {
  return lang === 'en' ? (entity.nameEn ?? entity.nameJa) : entity.nameJa;
}

/** Explorer labels: Japanese and English. */
const LABELS = {
  pathFrom: ['経路の起点にする', 'Path from here'],
  pathTo: ['経路の終点にする', 'Path to here'],
  centre: ['中心に表示', 'Centre the graph here'],
  sources: ['出典', 'Sources'],
  relations: ['関係', 'Relations'],
  more: ['さらに表示', 'Show more'],
  aliases: ['別名', 'Also called'],
  date: ['日付', 'Date'],
  openLines: ['原文を表示', 'Open the source lines'],
  noPaths: ['経路は見つかりませんでした。', 'No path found.'],
  showPath: ['グラフに表示', 'Draw on the graph'],
  hops: ['ホップ', 'hops'],
  choose: ['未選択', 'not chosen'],
  close: ['閉じる', 'Close'],
  noResults: ['該当なし', 'No matches'],
  linesOf: ['{from}–{to}行', 'lines {from}–{to}'],
  inferred: ['推定', 'Inferred'],
  inferredMeans: [
    '文書はこの事実を直接は述べておらず、文脈から導いたものです。',
    'the document implies this fact rather than stating it; it was read from the context.',
  ],
  note: ['注記', 'Note'],
  relationNote: ['関係の注記', 'Note on this relation'],
  countryPage: ['国別ページ', 'Country page'],
  shareWith: ['共通点を見る', 'What do they share'],
  regions: ['地域', 'Regions'],
  strategyItem: ['戦略項目', 'Strategy item'],
  sectors: ['重点分野', 'Priority sectors'],
  actions: ['具体的な取組', 'Actions'],
  citation: ['出典', 'Source'],
  noStrategy: [
    'この国を対象とする戦略項目はありません。',
    'No strategy item targets this country.',
  ],
  sharedTitle: ['{names} の共通点', 'What {names} share'],
  noShared: ['共通する項目はありません。', 'Nothing links to all of them.'],
  linkedBy: ['つながり', 'Linked by'],
  morePaths: ['さらに経路を表示', 'Show more paths'],
  hop: ['ホップ {n}', 'Hop {n}'],
  from: ['起点', 'From'],
  to: ['終点', 'To'],
  findPaths: ['経路を探す', 'Find paths'],
  exactText: ['原文のまま表示', 'Show the exact text'],
  formatted: ['整形して表示', 'Show formatted'],
  backToGraph: ['グラフに戻る', 'Back to the graph'],
  filters: ['絞り込み', 'Filters'],
  kinds: ['種類', 'Kinds'],
  types: ['関係', 'Relations'],
  asOf: ['時点', 'As of'],
  clear: ['解除', 'Clear'],
  download: ['この表示をダウンロード', 'Download this view'],
} as const satisfies Record<string, readonly [string, string]>;

export function label(
  key: keyof typeof LABELS,
  lang: WidgetLang,
  values: Record<string, string | number> = {},
): string {
  const template: string = LABELS[key][lang === 'ja' ? 0 : 1];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}
