// One structured log line and one metric sample per GraphQL operation over HTTP: request id, operation name,
// user id, duration and outcome; the request id also goes into every error's extensions. Variables are never
// logged (they carry passwords and tokens).
import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../context/request-context';
import { AppMetrics, OperationKind } from '../observability/metrics';

function outcomeOf(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string {
  if (!errors?.length) return 'ok';
  const code = errors[0].extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

export function operationLogPlugin(metrics: AppMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      contextValue.res?.setHeader('x-request-id', contextValue.requestId);
      return {
        async willSendResponse({ response, operationName, operation, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const resultErrors =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (response.body.kind === 'single' && resultErrors?.length) {
            // Every error names its request, so a user's report can be matched to the log line.
            response.body.singleResult.errors = resultErrors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: contextValue.requestId },
            }));
          }
          const outcome = outcomeOf(resultErrors ?? errors);
          const kind: OperationKind = operation?.operation ?? 'unknown';
          const name = operationName ?? 'anonymous';
          metrics.recordOperation(name, kind, outcome, seconds);
          contextValue.deps.logger.info(
            {
              requestId: contextValue.requestId,
              operation: name,
              kind,
              userId: contextValue.user?.karyawanId ?? null,
              durationMs: Math.round(seconds * 1000 * 10) / 10,
              outcome,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
