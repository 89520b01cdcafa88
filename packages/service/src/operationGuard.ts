import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";

const badRequest = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Refuses, as a client error (400), an operation that cannot run: an `operationName` the document
 * does not have, several operations without a name to choose, or a mutation or subscription against
 * a schema that has none (the federated gateway would otherwise fail while planning, with a 500).
 */
export function operationGuard<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation) {
            throw badRequest(
              request.operationName
                ? `The document has no operation named ${JSON.stringify(request.operationName.slice(0, 100))}`
                : "The document has several operations: name the one to run (operationName)",
              "OPERATION_RESOLUTION_FAILURE",
            );
          }
          const root =
            operation.operation === "mutation"
              ? schema.getMutationType()
              : operation.operation === "subscription"
                ? schema.getSubscriptionType()
                : schema.getQueryType();
          if (!root) {
            throw badRequest(
              `This API has no ${operation.operation} operations`,
              "GRAPHQL_VALIDATION_FAILED",
            );
          }
        },
      };
    },
  };
}
