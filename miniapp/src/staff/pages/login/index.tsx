/**
 * Staff sign-in (placeholder): hotline operators, unit clerks and administrators sign in with a username and
 * password (POST /v1/auth/staff). The workbench pages that use the session do not exist yet.
 */
import { useState } from 'react';
import { Button, Input, View } from '@tarojs/components';
import { errorMessage, staffSignIn } from '../../../services/api';
import { saveStaffSession } from '../../../services/session';
import { showToast } from '../../../platform/toast';
import './index.css';

const ROLE_LABELS = { center: '热线工作人员', unit: '承办单位工作人员', admin: '平台管理员' } as const;

export default function StaffLogin() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [signedInAs, setSignedInAs] = useState<string | null>(null);

  async function submit() {
    if (submitting) return;
    if (!username.trim()) return setError('请输入用户名');
    if (!password) return setError('请输入密码');
    setError(null);
    setSubmitting(true);
    try {
      const session = await staffSignIn(username.trim(), password);
      saveStaffSession(session);
      setSignedInAs(ROLE_LABELS[session.role] ?? '工作人员');
      showToast('登录成功', 'success');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <View className='staff-login'>
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
        />
      </View>

      {error ? (
        <View className='staff-login__error' data-testid='staff-login-error' role='alert'>
          {error}
        </View>
      ) : null}

      {signedInAs ? (
        <View className='staff-login__done' data-testid='staff-login-done'>
          已登录（{signedInAs}），工作台即将开放
        </View>
      ) : null}

      <Button
        className='staff-login__submit'
        data-testid='staff-login-submit'
        // `|| undefined`, not `false`: Taro H5 renders disabled={false} as the attribute disabled="false", and its
        // stylesheet's [disabled] selector then greys out a working button.
        loading={submitting || undefined}
        disabled={submitting || undefined}
        onClick={() => void submit()}
      >
        {submitting ? '正在登录…' : '登录'}
      </Button>
    </View>
  );
}
