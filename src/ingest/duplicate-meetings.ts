import type { Entity, Relation } from '../domain/entity';
import { searchKey } from '../domain/text';

/** Two meetings that are probably one: the curator merges them or says why they are two. */
export interface ProbableDuplicate {
  ids: [string, string];
  reasons: string[];
}

/**
 * Meetings whose dates agree at the precision each gives (2022-01 and 2022-01-21 agree; 2022-01-20
 * and 2022-01-21 do not) and that share two people who took part, or a name. Meetings the graph
 * already relates (a talk PART_OF a visit, one FOLLOWED_BY the next) are two by its own account;
 * a pair the curator has judged to be two says so with `props.distinctFrom` on either side.
 */
export function findProbableDuplicateMeetings(
  entities: readonly Entity[],
  relations: readonly Relation[],
): ProbableDuplicate[] {
  const meetings = entities.filter((e) => e.kind === 'meeting' && e.date);
  const participants = new Map<string, Set<string>>();
  const related = new Set<string>();
  for (const r of relations) {
    related.add(`${r.from} ${r.to}`).add(`${r.to} ${r.from}`);
    if (r.type !== 'ATTENDED' && r.type !== 'HOSTED') continue;
    const set = participants.get(r.to) ?? new Set<string>();
    set.add(r.from);
    participants.set(r.to, set);
  }
  const names = new Map(meetings.map((m) => [m.id, nameKeys(m)]));
  const found: ProbableDuplicate[] = [];
  for (let i = 0; i < meetings.length; i += 1) {
    for (let j = i + 1; j < meetings.length; j += 1) {
      const a = meetings[i];
      const b = meetings[j];
      if (!datesAgree(a.date!, b.date!) || judgedDistinct(a, b)) continue;
      if (related.has(`${a.id} ${b.id}`)) continue;
      const reasons: string[] = [];
      const shared = [...(participants.get(a.id) ?? [])].filter((p) =>
        participants.get(b.id)?.has(p),
      );
      const people = shared.filter((p) => p.startsWith('person-'));
      if (people.length >= 2) reasons.push(`both attended by ${people.join(', ')}`);
      const sharedNames = [...names.get(a.id)!].filter((n) => names.get(b.id)!.has(n));
      if (sharedNames.length > 0) reasons.push(`both named ${sharedNames.join(', ')}`);
      if (reasons.length > 0) found.push({ ids: [a.id, b.id], reasons });
    }
  }
  return found;
}

/** Same day, or one date contains the other (a month and a day in it). */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function judgedDistinct(a: Entity, b: Entity): boolean {
  const listed = (e: Entity): string[] => {
    const value = e.props.distinctFrom;
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  };
  return listed(a).includes(b.id) || listed(b).includes(a.id);
}

/** Names without the date or count in brackets that sections add to tell meetings apart. */
function nameKeys(meeting: Entity): Set<string> {
  const keys = new Set<string>();
  for (const name of [meeting.nameJa, meeting.nameEn ?? '', ...meeting.aliases]) {
    const bare = name.replace(/[（(][^（）()]*[）)]\s*$/u, '');
    const key = searchKey(bare);
    if (key.length >= 4) keys.add(key);
  }
  return keys;
}
