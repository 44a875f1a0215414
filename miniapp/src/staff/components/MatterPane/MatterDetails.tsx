/** What staff need to decide on a matter: head (number, status, flags), deadlines, content, contact, units, reply, rating, timeline. */
import { View } from '@tarojs/components';
import {
  CATEGORY_LABELS,
  DECLINE_REASON_LABELS,
  RATING_LABELS,
  STATUS_LABELS,
  SUPERVISION_LABELS,
} from '../../../../../shared/domain/labels';
import { PhotoGrid } from '../../../components/PhotoPicker';
import { previewPhotos } from '../../../platform/photos';
import { CLOCK_LABELS, clockLeft, DEADLINE_KEYS, formatTime, pausedHandling } from '../../services/format';
import { DEADLINE_LABELS, timeLeft } from '../../../services/deadlines';
import { CHANNEL_LABELS, PENDING_LABELS, RATING_SOURCE_LABELS, SUPERVISION_BADGES, TERMINATE_REASON_LABELS } from '../../services/labels';
import type { PolicyProfile } from '../../../../../shared/policy/profiles';
import type { StaffMatter, StaffSession } from '../../../../../shared/views';
import { label, Row, Section } from './parts';
import SigningRule from './SigningRule';
import Timeline from './Timeline';
import RevealPhone from '../RevealPhone';
import { revealRefusal } from '../../../../../shared/domain/guards';

export function MatterHead({ matter }: { matter: StaffMatter }) {
  const flags: string[] = [];
  if (matter.overdue) flags.push('已超期');
  if (matter.supervisionLevel > 0) flags.push(`督办级别：${SUPERVISION_BADGES[matter.supervisionLevel]}`);
  if (matter.difficult) flags.push('疑难');
  if (matter.rehandling) flags.push('重办');
  if (matter.longTerm) flags.push('长期办理');
  if (matter.confidential) flags.push('保密');
  return (
    <View className='sm-head'>
      <View className='sm-head__no' data-testid='matter-tracking'>
        {matter.trackingNo}
      </View>
      <View className='sm-head__status' data-testid='matter-status'>
        {matter.statusLabel ?? STATUS_LABELS[matter.status]}
      </View>
      {flags.length ? (
        <View className='sm-head__flags' data-testid='matter-flags'>
          {flags.map((f) => (
            <View className='sm-flag' key={f}>
              {f}
            </View>
          ))}
        </View>
      ) : null}
      {matter.supervisionLevel > 0 ? (
        <View className='sm-head__supervision'>{matter.supervisionLabel ?? SUPERVISION_LABELS[matter.supervisionLevel]}</View>
      ) : null}
    </View>
  );
}

