import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDigest } from './format-digest.js';
import { parseDigest, type ParsedDigest, type ParsedSpeech } from './parse-digest.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.join(HERE, '../../demo/seeds');

/** What a reader of the page established, speech by speech (fixtures/expected-*.json). */
interface Expected {
  source: string;
  heading: string;
  sessionName: string;
  speeches: (Pick<
    ParsedSpeech,
    'titleLines' | 'speakerName' | 'speakerKind' | 'affiliation' | 'deliveredBy'
  > & {
    problemStart: string;
    problemEnd: string;
    suggestionsStart: string;
    suggestionsEnd: string;
    acrossBreaks?: string[];
  })[];
  unplaced?: { line: number; kind: string; text?: string }[];
}

const expected = (city: string) =>
  JSON.parse(
    fs.readFileSync(path.join(HERE, 'fixtures', `expected-${city}.json`), 'utf8'),
  ) as Expected;
const parseSeed = (name: string) => parseDigest(fs.readFileSync(path.join(SEEDS, name), 'utf8'));

const who = (s: Pick<ParsedSpeech, 'titleLines' | 'speakerName'>) =>
  `${s.titleLines.join('/')}｜${s.speakerName}`;

function expectSpeechesAsRead(d: ParsedDigest, e: Expected) {
  expect(d.heading).toBe(e.heading);
  expect(d.sessionName).toBe(e.sessionName);
  expect(d.speeches.map(who)).toEqual(e.speeches.map(who));
  d.speeches.forEach((s, i) => {
    const x = e.speeches[i]!;
    expect(s.order).toBe(i + 1);
    expect(s.title).toBe(x.titleLines.join(' '));
    expect(
      { kind: s.speakerKind, affiliation: s.affiliation, deliveredBy: s.deliveredBy },
      who(s),
    ).toEqual({ kind: x.speakerKind, affiliation: x.affiliation, deliveredBy: x.deliveredBy });
    expect(s.problem.startsWith(x.problemStart), `${who(s)} problem: ${s.problem}`).toBe(true);
    expect(s.problem.endsWith(x.problemEnd), `${who(s)} problem: ${s.problem}`).toBe(true);
    expect(s.suggestions.startsWith(x.suggestionsStart), `${who(s)}: ${s.suggestions}`).toBe(true);
    expect(s.suggestions.endsWith(x.suggestionsEnd), `${who(s)}: ${s.suggestions}`).toBe(true);
    for (const joined of x.acrossBreaks ?? []) {
      expect(s.problem + s.suggestions, who(s)).toContain(joined);
    }
    expect(s.problem + s.suggestions).not.toMatch(/\s|为此建议/);
  });
}

/** format → parse gives back the same speeches, in the same order. */
function expectRoundTrip(d: ParsedDigest) {
  const keep = (s: ParsedSpeech) => ({
    titleLines: s.titleLines,
    speakerName: s.speakerName,
    speakerKind: s.speakerKind,
    affiliation: s.affiliation,
    deliveredBy: s.deliveredBy,
    problem: s.problem,
    suggestions: s.suggestions,
  });
  const text = formatDigest(d);
  const again = parseDigest(text);
  expect(again.heading).toBe(d.heading);
  expect(again.speeches.map(keep)).toEqual(d.speeches.map(keep));
  expect(again.unplaced).toEqual([]);
  return text;
}

describe('the Jinzhong digest (text, then title, then speaker)', () => {
  const d = parseSeed('jinzhong-cppcc-speeches-2025.txt');
  const e = expected('jinzhong');

  it('finds every speech with its title and speaker, in print order', () => {
    expect(d.speeches).toHaveLength(16);
    expectSpeechesAsRead(d, e);
  });

  it('gives the four speakers printed together after speech 5 to speeches 2–5, in order', () => {
    expect(d.speeches.slice(1, 5).map((s) => s.deliveredBy ?? s.speakerName)).toEqual([
      '胡芬',
      '梁勇',
      '赵风云',
      '陈志强',
    ]);
  });

  it('re-joins justified and column-broken text without inserting spaces', () => {
    const text = (i: number) => d.speeches[i]!.problem + d.speeches[i]!.suggestions;
    expect(text(1)).toContain('率先布局并建设“农业低空经济先行区”');
    expect(text(4)).toContain('大力实施“一泓清水入黄河”生态保护工程');
    expect(text(5)).toContain('2024年煤炭先进产能占比达97.8%。');
    // A blank line inside a column does not split the problem statement.
    expect(text(6)).toContain('列为“九个协同发力”的首条重要任务');
    expect(text(8)).toContain('以“醇+电”“醇+油”为辅的柔性生产线');
    expect(text(9)).toContain('县域城镇化率达到54.89%');
    expect(text(12)).toContain('实施“特”“优”战略，示范带动全省有机旱作农业');
    expect(text(13)).toContain('推动产业补链延链强链。');
  });

  it('has no noise to report and nothing to flag', () => {
    expect(d.unplaced).toEqual([]);
    expect(d.speeches.every((s) => s.problem && s.suggestions)).toBe(true);
    expect(d.speeches.flatMap((s) => s.warnings)).toEqual([]);
  });

  it('survives a round trip through formatDigest', () => {
    const text = expectRoundTrip(d);
    expect(text.split('\n').slice(0, 8)).toEqual([
      '凝心聚力谋发展 砥砺前行谱新篇 —— 政协第五届晋中市委员会第四次会议大会发言摘编',
      '',
      '擦亮三个手球“国字号”品牌',
      '打造晋中体育强市新名片',
      '民革晋中市委会 郭高宏',
      d.speeches[0]!.problem,
      `为此建议：${d.speeches[0]!.suggestions}`,
      '',
    ]);
    expect(text).toContain('“小托育”托起“大幸福”\n市政协委员 侯晓燕\n');
  });
});

