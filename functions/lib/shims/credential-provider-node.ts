/**
 * Stand-in for `@aws-sdk/credential-provider-node` (serverless.yml `custom.esbuild.alias`), the AWS SDK's default
 * credential chain. Lambda gives every function its role's credentials in the environment (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the chain's first link is the only one a deployed function takes; the
 * others (SSO, profiles, processes, web identity, container and instance metadata) are lazy chunks that still travel
 * in every zip (~80 KB unzipped). Locally the DynamoDB and S3 clients use fixed fake credentials (functions/lib/dynamo.ts,
 * functions/uploads/storage.ts) and never ask the chain. Issue 17 item 5 (zip size).
 * Only `defaultProvider` is imported by the SDK clients; should a later SDK import more, the bundle fails to build.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentityProvider } from '@smithy/types';

export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}): AwsCredentialIdentityProvider => fromEnv(init);
