/**
 * What each role sees of a matter (docs/rules.md §5 shape, §7 privacy). The citizen sees their own contact details; staff see
 * a masked phone; units never see the identity on a confidential matter; the public lookup sees no personal data.
 * The API's handlers build their answers here; the shapes (./types.ts) are what the mini-program reads.
 */
import { STATUS_EXPLANATIONS, STATUS_LABELS, supervisionText } from '../domain/labels';
import type { Actor, Matter, TimelineEvent } from '../domain/types';
import { maskName, maskPhone } from './mask';
import type { Contact, MatterSummary, MatterView, PublicMatterView, TimelineEntry, UnitNames, UnitRef } from './types';

const unitRef = (id: string | null, names: UnitNames): UnitRef | null => (id ? { id, name: names.get(id) ?? id } : null);

/** Statuses in which the unit's reply has been approved and is the citizen's to read. */
const REPLY_VISIBLE = new Set(['awaiting_rating', 'closed']);
/** Internal working notes, not part of the citizen's timeline. */
const INTERNAL_EVENTS = new Set(['note_added', 'terminate_rejected']);

function timelineFor(events: TimelineEvent[], names: UnitNames, citizenView: boolean): TimelineEntry[] {
  return events
    .filter((e) => !(citizenView && INTERNAL_EVENTS.has(e.type)))
    .map((e) => ({
      type: e.type,
      at: e.at,
      version: e.version,
      actor: {
        role: e.actor.role,
        ...(e.actor.unitId ? { unitId: e.actor.unitId, unitName: names.get(e.actor.unitId) ?? e.actor.unitId } : {}),
        // GZ Art.26, CS Art.39: staff and admins see which account acted; citizens see the unit or the centre only.
        ...(!citizenView && e.actor.username ? { username: e.actor.username, name: e.actor.name ?? e.actor.username } : {}),
      },
      ...(e.note !== undefined ? { note: e.note } : {}),
      ...(e.data !== undefined ? { data: e.data } : {}),
    }));
}

export interface ViewInput {
  matter: Matter;
  events: TimelineEvent[];
  contact: Contact | null;
  viewer: Actor;
  units: UnitNames;
  /** Short-lived URLs of the matter's photos (functions/uploads/photos.ts), in order. */
  photos?: Array<{ url: string }>;
}

export function matterView({ matter: m, events, contact, viewer, units, photos = [] }: ViewInput): MatterView {
  const citizenView = viewer.role === 'citizen';
  let contactOut: { name: string | null; phone: string } | null = null;
  if (contact) {
    if (citizenView) contactOut = { name: contact.name, phone: contact.phone };
    else if (viewer.role === 'unit' && m.confidential) contactOut = null; // WF Art.11, CS Art.15
    else contactOut = { name: maskName(contact.name), phone: maskPhone(contact.phone) };
  }
  return {
    id: m.id,
    trackingNo: m.trackingNo,
    channel: m.channel,
    category: m.category,
    title: m.title,
    content: m.content,
    district: m.district,
    address: m.address,
    location: m.location,
    // Storage keys stay server-side; viewers get URLs that expire (READ_EXPIRES_S).
    photos,
    status: m.status,
    statusLabel: STATUS_LABELS[m.status],
    statusExplanation: STATUS_EXPLANATIONS[m.status],
    confidential: m.confidential,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    version: m.version,
    overdue: m.overdue,
    supervisionLevel: m.supervisionLevel,
    supervisionLabel: supervisionText(m.supervisionLevel, m.overdue),
    difficult: m.difficult,
    longTerm: m.longTerm,
    rehandling: m.rehandling,
    leadUnit: unitRef(m.leadUnitId, units),
    coUnits: m.coUnitIds.map((u) => unitRef(u, units)!),
    deadlines: m.deadlines,
    /** CS Art.17: the signing deadline and when the unit signed; null under policies without signing. */
    signing: m.signBy ? { signBy: m.signBy, signedAt: m.signedAt ?? null } : null,
    /** CS Art.33: when the centre's pending review is due. */
    reviewBy: citizenView ? null : (m.reviewBy ?? null),
    supervisionReasons: citizenView ? [] : (m.supervisionReasons ?? []),
    counts: m.counts,
    reply: citizenView && !REPLY_VISIBLE.has(m.status) ? null : m.reply,
    rating: m.rating,
    pending: citizenView ? null : m.pending,
    supplementPending: m.supplementPending,
    outcome: m.outcome,
    repeatOf: m.repeatOf,
    contact: contactOut,
    timeline: timelineFor(events, units, citizenView),
  };
}

/** A row of a list (my matters, queues): no timeline, no contact; the centre's review deadline for staff only. */
export function matterSummary(m: Matter, units: UnitNames, audience: 'citizen' | 'staff'): MatterSummary {
  return {
    id: m.id,
    trackingNo: m.trackingNo,
    channel: m.channel,
    category: m.category,
    title: m.title,
    content: m.content.length > 80 ? `${m.content.slice(0, 80)}…` : m.content,
    district: m.district,
    status: m.status,
    statusLabel: STATUS_LABELS[m.status],
    confidential: m.confidential,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    version: m.version,
    overdue: m.overdue,
    supervisionLevel: m.supervisionLevel,
    supervisionLabel: supervisionText(m.supervisionLevel, m.overdue),
    statusExplanation: STATUS_EXPLANATIONS[m.status],
    difficult: m.difficult,
    longTerm: m.longTerm,
    rehandling: m.rehandling,
    leadUnit: unitRef(m.leadUnitId, units),
    deadlines: m.deadlines,
    reviewBy: audience === 'staff' ? (m.reviewBy ?? null) : null,
    counts: m.counts,
  };
}

/** Public lookup by tracking number + last 4 digits (no WeChat): status, deadlines, timeline; no personal data. */
export function publicView(m: Matter, events: TimelineEvent[], units: UnitNames): PublicMatterView {
  return {
    trackingNo: m.trackingNo,
    category: m.category,
    district: m.district,
    status: m.status,
    statusLabel: STATUS_LABELS[m.status],
    statusExplanation: STATUS_EXPLANATIONS[m.status],
    createdAt: m.createdAt,
    overdue: m.overdue,
    supervisionLevel: m.supervisionLevel,
    leadUnit: unitRef(m.leadUnitId, units),
    deadlines: m.deadlines,
    reply: REPLY_VISIBLE.has(m.status) && m.reply ? { result: m.reply.result, at: m.reply.at } : null,
    timeline: timelineFor(events, units, true).map(({ type, at, actor }) => ({ type, at, actor })),
  };
}
