/**
 * JSON Schemas (draft 2020-12) of the API's main response bodies for the OpenAPI document (./openapi.ts): a matter,
 * a page of matters, the public lookup and the statistics. They mirror the view types of shared/views/types.ts,
 * shared/views/api.ts and shared/stats/response.ts; tests/docs/openapi.test.ts validates real responses against them,
 * so a field added to a view without its schema (or the other way round) fails there.
 */
import { CATEGORIES, CHANNELS, EVENT_TYPES, RATING_RESULTS, ROLES, STATUSES, SUPERVISION_REASONS } from '../../shared/domain/types';

type Json = Record<string, unknown>;

const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const iso = { type: 'string', format: 'date-time' };
const nullable = (s: Json): Json => ({ oneOf: [s, { type: 'null' }] });
const obj = (properties: Record<string, Json>, optional: string[] = [], extra = false): Json => ({
  type: 'object',
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
  additionalProperties: extra,
});
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

const deadline = obj({ at: iso, provisional: bool });
const unitRef = obj({ id: str, name: str });

const summary: Record<string, Json> = {
  id: str,
  trackingNo: str,
  channel: { enum: [...CHANNELS] },
  category: { enum: [...CATEGORIES] },
  title: nullable(str),
  content: str,
  district: str,
  status: { enum: [...STATUSES] },
  statusLabel: str,
  confidential: bool,
  createdAt: iso,
  updatedAt: iso,
  version: int,
  overdue: bool,
  supervisionLevel: { enum: [0, 1, 2, 3] },
  supervisionLabel: nullable(str),
  statusExplanation: str,
  difficult: bool,
  longTerm: bool,
  rehandling: bool,
  leadUnit: nullable(unitRef),
  deadlines: obj({ dispatchBy: nullable(deadline), checkBy: nullable(deadline), handleBy: nullable(deadline), rateBy: nullable(deadline) }),
  // CS Art.33: when the centre's pending review is due (staff only; null for the citizen).
  reviewBy: nullable(deadline),
  counts: obj({ extensions: int, returns: int, rehandles: int }),
};

const timelineEntry = obj(
  {
    type: { enum: [...EVENT_TYPES] },
    at: iso,
    version: int,
    actor: obj({ role: { enum: [...ROLES] }, unitId: str, unitName: str, username: str, name: str }, ['unitId', 'unitName', 'username', 'name']),
    note: str,
    data: { type: 'object' },
  },
  ['note', 'data'],
);

const matterView = obj({
  ...summary,
  address: nullable(str),
  location: nullable(obj({ lat: { type: 'number' }, lng: { type: 'number' } })),
  photos: { type: 'array', items: obj({ url: { type: 'string', format: 'uri' } }) },
  coUnits: { type: 'array', items: unitRef },
  signing: nullable(obj({ signBy: deadline, signedAt: nullable(iso) })),
  supervisionReasons: { type: 'array', items: { type: 'object', properties: { reason: { enum: [...SUPERVISION_REASONS] } } } },
  // The unit's reply and the citizen's rating (shared/domain/types Reply, Rating).
  reply: nullable({ type: 'object', required: ['result'], properties: { process: str, result: str, handledAt: str } }),
  rating: nullable({ type: 'object', required: ['result'], properties: { result: { enum: [...RATING_RESULTS] } } }),
  pending: nullable({ type: 'object', required: ['kind', 'reason', 'at'], properties: { kind: { enum: ['return', 'terminate', 'appeal', 'extension', 'callback'] }, reason: str, at: iso } }),
  supplementPending: bool,
  outcome: nullable(obj({ reason: str, guidance: str, note: str }, ['reason', 'guidance', 'note'])),
  repeatOf: nullable(str),
  contact: nullable(obj({ name: nullable(str), phone: str })),
  timeline: { type: 'array', items: timelineEntry },
});

const publicMatter = obj({
  trackingNo: str,
  category: { enum: [...CATEGORIES] },
  district: str,
  status: { enum: [...STATUSES] },
  statusLabel: str,
  statusExplanation: str,
  createdAt: iso,
  overdue: bool,
  supervisionLevel: { enum: [0, 1, 2, 3] },
  leadUnit: nullable(unitRef),
  deadlines: summary.deadlines,
  reply: nullable(obj({ result: str, at: str })),
  timeline: { type: 'array', items: { type: 'object', required: ['type', 'at', 'actor'], properties: { type: { enum: [...EVENT_TYPES] }, at: iso, actor: { type: 'object' } } } },
});

const series = {
  type: 'object',
  required: ['scope', 'unitId', 'name', 'totals', 'buckets', 'current'],
  properties: {
    scope: { enum: ['city', 'unit', 'parent'] },
    unitId: nullable(str),
    name: str,
    parentId: nullable(str),
    members: { type: 'array', items: str },
    totals: { type: 'object', required: ['key', 'counts', 'kpis'] },
    buckets: { type: 'array', items: { type: 'object', required: ['key', 'counts', 'kpis'] } },
    current: { type: 'object' },
  },
};

/** components.schemas of the document. */
export const RESPONSE_SCHEMAS: Record<string, Json> = {
  MatterSummary: obj(summary),
  Matter: matterView,
  MatterPage: obj({ items: { type: 'array', items: ref('MatterSummary') }, cursor: nullable(str) }),
  PublicMatter: publicMatter,
  Stats: {
    type: 'object',
    required: ['from', 'to', 'period', 'groupBy', 'buckets', 'series', 'city', 'hotspots', 'labels'],
    properties: {
      from: str,
      to: str,
      period: { enum: ['day', 'week', 'month'] },
      groupBy: str,
      buckets: { type: 'array' },
      series: { type: 'array', items: series },
      city: nullable(series),
      hotspots: nullable({ type: 'object', required: ['weeks', 'rule', 'cells', 'surges'] }),
      labels: { type: 'object', required: ['kpis', 'categories'] },
    },
  },
};

/** Success body by route key (routes not named here document an unconstrained JSON body). */
export const RESPONSE_BODIES: Record<string, string> = {
  'POST /v1/matters': 'Matter',
  'GET /v1/matters': 'MatterPage',
  'GET /v1/matters/{id}': 'Matter',
  'POST /v1/matters/claim': 'Matter',
  'POST /v1/work/matters': 'Matter',
  'GET /v1/work/matters': 'MatterPage',
  'GET /v1/lookup': 'PublicMatter',
  'GET /v1/stats': 'Stats',
};
