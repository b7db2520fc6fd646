import { CATEGORY_AREA_LABELS, CATEGORY_AREAS, type CategoryArea } from '@jianyan/shared';

/** The five areas' names as the offices write them (经济建设 …), the router's category names. */
export const CATEGORY_NAMES = CATEGORY_AREAS.map((a) => CATEGORY_AREA_LABELS[a].zh);

/** The area of a category name (经济建设 → economy); undefined for any other name. */
export function areaOfCategoryName(name: string): CategoryArea | undefined {
  return CATEGORY_AREAS.find((a) => CATEGORY_AREA_LABELS[a].zh === name.trim());
}

/** What the router reads of a proposal. */
export interface RoutingInput {
  title: string;
  summary?: string;
}

/** A past proposal and where it went, to learn from. */
export interface RoutingHistoryItem {
  title: string;
  summary?: string;
  area?: CategoryArea;
  leadUnit?: string;
  /** Shown to staff as a reason ("like 第12号, which went to …"), e.g. a proposal id. */
  ref?: string;
}

/** A past proposal like this one, offered as the reason for a suggestion. */
export interface SimilarPast {
  ref?: string;
  title: string;
  similarity: number;
}

/** Why a unit or category was suggested, for staff to judge the suggestion. */
export interface RoutingReasons {
  /** Words of the proposal that this unit's kind of department handles. */
  terms: string[];
  /** Past proposals like this one that went to this unit (or were in this category). */
  similar: SimilarPast[];
  /** The part of the unit's name the proposal mentions, if it does. */
  namedInText?: string;
  /**
   * The body's habit: of the `of` past proposals whose words pointed where this one's do, `count`
   * went to this unit (or were filed in this area).
   */
  habit?: { count: number; of: number };
}

export interface Scored {
  name: string;
  score: number;
  reasons: RoutingReasons;
}

export interface RoutingSuggestion {
  /** All five areas, best first. */
  categories: Scored[];
  /** All of the body's units, best first: the first is the suggested lead unit. */
  units: Scored[];
}
