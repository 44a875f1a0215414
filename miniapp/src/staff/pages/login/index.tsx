/**
 * Staff sign-in: hotline operators, unit clerks and administrators sign in with a username and password
 * (POST /v1/auth/staff). The session (token, role, unit) is kept under the workbench's own storage key, then the
 * work queue replaces this page. Opening this page while signed in goes straight to the queue.
 */
import { useEffect, useState } from 'react';
import { Input, View } from '@tarojs/components';
import Button from '../../../components/Button';
import { errorMessage } from '../../../services/api';
import { showToast } from '../../../platform/toast';
import { replacePage, STAFF_ROUTES } from '../../platform/navigation';
import { signIn } from '../../services/api';
import { loadSession, ROLE_LABELS, saveSession } from '../../services/session';
import './index.css';

export default function StaffLogin() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [signedInAs, setSignedInAs] = useState<string | null>(null);

  useEffect(() => {
    const existing = loadSession();
    if (existing) {
      setSignedInAs(ROLE_LABELS[existing.role] ?? '工作人员');
      void replacePage(STAFF_ROUTES.queue).catch(() => undefined);
    }
  }, []);

  async function submit() {
    if (submitting) return;
    if (!username.trim()) return setError('请输入用户名');
    if (!password) return setError('请输入密码');
    setError(null);
    setSubmitting(true);
    try {
      const session = await signIn(username.trim(), password);
      if (!ROLE_LABELS[session.role] || (session.role === 'unit' && !session.unitId)) {
        setError('该账号不能使用工作台，请联系平台管理员');
        return;
      }
      saveSession(session);
      setSignedInAs(ROLE_LABELS[session.role]);
      showToast('登录成功', 'success');
      void replacePage(STAFF_ROUTES.queue).catch(() => undefined);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <View className='staff-login'>
      <View className='staff-login__box'>
        <View className='staff-login__title'>工作人员登录</View>
        <View className='staff-login__hint'>仅供热线、承办单位和平台管理人员使用</View>

        <View className='field'>
          <View className='field__label'>用户名</View>
          <Input
            className='field__input'
            data-testid='staff-username'
            value={username}
            placeholder='请输入用户名'
            maxlength={64}
            onInput={(e) => setUsername(e.detail.value)}
          />
        </View>

        <View className='field'>
          <View className='field__label'>密码</View>
          <Input
            className='field__input'
            data-testid='staff-password'
            value={password}
            password
            placeholder='请输入密码'
            maxlength={128}
            onInput={(e) => setPassword(e.detail.value)}
            onConfirm={() => void submit()}
          />
        </View>

        {error ? (
          <View className='staff-login__error' data-testid='staff-login-error' role='alert'>
            {error}
          </View>
        ) : null}

        {signedInAs ? (
          <View className='staff-login__done' data-testid='staff-login-done'>
            已登录（{signedInAs}），正在打开工作队列…
          </View>
        ) : null}

        <Button
          className='staff-login__submit'
          data-testid='staff-login-submit'
          // `|| undefined`, not `false`: Taro H5 renders disabled={false} as the attribute disabled="false", and its
          // stylesheet's [disabled] selector then greys out a working button.
          disabled={submitting || undefined}
          onClick={() => void submit()}
        >
          {submitting ? '正在登录…' : '登录'}
        </Button>
      </View>
    </View>
  );
}
