/** What a government work report commits to, in the shape deputies supervise it. */

/** 'target': a quantified goal (目标任务); 'pledge': a livelihood pledge (民生实事) or one of its items. */
export type TargetKind = 'target' | 'pledge';

/**
 * How the quantity binds: 以上/不低于/突破/达到 → at_least; 不超过/以下 → at_most;
 * 左右/约 → about; 控制在…(以内) → within; a bare figure → exactly.
 */
export type Comparison = 'at_least' | 'at_most' | 'about' | 'exactly' | 'within';

export interface ExtractedTarget {
  kind: TargetKind;
  /** What is measured, in the report's words (地区生产总值增长, 城镇新增就业, 新建“四好农村路”). */
  indicator: string;
  /** The figure as printed: 3.5 for 3.5万人 (the magnitude stays in the unit). */
  quantity: number;
  /** As printed, with its magnitude: %, 万人, 公里, 亿斤, 个, 所, 件. */
  unit: string;
  comparison: Comparison;
  year: number;
  /** The whole sentence, with the line breaks and spaces of the newspaper columns removed. */
  sentence: string;
  /** Character offset in the original text where that sentence starts. */
  offset: number;
}

/** One line of a hand-made ground truth (fixtures/expected-*.json). */
export interface ExpectedTarget {
  kind: TargetKind;
  indicator: string;
  quantity: number;
  unit: string;
  comparison: Comparison;
  /** The report's phrase the item was read from, so a reviewer can check it. */
  quote?: string;
}
