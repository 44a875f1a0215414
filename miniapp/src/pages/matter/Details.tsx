/** 诉求内容: the tracking number (with 复制编号), category, unit, place, content, photos and contact. */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '../../components/Button';
import { PhotoGrid } from '../../components/PhotoPicker';
import { CATEGORY_LABELS } from '../../../../shared/domain/labels';
import type { CitizenMatter } from '../../../../shared/views';
import { copyText } from '../../platform/clipboard';
import { previewPhotos } from '../../platform/photos';
import { formatDateTime } from '../../services/format';

export default function Details({ m, nowMs }: { m: CitizenMatter; nowMs: number }) {
  const [copyNote, setCopyNote] = useState<string | null>(null);
  return (
    <View className='card' data-testid='details'>
      <View className='card__title'>诉求内容</View>
      <Text className='text'>
        受理编号：<Text className='text--strong' data-testid='tracking-no'>{m.trackingNo}</Text>
      </Text>
      <Button
        className='btn btn--link'
        data-testid='copy-tracking-no'
        onClick={() =>
          void copyText(m.trackingNo).then((ok) => setCopyNote(ok ? '编号已复制' : '复制没有成功，请把编号抄下来'))
        }
      >
        复制编号
      </Button>
      {copyNote ? <Text className='text text--muted'>{copyNote}</Text> : null}
      <Text className='text'>类别：{CATEGORY_LABELS[m.category] ?? ''}</Text>
      <Text className='text'>提交时间：{formatDateTime(m.createdAt, nowMs)}</Text>
      {m.leadUnit ? <Text className='text'>承办单位：{m.leadUnit.name}</Text> : null}
      <Text className='text'>
        地点：{m.district}
        {m.address ? ` ${m.address}` : ''}
      </Text>
      {m.title ? <Text className='text text--strong'>{m.title}</Text> : null}
      <Text className='text text--pre' data-testid='content'>
        {m.content}
      </Text>
      {m.photos?.length ? (
        <PhotoGrid urls={m.photos.map((p) => p.url)} onOpen={(u) => previewPhotos(m.photos.map((p) => p.url), u)} />
      ) : null}
      {m.contact ? (
        <Text className='text text--muted'>
          联系方式：{m.contact.name ? `${m.contact.name} ` : ''}
          {m.contact.phone}
        </Text>
      ) : null}
      <Text className='text text--muted' data-testid='confidential'>
        {m.confidential ? '为我保密：已开启，承办单位看不到您的姓名和手机号码' : '为我保密：未开启'}
      </Text>
    </View>
  );
}
