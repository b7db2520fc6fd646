import { UploadOutlined } from '@ant-design/icons';
import { App, Button, InputNumber, Space, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../../api/client';
import { targetApi } from '../../api/targets';
import { useLang, useT } from '../../i18n';

/** The year and the report's text file: the targets found in it are listed for review. */
export function ImportReport({ onImported }: { onImported: (reportId: string) => void }) {
  const t = useT();
  const lang = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [busy, setBusy] = useState(false);
  return (
    <Space>
      <InputNumber
        aria-label={t('报告年度')}
        min={2000}
        max={2100}
        value={year}
        onChange={setYear}
        style={{ width: 100 }}
      />
      <Upload
        accept=".txt,text/plain"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          setBusy(true);
          targetApi
            .importReport(year ?? 0, file as Blob)
            .then(async (r) => {
              onSuccess?.(r);
              void message.success(t('已导入，抽取目标{n}项，请逐项审核', { n: r.extracted }));
              await qc.invalidateQueries();
              onImported(r.reportId);
            })
            .catch((e: unknown) => {
              onError?.(e as Error);
              void message.error(errorText(e, lang));
            })
            .finally(() => setBusy(false));
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-report">
          {t('导入政府工作报告')}
        </Button>
      </Upload>
    </Space>
  );
}
