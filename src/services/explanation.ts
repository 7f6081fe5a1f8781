import { englishTitle } from '../domain/role-titles';
import { RELATION_TYPES, isRelationType } from '../domain/vocabulary';
import type { EntityRecord, RelationRecord } from './records';

export type Language = 'ja' | 'en';

/** One sentence per hop, from the relation type's template, joined into a paragraph. */
export function explainPath(
  relations: RelationRecord[],
  entities: Map<string, EntityRecord>,
  lang: Language,
): string {
  const name = (id: string): string => {
    const entity = entities.get(id);
    if (!entity) return id;
    return lang === 'en' ? (entity.nameEn ?? entity.nameJa) : entity.nameJa;
  };
  // Titles are kept in the documents' Japanese; English sentences use their English form.
  const title = (value: string): string => (lang === 'en' ? (englishTitle(value) ?? value) : value);
  const sentences = relations.map((relation) => {
    if (!isRelationType(relation.type)) return `${name(relation.from)} — ${name(relation.to)}`;
    const info = RELATION_TYPES[relation.type];
    const template = lang === 'en' ? info.templateEn : info.templateJa;
    let sentence = template
      .replace('{from}', name(relation.from))
      .replace('{to}', name(relation.to))
      .replace(
        '{title}',
        relation.title ? title(relation.title) : lang === 'en' ? 'an office holder' : '役職者',
      );
    if (relation.type === 'ATTENDED' && relation.capacity) {
      sentence +=
        lang === 'en' ? ` as ${title(relation.capacity)}` : `（${relation.capacity}として）`;
    }
    return sentence;
  });
  return lang === 'en'
    ? sentences.map((s) => `${s}.`).join(' ')
    : sentences.map((s) => `${s}。`).join('');
}

/** Short edge label for drawings: the relation type, with the capacity or title if any, in English. */
export function edgeLabel(relation: RelationRecord): string {
  const base = relation.type.toLowerCase().replace(/_/g, ' ');
  const detail = relation.capacity ?? relation.title;
  return detail ? `${base} (${englishTitle(detail) ?? detail})` : base;
}
