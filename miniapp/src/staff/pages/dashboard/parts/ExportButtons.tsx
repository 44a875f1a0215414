/** 导出 CSV: the KPI table and the matter list of the current range and scope (GET /v1/stats/export). */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { errorMessage } from '../../../../services/api';
import Press from '../../../components/Press';
import { CAN_DOWNLOAD, downloadStatsCsv, type ExportKind } from '../../../platform/download';
import type { StatsRequest } from '../../../services/stats';
import type { StaffSession } from '../../../../../../shared/views';

const KINDS: ReadonlyArray<{ kind: ExportKind; label: string }> = [
  { kind: 'kpis', label: '导出指标表（CSV）' },
  { kind: 'matters', label: '导出诉求清单（CSV）' },
];

export default function ExportButtons({ session, request }: { session: StaffSession; request: StatsRequest }) {
  const [state, setState] = useState<{ busy: ExportKind | null; message: string | null; failed: boolean }>({ busy: null, message: null, failed: false });
  if (!CAN_DOWNLOAD) {
    return (
      <View className='sd-export sd-export--none' data-testid='dash-export-none'>
        导出 CSV 请在电脑浏览器中打开工作台
      </View>
    );
  }
  const run = async (kind: ExportKind) => {
    setState({ busy: kind, message: null, failed: false });
    try {
      const own = session.role === 'unit';
      const name = await downloadStatsCsv(session.token, kind, {
        from: request.from,
        to: request.to,
        period: request.period,
        groupBy: own ? 'unit' : request.groupBy,
        unitId: own ? session.unitId : request.unitId,
      });
      setState({ busy: null, message: `已下载 ${name}`, failed: false });
    } catch (err) {
      setState({ busy: null, message: `导出失败：${errorMessage(err)}`, failed: true });
    }
  };
  return (
    <View className='sd-export' data-testid='dash-export'>
      {KINDS.map((k) => (
        <Press key={k.kind} className='sd-button sd-button--plain' testId={`dash-export-${k.kind}`} disabled={state.busy !== null} onPress={() => void run(k.kind)}>
          {state.busy === k.kind ? '正在导出…' : k.label}
        </Press>
      ))}
      {state.message ? (
        <View className={state.failed ? 'sd-error' : 'sd-export__done'} role={state.failed ? 'alert' : 'status'} data-testid='dash-export-message'>
          {state.message}
        </View>
      ) : null}
    </View>
  );
}