export function MatterDetails({
  matter,
  session,
  unitName,
  now,
  policy,
}: {
  matter: StaffMatter;
  session: StaffSession;
  unitName: (id: string) => string;
  now: number;
  policy?: PolicyProfile | null;
}) {
  const hideContact = session.role === 'unit' && matter.confidential;
  const deadlines = DEADLINE_KEYS.filter((k) => matter.deadlines?.[k]);
  const review = matter.reviewBy ? clockLeft(matter.reviewBy, 'reviewBy', now) : null;

  return (
    <View className='sm-columns'>
      <View className='sm-col'>
        {matter.pending ? (
          <Section title={`待审核：${PENDING_LABELS[matter.pending.kind]}`} testId='matter-pending'>
            <Row name='申请单位'>{unitName(matter.pending.unitId)}</Row>
            <Row name='申请时间'>{formatTime(matter.pending.at)}</Row>
            <Row name={matter.pending.kind === 'appeal' ? '申诉证据' : '理由'} testId='pending-reason'>
              {matter.pending.kind === 'terminate'
                ? label(TERMINATE_REASON_LABELS, matter.pending.reason) ?? matter.pending.reason
                : matter.pending.reason}
            </Row>
            {matter.pending.basis ? (
              <Row name={matter.pending.kind === 'terminate' ? '情况说明' : '依据'} testId='pending-basis'>
                {matter.pending.basis}
              </Row>
            ) : null}
          </Section>
        ) : null}

        <Section title='时限' testId='matter-deadlines'>
          {deadlines.length === 0 && !matter.reviewBy ? <View className='sm-text'>没有进行中的时限</View> : null}
          {deadlines.map((k) => {
            const d = matter.deadlines[k]!;
            // docs/rules.md §2 (reply-review, return-review): while the centre reviews, the handling deadline stands still.
            const c = (k === 'handleBy' ? pausedHandling(matter) : null) ?? timeLeft(d, k, now);
            return (
              <Row key={k} name={DEADLINE_LABELS[k]} testId={`deadline-${k}`}>
                {formatTime(d.at)}
                {d.provisional ? '（暂定）' : ''}
                <View className={`sm-countdown${c.overdue ? ' sm-countdown--overdue' : ''}`}>{c.text}</View>
              </Row>
            );
          })}
          {matter.reviewBy ? (
            // CS Art.33: the centre's own review of a request or reply is timed too.
            <Row name={CLOCK_LABELS.reviewBy} testId='deadline-reviewBy'>
              {formatTime(matter.reviewBy.at)}
              {matter.reviewBy.provisional ? '（暂定）' : ''}
              <View className={`sm-countdown${review?.overdue ? ' sm-countdown--overdue' : ''}`}>{review?.text}</View>
            </Row>
          ) : null}
          <SigningRule matter={matter} policy={policy ?? null} />
          {deadlines.some((k) => matter.deadlines[k]!.provisional) ? (
            <View className='sm-note'>（暂定）：该年度的法定节假日安排尚未公布，期限按暂定日历计算，公布后可能调整。</View>
          ) : null}
        </Section>

        <Section title='诉求内容' testId='matter-content'>
          <Row name='类别'>{CATEGORY_LABELS[matter.category] ?? matter.category}</Row>
          <Row name='所在区'>{matter.district}</Row>
          {matter.address ? <Row name='地址'>{matter.address}</Row> : null}
          {matter.title ? <Row name='标题'>{matter.title}</Row> : null}
          <View className='sm-text'>{matter.content}</View>
          <Row name='渠道'>{CHANNEL_LABELS[matter.channel] ?? matter.channel}</Row>
          <Row name='提交时间'>{formatTime(matter.createdAt)}</Row>
          {matter.photos?.length ? (
            <>
              <Row name='现场照片'>{matter.photos.length} 张（点击查看大图）</Row>
              <PhotoGrid urls={matter.photos.map((p) => p.url)} onOpen={(u) => previewPhotos(matter.photos.map((p) => p.url), u)} />
            </>
          ) : null}
          {matter.repeatOf ? <Row name='重复诉求'>已关联到原诉求</Row> : null}
        </Section>

        <Section title='诉求人联系方式' testId='matter-contact'>
          {hideContact ? (
            <View className='sm-text' data-testid='contact-confidential'>
              诉求人要求保密，承办单位不显示其身份和联系方式
            </View>
          ) : matter.contact ? (
            <>
              {matter.contact.name ? <Row name='姓名'>{matter.contact.name}</Row> : null}
              <Row name='手机号' testId='contact-phone'>
                {matter.contact.phone}
              </Row>
              {revealRefusal(matter, session) === null ? <RevealPhone matterId={matter.id} session={session} /> : null}
              {matter.confidential ? <View className='sm-note'>诉求人要求保密：请勿向承办单位以外透露身份</View> : null}
            </>
          ) : (
            <View className='sm-text'>没有联系方式</View>
          )}
        </Section>

        <Section title='承办单位' testId='matter-units'>
          <Row name='主办单位' testId='lead-unit'>
            {matter.leadUnit?.name ?? '尚未转派'}
          </Row>
          {matter.coUnits?.length ? <Row name='协办单位'>{matter.coUnits.map((u) => u.name).join('、')}</Row> : null}
          <Row name='计数'>
            延期 {matter.counts.extensions} 次 · 退回 {matter.counts.returns} 次 · 重办 {matter.counts.rehandles} 次
          </Row>
        </Section>


        {matter.reply ? (
          <Section title='办理结果' testId='matter-reply'>
            <Row name='办理过程'>{matter.reply.process}</Row>
            <Row name='办理结果'>{matter.reply.result}</Row>
            <Row name='办理时间'>{formatTime(matter.reply.handledAt)}</Row>
            <Row name='联系诉求人'>{matter.reply.contactedRequestor ? '已联系' : '未联系'}</Row>
            <Row name='提交时间'>{formatTime(matter.reply.at)}</Row>
          </Section>
        ) : null}

        {matter.rating ? (
          <Section title='评价' testId='matter-rating'>
            <Row name='结果'>
              {RATING_LABELS[matter.rating.result]}（{RATING_SOURCE_LABELS[matter.rating.source] ?? matter.rating.source}）
              {matter.rating.excluded ? '，申诉成立，不计入满意率' : ''}
            </Row>
            {matter.rating.comment ? <Row name='评价内容'>{matter.rating.comment}</Row> : null}
            <Row name='评价时间'>{formatTime(matter.rating.at)}</Row>
          </Section>
        ) : null}

        {matter.outcome && (matter.status === 'not_accepted' || matter.status === 'terminated') ? (
          <Section title={matter.status === 'not_accepted' ? '不予受理' : '终止办理'} testId='matter-outcome'>
            {matter.outcome.reason ? (
              <Row name='原因'>
                {label(DECLINE_REASON_LABELS, matter.outcome.reason) ?? label(TERMINATE_REASON_LABELS, matter.outcome.reason) ?? matter.outcome.reason}
              </Row>
            ) : null}
            {matter.outcome.guidance ? <Row name='办理指引'>{matter.outcome.guidance}</Row> : null}
            {matter.outcome.note ? <Row name='说明'>{matter.outcome.note}</Row> : null}
          </Section>
        ) : null}
      </View>
      <View className='sm-col'>
        <Timeline timeline={matter.timeline} unitName={unitName} />
      </View>
    </View>
  );
}
