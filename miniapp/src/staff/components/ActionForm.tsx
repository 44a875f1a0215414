/**
 * One matter action: the form (fields from ACTION_SCHEMAS), validation with the shared schema's messages, a
 * confirmation naming what will happen, then POST with If-Match: <version>. A refusal shows the backend's own
 * message; a version conflict offers 刷新 (someone else changed the matter meanwhile).
 */
import { useEffect, useMemo, useState } from 'react';
import { View } from '@tarojs/components';
import Button from '../../components/Button';
import { ApiError, errorMessage } from '../../services/api';
import { now as clockNow } from '../../platform/clock';
import { focusField } from '../pages/register/keyboard';
import { performAction } from '../services/api';
import { ACTION_LABELS, type StaffActionType } from '../services/actions';
import { nowLocalInput } from '../services/format';
import type { StaffMatter, StaffSession } from '../../../../shared/views';
import { confirmText, fieldsFor, toBody, validate, type FieldErrors, type FormValues } from './actionFields';
import ActionFields from './ActionFields';
import Press from './Press';
import ReplyUnderReview from './ReplyUnderReview';
import type { UnitsState } from './UnitPicker';
import './form.css';
import './sheet.css';

interface Props {
  matter: StaffMatter;
  session: StaffSession;
  action: StaffActionType;
  units: UnitsState;
  onRetryUnits: () => void;
  onClose: () => void;
  /** Sent and accepted: the page reloads the matter. */
  onDone: (action: StaffActionType, updated: StaffMatter | null) => void;
  /** VERSION_CONFLICT: reload the matter and close the form. */
  onRefresh: () => void;
  /** For tests: the current time used for defaults. */
  now?: number;
  /**
   * Desktop split pane: the form sits in the pane (not a sheet over it), its first field takes focus, and what will
   * happen is said live above one 确认 button (no separate confirmation step), so a dispatch is D, the unit, Enter, Enter.
   */
  inline?: boolean;
}

type Phase = 'edit' | 'confirm' | 'sending';

