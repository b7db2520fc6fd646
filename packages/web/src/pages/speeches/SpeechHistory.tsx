import { HistoryOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useSpeech, type SpeechEvent } from '../../api/speeches';
import { fmtDateTime } from '../../components/format';
import { useT, type Phrase } from '../../i18n';

const ACTIONS: Record<string, Phrase> = {
  create: '起草',
  edit: '修改',
  staff_edit: '工作人员编辑',
  submit: '提交',
  return: '退回修改',
  select: '选用',
  not_select: '不选用',
  make_proposal: '转为提案',
};

const FIELDS: Record<string, Phrase> = {
  titleLines: '标题',
  affiliation: '身份',
  problem: '问题',
  suggestions: '建议',
};

/** Who did what to a speech and when; after staff edits, the text as submitted. */
export function SpeechHistory({ speechId }: { speechId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const speech = useSpeech(open ? speechId : undefined);
  const line = (e: SpeechEvent) => {
    const named = (table: Record<string, Phrase>, key: string) => {
      const phrase = table[key];
      return phrase ? t(phrase) : key;
    };
    const changed = (e.payload.changed ?? []).map((f) => named(FIELDS, f));
    return [
      fmtDateTime(e.at),
      e.actorName ?? '',
      named(ACTIONS, e.action) + (changed.length ? `（${changed.join('、')}）` : ''),
    ].join(' ');
  };
  const original = speech.data?.original;
  return (
    <>
      <Button size="small" icon={<HistoryOutlined />} onClick={() => setOpen(true)}>
        {t('记录')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('发言记录')} size="large">
        {!speech.data ? (
          <Spin />
        ) : (
          <div data-testid="speech-history">
            <Timeline items={speech.data.history.map((e, i) => ({ key: i, content: line(e) }))} />
            {original && (
              <>
                <Typography.Title level={5}>{t('原稿')}</Typography.Title>
                <Descriptions column={1} bordered size="small">
                  <Descriptions.Item label={t('标题')}>
                    {original.titleLines.join(' ')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('问题')}>{original.problem}</Descriptions.Item>
                  <Descriptions.Item label={t('建议')}>{original.suggestions}</Descriptions.Item>
                </Descriptions>
              </>
            )}
          </div>
        )}
      </Drawer>
    </>
  );
}
