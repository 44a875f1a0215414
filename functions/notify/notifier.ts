/**
 * The notification channel as the functions use it, built once per process: WeChat subscribe messages with the
 * shared token cache, Tencent Cloud SMS, and the citizen's contact phone read from the matter (sealed at rest).
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PiiCipher } from '../privacy/pii';
import { keys } from '../store/keys';
import { createSmsSender, createWeChatSender } from './channels';
import type { NotifyConfig } from './config';
import { createRouterChannel, type Channel } from './router';
import { StaffInbox } from './inbox';
import { createTokenCache } from './wechatToken';

export interface Notifier {
  channel: Channel;
  /** stable_token calls made by this process (bench and tests). */
  tokenFetches(): number;
}

export function createNotifier(d: { db: DynamoDBDocumentClient; table: string; cipher: PiiCipher; config: NotifyConfig }): Notifier {
  const tokens = createTokenCache(d.db, d.table, d.config.wechat);
  const inbox = new StaffInbox(d.db, d.table);
  const channel = createRouterChannel({
    inbox: (n) => inbox.add(n),
    wechat: createWeChatSender(d.config.wechat, tokens),
    sms: createSmsSender(d.config.sms),
    async unitLiaisonPhone(unitId) {
      const r = await d.db.send(new GetCommand({ TableName: d.table, Key: keys.unit(unitId), ProjectionExpression: 'liaisonPii' }));
      const sealed = r.Item?.liaisonPii as string | undefined;
      return sealed ? d.cipher.open(sealed).phone || null : null;
    },
    async contactPhone(matterId) {
      const r = await d.db.send(new GetCommand({ TableName: d.table, Key: keys.matter(matterId), ProjectionExpression: 'pii' }));
      const sealed = r.Item?.pii as string | undefined;
      return sealed ? d.cipher.open(sealed).phone || null : null;
    },
  });
  return { channel, tokenFetches: tokens.fetches };
}
