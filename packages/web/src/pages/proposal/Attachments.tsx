import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, downloadUrl, errorText } from '../../api/client';
import { invalidateProposals } from '../../api/hooks';
import type { Attachment, ProposalDetail } from '../../api/types';
import { fmtBytes, fmtDateTime } from '../../components/format';
import { useLang, useT } from '../../i18n';

function AttachmentRow({
  proposalId,
  a,
  onDelete,
}: {
  proposalId: string;
  a: Attachment;
  onDelete?: () => void;
}) {
  const t = useT();
  return (
    <Flex align="center" gap={8} wrap style={{ padding: '4px 0' }}>
      <PaperClipOutlined />
      <a href={downloadUrl(`/proposals/${proposalId}/attachments/${a.attachmentId}`)}>
        {a.filename}
      </a>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {fmtBytes(a.sizeBytes)} · {a.uploadedByName} · {fmtDateTime(a.uploadedAt)}
      </Typography.Text>
      {onDelete && (
        <Popconfirm
          title={t('删除该附件？')}
          onConfirm={onDelete}
          okText={t('删除')}
          cancelText={t('取消')}
        >
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('删除')}
          />
        </Popconfirm>
      )}
    </Flex>
  );
}

export function AttachmentsList({ proposal }: { proposal: ProposalDetail }) {
  const t = useT();
  if (proposal.attachments.length === 0) {
    return <Typography.Text type="secondary">{t('无附件')}</Typography.Text>;
  }
  return (
    <div>
      {proposal.attachments.map((a) => (
        <AttachmentRow key={a.attachmentId} proposalId={proposal.proposalId} a={a} />
      ))}
    </div>
  );
}

/** The draft's attachments: upload (checked by the server for type and size) and remove. */
export function AttachmentsEditor({ proposal }: { proposal: ProposalDetail }) {
  const t = useT();
  const lang = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const id = proposal.proposalId;
  return (
    <div data-testid="attachments">
      {proposal.attachments.map((a) => (
        <AttachmentRow
          key={a.attachmentId}
          proposalId={id}
          a={a}
          onDelete={() =>
            void api
              .delete(`/proposals/${id}/attachments/${a.attachmentId}`)
              .then(() => invalidateProposals(qc))
              .catch((e: unknown) => message.error(errorText(e, lang)))
          }
        />
      ))}
      <Upload
        showUploadList={false}
        multiple
        customRequest={({ file, onSuccess, onError }) => {
          const body = new FormData();
          body.append('file', file as Blob);
          setUploading(true);
          api
            .post(`/proposals/${id}/attachments`, body)
            .then(async (r) => {
              onSuccess?.(r);
              void message.success(t('附件已上传'));
              await invalidateProposals(qc);
            })
            .catch((e: unknown) => {
              onError?.(e as Error);
              void message.error(errorText(e, lang));
            })
            .finally(() => setUploading(false));
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading} style={{ marginTop: 4 }}>
          {t('上传附件')}
        </Button>
      </Upload>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('支持 PDF、Word、Excel、图片等，单个文件不超过 20 MB')}
        </Typography.Text>
      </div>
    </div>
  );
}
