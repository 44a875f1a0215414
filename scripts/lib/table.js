/**
 * The table, from its one definition: serverless.yml `resources.Resources.HotlineTable.Properties`.
 * `npm start` and the test harness create their DynamoDB Local tables through `ensureTable`, so keys and indexes
 * can never drift from what CloudFormation deploys.
 *
 * Plain CommonJS so `node scripts/start.js` needs nothing but Node.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  DeleteTableCommand,
} = require('@aws-sdk/client-dynamodb');

const ROOT = path.resolve(__dirname, '..', '..');
const SERVERLESS_YML = path.join(ROOT, 'serverless.yml');

/** Parse serverless.yml (long-form intrinsics only, so a plain YAML parser reads it). */
function readServerlessConfig(file = SERVERLESS_YML) {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

/** The CloudFormation Properties of HotlineTable, as written (variables unresolved). */
function readTableProperties(file = SERVERLESS_YML) {
  const doc = readServerlessConfig(file);
  const props = doc?.resources?.Resources?.HotlineTable?.Properties;
  if (!props) throw new Error(`${file}: resources.Resources.HotlineTable.Properties not found`);
  return props;
}

/**
 * Resolve the few Serverless variables the table name uses: ${self:<path>}, ${sls:stage}, ${opt:stage}.
 * Anything else is an error here rather than a table called "${...}".
 */
function resolveVariables(value, doc, stage, depth = 0) {
  if (depth > 10) throw new Error(`serverless.yml: variable nesting too deep in "${value}"`);
  return value.replace(/\$\{([^{}]+)\}/g, (_, expr) => {
    const ref = expr.split(',')[0].trim();
    let out;
    if (ref === 'sls:stage' || ref === 'opt:stage') out = stage;
    else if (ref.startsWith('self:')) {
      out = ref
        .slice(5)
        .split('.')
        .reduce((o, k) => (o == null ? undefined : o[k]), doc);
    }
    if (typeof out !== 'string') throw new Error(`serverless.yml: cannot resolve \${${expr}} for a local table name`);
    return resolveVariables(out, doc, stage, depth + 1);
  });
}

/** The table name serverless.yml gives a stage, e.g. hotline-12345-local. */
function tableNameForStage(stage, file = SERVERLESS_YML) {
  const doc = readServerlessConfig(file);
  return resolveVariables(String(doc.resources.Resources.HotlineTable.Properties.TableName), doc, stage);
}

/** CloudFormation properties that DynamoDB Local rejects or ignores, or that are not part of CreateTable. */
const DROPPED = new Set([
  'PointInTimeRecoverySpecification', // CreateTable has no such parameter (UpdateContinuousBackups)
  'SSESpecification', // CFN shape {SSEEnabled}; Local has no encryption at rest
  'TimeToLiveSpecification', // applied separately with UpdateTimeToLive
  'Tags',
  'ContributorInsightsSpecification',
  'KinesisStreamSpecification',
  'ImportSourceSpecification',
  'DeletionProtectionEnabled',
  'TableClass',
  'ResourcePolicy',
  'WarmThroughput',
  'OnDemandThroughput',
]);

const stripGsi = ({ ContributorInsightsSpecification, WarmThroughput, OnDemandThroughput, ...gsi }) => gsi;

/**
 * CreateTable input for DynamoDB Local from the CloudFormation Properties.
 * Returns { input, ttlAttribute } — TTL is enabled after creation.
 */
function createTableInput(props, tableName) {
  const input = {};
  for (const [k, v] of Object.entries(props)) {
    if (DROPPED.has(k)) continue;
    input[k] = v;
  }
  input.TableName = tableName;
  if (input.GlobalSecondaryIndexes) input.GlobalSecondaryIndexes = input.GlobalSecondaryIndexes.map(stripGsi);
  // CloudFormation's StreamSpecification has only StreamViewType; the API also wants StreamEnabled.
  if (props.StreamSpecification) {
    input.StreamSpecification = { StreamEnabled: true, StreamViewType: props.StreamSpecification.StreamViewType };
  }
  const ttl = props.TimeToLiveSpecification;
  return { input, ttlAttribute: ttl && ttl.Enabled !== false ? ttl.AttributeName : undefined };
}

async function describe(client, tableName) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (err) {
    if (err.name === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

async function waitActive(client, tableName, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const t = await describe(client, tableName);
    const gsisActive = (t?.GlobalSecondaryIndexes ?? []).every((g) => !g.IndexStatus || g.IndexStatus === 'ACTIVE');
    if (t && t.TableStatus === 'ACTIVE' && gsisActive) return t;
    if (Date.now() > until) throw new Error(`table ${tableName} did not become ACTIVE within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Create the table from serverless.yml if it does not exist (idempotent). An existing table (a persisted
 * .data/dynamodb from an older serverless.yml) gets the indexes it is missing.
 * @returns {Promise<{ tableName: string, created: boolean, addedIndexes: string[] }>}
 */
async function ensureTable(client, tableName, { file = SERVERLESS_YML } = {}) {
  const props = readTableProperties(file);
  const { input, ttlAttribute } = createTableInput(props, tableName);
  const existing = await describe(client, tableName);
  if (existing) {
    const have = new Set((existing.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
    const missing = (input.GlobalSecondaryIndexes ?? []).filter((g) => !have.has(g.IndexName));
    for (const gsi of missing) {
      const attrs = new Set(gsi.KeySchema.map((k) => k.AttributeName));
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: input.AttributeDefinitions.filter((a) => attrs.has(a.AttributeName)),
          GlobalSecondaryIndexUpdates: [{ Create: gsi }],
        }),
      );
      await waitActive(client, tableName);
    }
    return { tableName, created: false, addedIndexes: missing.map((g) => g.IndexName) };
  }
  try {
    await client.send(new CreateTableCommand(input));
  } catch (err) {
    if (err.name !== 'ResourceInUseException') throw err; // created concurrently: fine
  }
  await waitActive(client, tableName);
  if (ttlAttribute) {
    await client.send(
      new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true } }),
    );
  }
  return { tableName, created: true, addedIndexes: [] };
}

async function deleteTable(client, tableName) {
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } catch (err) {
    if (err.name !== 'ResourceNotFoundException') throw err;
  }
}

module.exports = {
  SERVERLESS_YML,
  readServerlessConfig,
  readTableProperties,
  tableNameForStage,
  createTableInput,
  ensureTable,
  deleteTable,
};
