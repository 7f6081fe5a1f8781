// npm run lint:schema, run by npm run check after schema:check has proved the file fresh: every
// type (object, interface, enum, scalar, input, union), field, argument, input field, enum value,
// directive and root field of the emitted schema has a description (@graphql-eslint's
// require-description; `types` covers the six type kinds). test/unit/schema-descriptions.test.ts
// walks the schema object for the same, independently of the linter's selectors.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['schema/schema.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
    },
  },
];
