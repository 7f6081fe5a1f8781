import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { explainPath } from '../../services/explanation';
import type { EntityRecord, RelationRecord } from '../../services/records';
import type { Context } from '../context';
import { Lang } from '../types/enums';
import { EntityInterface } from '../types/entity.interface';
import { PathType } from '../types/results.type';

interface PathValue {
  nodeIds: string[];
  relations: RelationRecord[];
}

@Resolver(() => PathType)
export class PathResolver {
  @FieldResolver(() => [EntityInterface], {
    description: 'Entities along the path, from start to end.',
  })
  async nodes(@Root() path: PathValue, @Ctx() context: Context): Promise<EntityRecord[]> {
    return (await context.loaders.entity.loadMany(path.nodeIds)) as EntityRecord[];
  }

  @FieldResolver(() => String, { description: 'The path in words, one sentence per hop.' })
  async explanation(
    @Root() path: PathValue,
    @Ctx() context: Context,
    @Arg('lang', () => Lang, {
      defaultValue: Lang.JA,
      nullable: true,
      description: 'Language of the sentences; names without an English form stay in Japanese.',
    })
    lang: Lang | null,
  ): Promise<string> {
    lang ??= Lang.JA;
    const entities = (await context.loaders.entity.loadMany(path.nodeIds)) as EntityRecord[];
    return explainPath(path.relations, new Map(entities.map((e) => [e.id, e])), lang);
  }
}
