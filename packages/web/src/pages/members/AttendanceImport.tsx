import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldError } from '@jianyan/shared';
import { ApiError, api, errorText } from '../../api/client';
import { useLang, useT } from '../../i18n';

/** Uploads an attendance sheet; a rejected file lists every bad row and nothing is stored. */
export function AttendanceImport() {
  const t = useT();
  const lang = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldError[]>([]);
  return (
    <Flex vertical gap={12} data-testid="attendance-import">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(
          '表头须为：日期、活动类型、活动名称、姓名、出勤情况（出席/缺席/请假）。活动按日期、类型和名称匹配，没有的自动创建。任何一行有误则整表不导入。',
        )}
      </Typography.Paragraph>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          const body = new FormData();
          body.append('file', file as Blob);
          setBusy(true);
          setProblems([]);
          api
            .post<{ imported: number; activities: number }>('/duty/attendance/import', body)
            .then(async (r) => {
              onSuccess?.(r);
              void message.success(
                t('已导入 {n} 条考勤记录，涉及 {a} 项活动', { n: r.imported, a: r.activities }),
              );
              await qc.invalidateQueries({ queryKey: ['duty'] });
            })
            .catch((e: unknown) => {
              onError?.(e as Error);
              if (e instanceof ApiError) {
                setProblems(e.fields);
              }
              void message.error(errorText(e, lang));
            })
            .finally(() => setBusy(false));
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {t('选择 Excel 文件导入')}
        </Button>
      </Upload>
      {problems.length > 0 && (
        <Alert
          type="error"
          title={t('导入失败，未保存任何数据')}
          description={
            <List
              size="small"
              data-testid="import-problems"
              dataSource={problems}
              renderItem={(p) => (
                <List.Item>
                  {p.field}：{lang === 'zh' ? p.messageZh : p.message}
                </List.Item>
              )}
            />
          }
        />
      )}
    </Flex>
  );
}
