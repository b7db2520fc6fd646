import { Card, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** A page's frame: its title, a line saying what it is for, the page's buttons, the content. */
export function PageCard({
  title,
  subtitle,
  extra,
  children,
  testId,
  style,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
  style?: CSSProperties;
}) {
  return (
    <Card
      data-testid={testId}
      style={{ ...style }}
      title={
        <div style={{ padding: '10px 0', whiteSpace: 'normal' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {subtitle}
            </Typography.Text>
          )}
        </div>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}
