import { Empty, Typography } from 'antd';
import type { SpeechDigest } from '../../api/speeches';
import { useT } from '../../i18n';

/**
 * 发言摘编 laid out like the newspaper page: the heading, then each speech's title lines, its
 * speaker line, its problem and "为此建议：" with its suggestions.
 */
export function DigestView({ digest }: { digest: Pick<SpeechDigest, 'heading' | 'speeches'> }) {
  const t = useT();
  return (
    <article data-testid="speech-digest" style={{ maxWidth: 820, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ textAlign: 'center' }} data-testid="digest-heading">
        {digest.heading}
      </Typography.Title>
      {digest.speeches.length === 0 && <Empty description={t('还没有选用的发言')} />}
      {digest.speeches.map((s) => (
        <section key={s.speechId} data-testid="digest-speech" style={{ marginTop: 28 }}>
          {s.titleLines.map((line, i) => (
            <Typography.Title
              key={i}
              level={i === 0 ? 4 : 5}
              style={{ textAlign: 'center', margin: i === 0 ? '0 0 4px' : '0 0 4px' }}
            >
              {line}
            </Typography.Title>
          ))}
          <div style={{ textAlign: 'center', color: '#595959', marginBottom: 12 }}>
            {s.speakerLine}
          </div>
          {s.problem && (
            <Typography.Paragraph style={{ textIndent: '2em', lineHeight: 1.9 }}>
              {s.problem}
            </Typography.Paragraph>
          )}
          {s.suggestions && (
            <Typography.Paragraph style={{ textIndent: '2em', lineHeight: 1.9 }}>
              {t('为此建议：')}
              {s.suggestions}
            </Typography.Paragraph>
          )}
        </section>
      ))}
    </article>
  );
}