describe('the Changzhi digest (speaker line, then title, then text; columns crossed)', () => {
  const d = parseSeed('changzhi-cppcc-speeches-2025.txt');
  const e = expected('changzhi');

  it('finds every speech with its title and speaker, in print order', () => {
    expect(d.speeches).toHaveLength(10);
    expectSpeechesAsRead(d, e);
  });

  it('places every speech with its speaker: all ten pictured members speak, none is left over', () => {
    const captions = d.unplaced.filter((u) => /caption/.test(u.reason)).map((u) => u.text);
    expect(captions).toHaveLength(10);
    expect(d.speeches.map((s) => s.deliveredBy ?? s.speakerName).sort()).toEqual(
      [...captions].sort(),
    );
    expect(d.unplaced.filter((u) => !/caption|lede|stray copy|repeats/.test(u.reason))).toEqual([]);
  });

  it('gives the text no speaker line claims to 黄俊霞, the one pictured member without a speech', () => {
    const s = d.speeches[7]!;
    expect(s).toMatchObject({
      speakerName: '黄俊霞',
      speakerKind: 'member',
      affiliation: '市政协委员',
      titleLines: ['调整布局结构', '壮大科技服务业经营主体规模'],
    });
    expect(s.suggestions).toContain('探索成立长治市科技服务业协会');
    expect(s.warnings.join(' ')).toMatch(
      /speaker line and title are missing.*title is taken from its first sentence/,
    );
  });

  it('reads "市政协委员X代表Y" as Y’s speech delivered by X', () => {
    expect(d.speeches[1]).toMatchObject({
      speakerName: '民盟长治市委会',
      speakerKind: 'organisation',
      deliveredBy: '史延春',
    });
    expect(d.speeches[2]).toMatchObject({ speakerName: '和建宏', deliveredBy: null });
  });

  it('keeps 为此建议 inside a paragraph as the split point', () => {
    const s = d.speeches[3]!;
    expect(s.problem).toContain(
      '存在产品附加值低、发展规模较小、同质竞争严重、资源利用不足等问题。',
    );
    expect(s.suggestions).not.toContain('市委十二届七次全会');
  });

  it('puts the crossed columns back together and flags those speeches for a human', () => {
    const flagged = d.speeches.filter((s) => s.warnings.length > 0);
    expect(flagged.map((s) => s.deliveredBy ?? s.speakerName)).toEqual([
      '弓永玲',
      '黄俊霞',
      '舒玉芬',
      '张晓芸',
    ]);
    for (const s of flagged) {
      expect(s.problem).toBe('');
      expect(s.warnings.join(' ')).toContain('columns crossed');
    }
    // The 太行山 text printed under 张晓芸 is 弓永玲's; the 科技服务业 text under 弓永玲 is not hers.
    expect(d.speeches[6]!.suggestions).toContain('建议四市联合开展跨区域调研、协商、联谊');
    expect(d.speeches[6]!.suggestions).not.toContain('科技服务业');
    expect(d.speeches[9]!.suggestions).not.toContain('太行');
  });

  it('reports the lede, the captions, the stray heading, the unattributed text and the repeat', () => {
    expect(d.unplaced.map((u) => u.line)).toEqual(e.unplaced!.map((u) => u.line));
    for (const x of e.unplaced!.filter((u) => u.text)) {
      expect(d.unplaced.find((u) => u.line === x.line)!.text).toBe(x.text);
    }
    const reasonAt = (line: number) => d.unplaced.find((u) => u.line === line)!.reason;
    expect(reasonAt(25)).toMatch(/lede/);
    expect(reasonAt(37)).toMatch(/caption/);
    expect(reasonAt(128)).toMatch(/stray copy.*舒玉芬/);
    expect(reasonAt(156)).toBe('repeats line 123');
  });

  it('survives a round trip through formatDigest', () => {
    const text = expectRoundTrip(d);
    expect(text).toContain('厚植发展沃土\n激发民营经济新动能\n政协沁源县委员会 冯华\n');
    expect(text).toContain('加快政协跨区域联合协商\n市政协委员 弓永玲\n为此建议：强化统筹协调');
  });
});

describe('the column layout’s rules on a small page', () => {
  const page = [
    '某某发言摘编',
    '',
    '甲问题甚多。',
    '为此建议：甲一。',
    '',
    '甲标题上',
    '甲标题下',
    '',
    '乙问题不少。为此建议：乙一。',
    '',
    '乙标题',
    '',
    '市政协委员',
    '王 五',
    '',
    '民盟某市委会',
    '赵六',
    '',
    '市政协委员',
    '多 余',
  ].join('\n');

  it('gives collected speakers to the waiting speeches in order and reports the extra one', () => {
    const d = parseDigest(page);
    expect(d.speeches.map((s) => `${s.title}｜${s.speakerName}｜${s.deliveredBy}`)).toEqual([
      '甲标题上 甲标题下｜王五｜null',
      '乙标题｜民盟某市委会｜赵六',
    ]);
    expect(d.speeches[1]!.problem).toBe('乙问题不少。');
    expect(d.unplaced).toEqual([
      { line: 19, text: '市政协委员 多余', reason: expect.stringMatching(/already has one/) },
    ]);
  });
});
