import { describe, expect, it } from 'vitest';
import { Segmenter } from './segmentation/segmenter.js';
import { cosine, keywordsOf, similarityKeys } from './similarity-keys.js';

const seg = Segmenter.shared();
const kw = (title: string, text: string) => keywordsOf(seg, title, text);
const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k)).length;

describe('similarity keys (MinHash over characteristic words)', () => {
  const lowAltitude = kw(
    '关于加快发展低空经济的提案',
    '我市低空经济起步较晚，通用机场等基础设施薄弱。建设通用机场，发展低空经济产业园。',
  );
  const lowAltitudeAgain = kw(
    '关于大力发展低空经济产业的提案',
    '我市低空经济起步晚，通用机场基础设施薄弱。规划建设通用机场和低空经济产业园。',
  );
  const elderlyCare = kw(
    '关于推进农村医养结合的提案',
    '农村养老服务设施不足，乡镇卫生院与敬老院各自为政。推动医养结合机构建设。',
  );

  it('leaves out the words every proposal has', () => {
    const words = lowAltitude.map(([w]) => w);
    expect(words).toContain('低空经济');
    expect(words).not.toContain('关于');
    expect(words).not.toContain('提案');
    expect(words).not.toContain('我市');
  });

  it('gives near-duplicates many keys in common and unrelated proposals none', () => {
    const a = similarityKeys(lowAltitude, 'b1');
    expect(a).toHaveLength(32);
    expect(shared(a, similarityKeys(lowAltitudeAgain, 'b1'))).toBeGreaterThanOrEqual(4);
    expect(shared(a, similarityKeys(elderlyCare, 'b1'))).toBe(0);
    expect(cosine(lowAltitude, lowAltitudeAgain)).toBeGreaterThan(0.6);
    expect(cosine(lowAltitude, elderlyCare)).toBeLessThan(0.2);
  });

  it('is the same on every run and every server (keys are stored)', () => {
    expect(similarityKeys(lowAltitude, 'b1')).toEqual(
      similarityKeys(
        kw(
          '关于加快发展低空经济的提案',
          '我市低空经济起步较晚，通用机场等基础设施薄弱。建设通用机场，发展低空经济产业园。',
        ),
        'b1',
      ),
    );
    // Another body's keys never meet this body's in the index.
    expect(shared(similarityKeys(lowAltitude, 'b1'), similarityKeys(lowAltitude, 'b2'))).toBe(0);
    expect(similarityKeys([], 'b1')).toEqual([]);
  });
});
