/**
 * A work report first reviews the past year (or five years), then plans the coming one. Figures
 * in the review are achievements; only the plan holds targets. The plan begins at its heading
 * ("2025年工作安排", "三、2026年工作安排"); without one, at the sentence that announces the
 * year's goals ("今年发展主要预期目标是").
 */
export function findPlanStart(clean: string, year: number): number | null {
  const heading = new RegExp(`${year}年(?:政府)?工作(?:安排|任务|部署)`);
  const byHeading = heading.exec(clean);
  if (byHeading) {
    return byHeading.index;
  }
  const byAnnouncement = /(?:做好|今年)[^。！？\n]{0,20}(?:政府工作|主要预期目标|主要目标)/.exec(
    clean,
  );
  return byAnnouncement ? byAnnouncement.index : null;
}

/** Words that place a sentence in the past ("一年来", "过去五年", "2024年…"); 比上年 is not one. */
export function looksBackward(sentence: string, year: number): boolean {
  return (
    /去年|过去一年|过去五年|一年来|五年来|刚刚过去/.test(sentence) ||
    new RegExp(`${year - 1}年(?!底|末)`).test(sentence)
  );
}

/** Words that point a sentence at the coming year. */
export const looksForward = (sentence: string) =>
  /今年|全年|年内|力争|确保|争取|目标|将|预期/.test(sentence);
