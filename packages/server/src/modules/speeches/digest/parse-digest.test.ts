import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDigest } from './parse-digest.js';

const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../demo/seeds');
const read = (name: string) => parseDigest(fs.readFileSync(path.join(SEEDS, name), 'utf8'));

describe('the Jinzhong digest (body, then title, then speakers)', () => {
  const d = read('jinzhong-cppcc-speeches-2025.txt');

  it('finds the session and every speech with its speaker, in print order', () => {
    expect(d.sessionName).toBe('政协第五届晋中市委员会第四次会议');
    // Established by reading the page: 16 speeches; speakers printed in one block after speech 5
    // belong, in order, to speeches 2–5.
    expect(d.speeches.map((s) => `${s.titleLines[0]}｜${s.speakerName}`)).toEqual([
      '擦亮三个手球“国字号”品牌｜民革晋中市委会',
      '“四轮驱动”综合施策｜胡芬',
      '推进农村医养结合｜梁勇',
      '深挖工业旅游价值｜民盟晋中市委会',
      '厚植高质量发展绿色底色｜政协介休市委员会',
      '加快发展“人工智能+安全”｜民建晋中市委会',
      '创新多元化消费模式｜李兴',
      '实施人才科技产业联动｜民进晋中市委会',
      '做优做强做大我市｜岳丽',
      '以县城为重要载体推进新型｜农工党晋中市委会',
      '加快传统优势产业数字化改造｜张文平',
      '真学善用“千万工程”经验｜九三学社晋中市委',
      '强化核心示范引领切实发挥｜谷静',
      '激发民营经济活力｜晋中市工商联',
      '持续放大“怡然见晋中”形象品牌效应｜郭亚坤',
      '“小托育”托起“大幸福”｜侯晓燕',
    ]);
    expect(d.unplaced).toEqual([]);
  });

  it('keeps who delivered an organisation’s speech, and a member’s standing', () => {
    expect(d.speeches[0]).toMatchObject({
      speakerKind: 'organisation',
      deliveredBy: '郭高宏',
      affiliation: null,
    });
    expect(d.speeches[1]).toMatchObject({
      speakerKind: 'member',
      speakerName: '胡芬',
      affiliation: '市政协委员',
    });
  });

  it('re-joins column-broken text and splits problem from suggestions', () => {
    const s = d.speeches[2]!;
    expect(s.title).toBe('推进农村医养结合 健全养老服务体系');
    expect(s.problem.startsWith('我市共有337.95万人，其中60岁及以上老人64.08万人')).toBe(true);
    expect(s.problem.endsWith('需进一步加以解决。')).toBe(true);
    expect(s.suggestions.startsWith('加快设施建设，升级配套服务；聚力人才引育')).toBe(true);
    expect(s.suggestions.endsWith('全力推动我市医养结合服务高质量发展。')).toBe(true);
    // Spaced, justified lines ("为 此 建 议 ：") are recognised too.
    expect(d.speeches[12]!.suggestions.startsWith('一是发展新质生产力，建设全国一流农高区')).toBe(
      true,
    );
    expect(d.speeches.every((x) => x.problem && x.suggestions && x.warnings.length === 0)).toBe(
      true,
    );
  });
});

describe('the Changzhi digest (speaker line, then title, then body)', () => {
  const d = read('changzhi-cppcc-speeches-2025.txt');

  it('reads each speaker line and its title', () => {
    expect(d.speeches.map((s) => `${s.speakerName}｜${s.affiliation}`).slice(0, 6)).toEqual([
      '冯华｜政协沁源县委员会',
      '史延春｜民盟长治市委会',
      '和建宏｜市政协委员',
      '赵永江｜市政协委员',
      '石磊｜市政协委员',
      '郭晋斌｜市政协委员',
    ]);
    expect(d.speeches[0]!.title).toBe('厚植发展沃土激发民营经济新动能');
    expect(d.speeches[0]!.problem.startsWith('民营经济是推进中国式现代化的生力军。')).toBe(true);
    expect(d.speeches[0]!.suggestions.startsWith('一是优化扶持政策，发挥推动作用')).toBe(true);
  });

  it('reports the lede, the photo captions and a repeated paragraph instead of mixing them in', () => {
    const reasons = d.unplaced.map((u) => u.reason);
    expect(reasons.filter((r) => r.startsWith('photo caption'))).toHaveLength(10);
    expect(reasons).toContain('the article’s introduction');
    expect(reasons.some((r) => r.startsWith('repeats line'))).toBe(true);
    expect(d.speeches[0]!.problem).not.toContain('汇发展之智');
  });

  it('flags the three speeches whose columns crossed on the printed page', () => {
    expect(d.speeches.filter((s) => s.warnings.length > 0).map((s) => s.speakerName)).toEqual([
      '弓永玲',
      '舒玉芬',
      '张晓芸',
    ]);
  });
});
