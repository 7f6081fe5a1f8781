import type { KizunaGraphElement } from '../kizuna-graph.element';
import type { WidgetLang } from '../i18n';

/** What the explorer's panels share: the endpoint, the widget and the page language. */
export interface ExplorerContext {
  endpoint: string;
  graph: KizunaGraphElement;
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
} as const satisfies Record<string, readonly [string, string]>;

export function label(
  key: keyof typeof LABELS,
  lang: WidgetLang,
  values: Record<string, string | number> = {},
): string {
  const template: string = LABELS[key][lang === 'ja' ? 0 : 1];
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}
