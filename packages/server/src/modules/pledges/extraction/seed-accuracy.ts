import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, type Evaluation } from './evaluate.js';
import { extractTargets } from './extract-targets.js';
import type { ExpectedTarget, ExtractedTarget } from './target-types.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The 晋中 reports whose targets were listed by hand (fixtures/expected-<year>.json). */
export const SEED_YEARS = [2025, 2026] as const;

export interface ExpectedFile {
  source: string;
  year: number;
  note: string;
  items: ExpectedTarget[];
}

export const readSeedReport = (year: number) =>
  fs.readFileSync(path.join(FIXTURES, `jinzhong-government-work-report-${year}.txt`), 'utf8');

export const readExpected = (year: number) =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, `expected-${year}.json`), 'utf8')) as ExpectedFile;

export interface SeedAccuracy {
  year: number;
  extracted: ExtractedTarget[];
  evaluation: Evaluation<ExpectedTarget, ExtractedTarget>;
  /** Share of matched pairs whose comparison (以上, 左右…) also agrees. */
  comparisonAgreement: number;
}

export function measureSeedAccuracy(year: number): SeedAccuracy {
  const extracted = extractTargets(readSeedReport(year), { year });
  const evaluation = evaluate(extracted, readExpected(year).items);
  const agreeing = evaluation.matched.filter(
    (p) => p.expected.comparison === p.extracted.comparison,
  ).length;
  return {
    year,
    extracted,
    evaluation,
    comparisonAgreement: evaluation.matched.length === 0 ? 1 : agreeing / evaluation.matched.length,
  };
}
