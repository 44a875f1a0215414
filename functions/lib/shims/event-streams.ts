/**
 * Stand-in for `@smithy/core/event-streams` in the Lambda bundles (serverless.yml `custom.esbuild.alias`). The AWS SDK
 * loads it with a dynamic import only for operations whose input or output is an event stream (S3 SelectObjectContent,
 * Bedrock streaming…); the DynamoDB and S3 calls this project makes have none. The real module is ~5 KB in every zip,
 * which the knowledge function (it carries emergency screening too) needs under its 220 KB budget (issue 17). Should
 * an event-stream operation ever be called, this fails loudly instead of silently mis-serialising.
 */
const unused = (): never => {
  throw new Error('Event streams are not bundled: remove the @smithy/core/event-streams alias in serverless.yml to use them');
};

export class EventStreamSerde {
  constructor() {
    unused();
  }
}

export const eventStreamSerdeProvider = unused;
