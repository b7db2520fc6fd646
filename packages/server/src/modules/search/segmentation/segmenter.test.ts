import { describe, expect, it } from 'vitest';
import { Segmenter } from './segmenter.js';

describe('Chinese segmentation', () => {
  const seg = Segmenter.shared();

  it('keeps the domain’s policy terms whole', () => {
    const words = seg.cut('关于加快发展低空经济、支持专精特新企业的人大代表建议');
    expect(words).toEqual(expect.arrayContaining(['低空经济', '专精特新', '人大代表建议']));
    expect(seg.cut('推进农村医养结合，健全养老服务体系')).toEqual(
      expect.arrayContaining(['医养结合', '养老服务']),
    );
  });

  it('indexes compounds and their parts, without punctuation', () => {
    const tokens = seg.tokensForIndex('市人大代表：推进“四好农村路”建设。').split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['人大代表', '人大', '代表', '四好农村路']));
    expect(tokens).not.toContain('“');
    expect(tokens).not.toContain('。');
  });

  it('keeps a word an administrator adds', () => {
    const local = new Segmenter();
    expect(local.cut('推进晋中智创城建设')).not.toContain('晋中智创城');
    local.addWords(['晋中智创城']);
    expect(local.cut('推进晋中智创城建设')).toContain('晋中智创城');
  });

  it('finds the characteristic words of a text', () => {
    const top = seg
      .keywords('发展低空经济，建设低空经济产业园，完善低空经济基础设施', 3)
      .map((k) => k.keyword);
    expect(top[0]).toBe('低空经济');
  });
});