export default function ActionForm({ matter, session, action, units, onRetryUnits, onClose, onDone, onRefresh, now, inline }: Props) {
  const fields = useMemo(() => fieldsFor(action, session), [action, session]);
  const [values, setValues] = useState<FormValues>(() => {
    const v: FormValues = {};
    for (const f of fields) if (f.kind === 'datetime') v[f.name] = nowLocalInput(now ?? clockNow());
    return v;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<Phase>('edit');
  const [body, setBody] = useState<Record<string, unknown> | null>(null);
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);

  const label = ACTION_LABELS[action];
  const unitNames = useMemo(() => {
    const m = new Map<string, string>();
    if (units.state === 'ready') for (const u of units.units) m.set(u.id, u.name);
    return m;
  }, [units]);
  const unitName = (id: string) => unitNames.get(id) ?? id;

  const set = (name: string, value: FormValues[string]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      if (!e[name]) return e;
      const { [name]: _gone, ...rest } = e;
      return rest;
    });
  };

  function review() {
    setFailure(null);
    const r = validate(action, toBody(fields, values));
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    setBody(r.data);
    setPhase('confirm');
  }

  // Inline: the first field (or the 确认 button when there is none) takes focus when the form opens.
  useEffect(() => {
    if (!inline) return;
    const first = fields.find((f) => f.kind !== 'fixed');
    focusField(first ? `action-field-${first.name}` : 'action-submit');
  }, [inline, fields]);

  /** Inline: what will happen, said while the form is filled in (null until the form is valid). */
  const preview = useMemo(() => {
    if (!inline) return null;
    const r = validate(action, toBody(fields, values));
    return r.ok ? confirmText(action, r.data, unitName) : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inline, action, fields, values, unitNames]);

  function sendNow() {
    setFailure(null);
    const r = validate(action, toBody(fields, values));
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    setBody(r.data);
    void send(r.data);
  }

  async function send(data = body) {
    if (!data || phase === 'sending') return;
    setPhase('sending');
    setFailure(null);
    try {
      const updated = await performAction(session, matter.id, action, data, matter.version);
      // The page says it once (its notice); no toast over the next form.
      onDone(action, updated ?? null);
    } catch (err) {
      const conflict = err instanceof ApiError && err.code === 'VERSION_CONFLICT';
      setFailure({ message: errorMessage(err), conflict });
      if (err instanceof ApiError && err.code === 'VALIDATION_FAILED' && Array.isArray(err.details)) {
        const fromBackend: FieldErrors = {};
        for (const d of err.details as Array<{ field?: string; message?: string }>) {
          if (d?.field && d.message && !fromBackend[d.field]) fromBackend[d.field] = d.message;
        }
        setErrors(fromBackend);
      }
      setPhase(conflict ? 'confirm' : 'edit');
    }
  }

  const errorList = Object.entries(errors);

  return (
    <View
      className={inline ? 'sf-sheet sf-sheet--inline' : 'sf-sheet'}
      data-testid='action-form'
      role={inline ? 'region' : 'dialog'}
      aria-label={label}
    >
      <View className='sf-sheet__panel'>
        <View className='sf-sheet__title'>
          {label}
          <View className='sf-sheet__subtitle'>诉求 {matter.trackingNo}</View>
        </View>

        {phase === 'edit' ? (
          <View className='sf-sheet__body'>
            {/* Inside the scrolling body: on a phone sheet the decision below must stay reachable. */}
            {action === 'reply-review' && matter.reply ? <ReplyUnderReview reply={matter.reply} /> : null}
            {fields.length === 0 ? <View className='sf-field__hint'>此操作无需填写内容。</View> : null}
            <ActionFields
              fields={fields}
              values={values}
              errors={errors}
              set={set}
              units={units}
              onRetryUnits={onRetryUnits}
              inline={!!inline}
              leadUnitId={matter.leadUnit?.id}
            />
            {errorList.length ? (
              <View className='sf-alert' role='alert' data-testid='action-form-errors'>
                请先改正：{errorList.map(([, m]) => m).join('；')}
              </View>
            ) : null}
            {inline ? (
              <View className='sf-confirm sf-confirm--live' data-testid='action-confirm-text' aria-live='polite'>
                {preview ?? '填写完成后，这里会说明将要执行的操作'}
              </View>
            ) : null}
          </View>
        ) : (
          <View className='sf-sheet__body'>
            <View className='sf-confirm' data-testid='action-confirm-text'>
              {body ? confirmText(action, body, unitName) : ''}
            </View>
          </View>
        )}

        {failure ? (
          <View className='sf-alert' role='alert' data-testid='action-form-failure'>
            <View>未能{label}：{failure.message}</View>
            {failure.conflict ? (
              <View className='sf-alert__hint'>
                该诉求刚被其他人更新过。请刷新查看最新情况后再操作。
                <Button className='sf-button sf-button--small' data-testid='action-form-refresh' onClick={onRefresh}>
                  刷新
                </Button>
              </View>
            ) : null}
          </View>
        ) : null}

        <View className='sf-sheet__buttons'>
          {inline && phase !== 'confirm' ? (
            <>
              <Press className='sf-button' testId='action-form-cancel' label={`取消${label}（Esc）`} onPress={onClose}>
                取消
              </Press>
              <Press
                className='sf-button sf-button--primary'
                testId='action-form-submit'
                kb='action-submit'
                disabled={phase === 'sending'}
                onPress={sendNow}
              >
                {phase === 'sending' ? '正在提交…' : `确认${label}`}
              </Press>
            </>
          ) : phase === 'edit' ? (
            <>
              <Button className='sf-button' data-testid='action-form-cancel' onClick={onClose}>
                取消
              </Button>
              <Button className='sf-button sf-button--primary' data-testid='action-form-next' onClick={review}>
                下一步：确认
              </Button>
            </>
          ) : (
            <>
              <Button
                className='sf-button'
                data-testid='action-form-back'
                disabled={phase === 'sending' || undefined}
                onClick={() => {
                  setFailure(null);
                  setPhase('edit');
                }}
              >
                返回修改
              </Button>
              <Button
                className='sf-button sf-button--primary'
                data-testid='action-form-submit'
                disabled={phase === 'sending' || failure?.conflict || undefined}
                onClick={() => void send()}
              >
                {phase === 'sending' ? '正在提交…' : `确认${label}`}
              </Button>
            </>
          )}
        </View>
      </View>
    </View>
  );
}
