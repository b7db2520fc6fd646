import { Button, Form, Input, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { useAction } from '../../api/hooks';
import { PageCard } from '../../components/PageCard';
import { useT } from '../../i18n';

interface Values {
  words: string;
}

/**
 * 检索词典: the body's own words (place names, local programmes) that search keeps whole, one per
 * line. Saving re-indexes the body's proposals with them.
 */
export function DictionaryPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const dictionary = useQuery({
    queryKey: ['search-dictionary'],
    queryFn: () => api.get<{ words: string[] }>('/search/dictionary'),
  });
  useEffect(() => {
    if (dictionary.data) {
      form.setFieldsValue({ words: dictionary.data.words.join('\n') });
    }
  }, [dictionary.data, form]);
  const save = useAction<Values, { words: string[]; reindexed: number }>({
    run: (v) =>
      api.put('/search/dictionary', {
        words: v.words
          .split('\n')
          .map((w) => w.trim())
          .filter(Boolean),
      }),
    done: '检索词典已保存',
    // The API names a bad word by its position (words.3): the error shows on the text box.
    form,
  });
  return (
    <PageCard
      title={t('检索词典')}
      subtitle={t(
        '本机构的地名、项目名等专有词语，检索时作为整词处理；保存后重建本机构提案的检索索引',
      )}
      testId="admin-dictionary"
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="words"
          label={t('词语（每行一个）')}
          extra={t('平台已内置常用政策词语，如低空经济、专精特新、医养结合')}
        >
          <Input.TextArea autoSize={{ minRows: 8, maxRows: 24 }} placeholder="潇河新城" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('保存')}
        </Button>
        {save.data && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="reindexed">
            {t('已按新词典重建 {n} 件提案的索引', { n: save.data.reindexed })}
          </Typography.Paragraph>
        )}
      </Form>
    </PageCard>
  );
}
