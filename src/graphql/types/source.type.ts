import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Source', {
  description: 'Where a statement comes from: a line span of a source document.',
})
export class SourceType {
  /** Resolved to a Document by SourceResolver. */
  documentId!: string;

  @Field(() => Int, { description: 'First line (1-based) of the span.' })
  lineStart!: number;

  @Field(() => Int, { description: 'Last line (1-based) of the span.' })
  lineEnd!: number;

  @Field(() => String, {
    description: 'The exact words of the document that support the statement.',
  })
  quote!: string;

  @Field(() => Boolean, {
    description: 'True when the text implies the fact rather than stating it; see note.',
  })
  inferred!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'How an inferred fact follows from the quote.',
  })
  note?: string | null;
}
