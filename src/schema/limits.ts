// Abuse limits applied alike to HTTP (Apollo) and WebSocket (graphql-ws) operations: depth, cost, aliases,
// directives and tokens (config.queryLimits), and no introspection where it is off (production by default).
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { Config } from '../config/config';

export const MAX_DIRECTIVES = 50;

/** Refuses over-long documents while parsing, before any other work. */
export function parseOptions(config: Pick<Config, 'queryLimits'>): ParseOptions {
  return { maxTokens: config.queryLimits.maxTokens };
}

export function validationRules(config: Pick<Config, 'introspection' | 'queryLimits'>): ValidationRule[] {
  const { maxDepth, maxCost, maxAliases } = config.queryLimits;
  // Report a violation as a validation error (the armor rules otherwise throw, which Apollo turns into a 500).
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  const rules: ValidationRule[] = [
    maxDepthRule({ n: maxDepth, ...report }),
    costLimitRule({ maxCost, ...report }),
    maxAliasesRule({ n: maxAliases, ...report }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...report }),
  ];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
