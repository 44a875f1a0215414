/** Types for table.js (plain CommonJS so `node scripts/start.js` needs nothing else). */
import type { DynamoDBClient, CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export declare const SERVERLESS_YML: string;
export declare function readServerlessConfig(file?: string): any;
/** resources.Resources.HotlineTable.Properties of serverless.yml, variables unresolved. */
export declare function readTableProperties(file?: string): Record<string, any>;
export declare function tableNameForStage(stage: string, file?: string): string;
export declare function createTableInput(props: Record<string, any>, tableName: string): { input: CreateTableCommandInput; ttlAttribute?: string };
export declare function ensureTable(client: DynamoDBClient, tableName: string, o?: { file?: string }): Promise<{ tableName: string; created: boolean; addedIndexes: string[] }>;
export declare function deleteTable(client: DynamoDBClient, tableName: string): Promise<void>;
