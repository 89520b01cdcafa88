import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Query limits, sized for our schema: the dashboard's deepest real query (regions → careUnits →
 * offerings → service → name, or recommendations → activities) is depth 6 and a few hundred tokens.
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 30,
  maxCost: 20000,
} as const;

export function queryArmor(production: boolean) {
  const protection = new ApolloArmor({
    // A fragment spread is not a level of nesting: the dashboard's documents are built of fragments.
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's parser itself (parseOptions below): a syntax error then
    // stays a 400 GRAPHQL_PARSE_FAILED instead of a 500 from armor's own tokenizer.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    // Field suggestions leak the schema; keep them where introspection is on anyway.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor is typed against Apollo Server's CommonJS build; the plugins are the same objects.
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: protection.validationRules,
    plugins: protection.plugins as unknown as ApolloServerPlugin<BaseContext>[],
  };
}
