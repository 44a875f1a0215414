/**
 * Stand-in for `bowser` (serverless.yml `custom.esbuild.alias`): the AWS SDK imports it only to parse a browser's
 * user agent, a path Node never takes; with code splitting esbuild would still ship its 34 KB chunk in every zip.
 */
export const parse = (): Record<string, never> => ({});
