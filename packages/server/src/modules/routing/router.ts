import { CATEGORY_AREA_LABELS, CATEGORY_AREAS, type CategoryArea } from '@jianyan/shared';
import { HistoryIndex, NOT_SUBJECT } from './history-index.js';
import { AREA_TERMS, NOT_SUBJECT_PHRASES } from './lexicon/area-terms.js';
import { CharacterBackoff } from './lexicon/character-backoff.js';
import { DEPARTMENT_KINDS, STAND_INS, type DepartmentKind } from './lexicon/department-kinds.js';
import { readRoadNames } from './lexicon/road-names.js';
import { findTerms, longestFirst, parseTermAreas, parseTerms } from './lexicon/term-matcher.js';
import type {
  RoutingHistoryItem,
  RoutingInput,
  RoutingSuggestion,
  Scored,
  SimilarPast,
} from './routing-types.js';
import { isPlaceGovernment, kindsOfUnit, nameParts, sharedRegionPrefix } from './unit-names.js';

const KIND_TERMS = new Map(DEPARTMENT_KINDS.map((k) => [k.id, parseTerms(k.terms)]));
const KIND_TERM_AREAS = new Map(DEPARTMENT_KINDS.map((k) => [k.id, parseTermAreas(k.terms)]));
const AREA_TERM_WEIGHTS = new Map(
  CATEGORY_AREAS.map((a) => [a, parseTerms(AREA_TERMS[a])] as const),
);

/** A word's heaviest weight in any kind's or area's list (1 for a unit's name part). */
const WORD_WEIGHTS = new Map<string, number>();
for (const m of [...KIND_TERMS.values(), ...AREA_TERM_WEIGHTS.values()]) {
  for (const [word, weight] of m) {
    WORD_WEIGHTS.set(word, Math.max(WORD_WEIGHTS.get(word) ?? 0, weight));
  }
}
const weightOf = (word: string) => WORD_WEIGHTS.get(word) ?? 1;

const BACKOFF = new CharacterBackoff(new Map([...KIND_TERMS].map(([id, m]) => [id, m.keys()])));
/** What the character back-off gives the best kind: less than one word in the summary (0.5). */
const BACKOFF_TOP = 0.4;

/** What a title asks to be done, whatever the thing: no clue to the department. */
const REQUEST_VERBS =
  '修建 新建 修缮 维修 修复 修通 建设 实施 解决 加强 加快 推进 推动 支持 完善 提升 改造 开展 帮助 问题 项目 工程'.split(
    ' ',
  );

/** Every word of the lexicon: a unit name part among them is a subject, not a name. */
const SUBJECT_WORDS = new Set([
  ...[...KIND_TERMS.values()].flatMap((m) => [...m.keys()]),
  ...[...AREA_TERM_WEIGHTS.values()].flatMap((m) => [...m.keys()]),
]);

/** How much the history's evidence counts against the lexicon's once a body has enough of it. */
const HISTORY_WEIGHT = 1.2;
/** The summed similarity of the five nearest past proposals at which history counts fully. */
const HISTORY_FULL_AT = 1;

/**
 * What a body's habit adds at most: the share of the body's past proposals, among those the
 * lexicon sent where it sends this one, that staff sent to each unit (or filed in each area).
 * Above 1, the lexicon's whole margin, so that a habit shown by several past proposals (six or
 * more, with HABIT_PRIOR) overrules the words; one or two past proposals only tip close calls.
 * An area's habit is learnt the same way, by the lexicon's first unit (how the body files the
 * subjects of that unit).
 */
const HABIT_WEIGHT = 1.5;
/**
 * A coarser habit of areas, by the lexicon's own first area (how the body files what the words
 * call economy): it spans many subjects, so it only tips close calls.
 */
const AREA_HABIT_WEIGHT = 0.5;
/** Additive smoothing: a habit of n consistent past proposals adds HABIT_WEIGHT·n/(n + 3). */
const HABIT_PRIOR = 3;
/**
 * The newest past proposals the habits are learnt from, about a session's worth: each is routed
 * once when the router is rebuilt (about 1 ms each), after every new assignment.
 */
const HABIT_LIMIT = 500;

/** A kind's score for one proposal: its matched words, and what of it goes to the words' own areas. */
interface KindScore {
  score: number;
  terms: string[];
  ownAreas: Map<CategoryArea, number>;
}

interface PreparedUnit {
  name: string;
  kinds: DepartmentKind[];
  parts: string[];
  place: boolean;
}

/**
 * Suggests a proposal's area and its lead and co-handling units among the body's own units.
 *
 * Day one: the shipped lexicon says which words each kind of department handles; the body's unit
 * names say which kind each unit is (市卫健委 is health). A proposal's words score the kinds,
 * the kinds score the units, and a unit the text names outright scores more. With history, the
 * past proposals most like this one vote for where they went (TF-IDF cosine, k nearest), so the
 * body's own habits — which staff confirm or correct at every assignment — take over gradually.
 */
export class Router {
  private readonly units: PreparedUnit[];
  private readonly history: HistoryIndex | undefined;
  private readonly words: string[];
  /**
   * What the character back-off strips from a title before it looks: the body's place names,
   * village markers and the verbs of a request say nothing about the subject. Longest first.
   */
  private readonly backoffNoise: string[];
  /**
   * The body's habits: for the lexicon's first unit of each past proposal, the units and the
   * areas staff actually chose; for its first area, the areas staff chose.
   */
  private readonly unitHabits = new Habits();
  private readonly areaHabits = new Habits(AREA_HABIT_WEIGHT);
  private readonly areaHabitsByUnit = new Habits();
  /** For each kind the body has no unit of, the kind of the body's units that stands in. */
  private readonly standIn = new Map<string, string>();

  constructor(unitNames: readonly string[], history: readonly RoutingHistoryItem[] = []) {
    const region = sharedRegionPrefix(unitNames);
    this.units = [...new Set(unitNames.map((n) => n.trim()).filter(Boolean))].map((name) => ({
      name,
      kinds: kindsOfUnit(name),
      parts: nameParts(name, region),
      place: isPlaceGovernment(name, region),
    }));
    this.history = history.length ? new HistoryIndex(history) : undefined;
    const present = new Set(this.units.flatMap((u) => u.kinds.map((k) => k.id)));
    for (const [kind, candidates] of Object.entries(STAND_INS)) {
      const standIn = candidates.find((c) => present.has(c));
      if (!present.has(kind) && standIn) {
        this.standIn.set(kind, standIn);
      }
    }
    this.words = longestFirst([
      ...[...KIND_TERMS.values()].flatMap((m) => [...m.keys()]),
      ...[...AREA_TERM_WEIGHTS.values()].flatMap((m) => [...m.keys()]),
      ...this.units.flatMap((u) => u.parts),
      ...NOT_SUBJECT_PHRASES,
    ]);
    this.backoffNoise = longestFirst([
      ...this.units.filter((u) => u.place).flatMap((u) => u.parts),
      ...NOT_SUBJECT,
      ...REQUEST_VERBS,
    ]);
    // Where the words' choice went in the past (history is newest first): a body whose roads go
    // to its construction bureau, or that files water works under 生态文明建设, shows it in every
    // such proposal, whether or not the new one shares words with any of them.
    for (const past of history.slice(0, HABIT_LIMIT)) {
      const lexicon = this.suggestFromLexicon(past);
      if (past.leadUnit) {
        this.unitHabits.add(lexicon.units[0]!.name, past.leadUnit);
      }
      if (past.area) {
        const area = CATEGORY_AREA_LABELS[past.area].zh;
        this.areaHabits.add(lexicon.categories[0]!.name, area);
        this.areaHabitsByUnit.add(lexicon.units[0]!.name, area);
      }
    }
  }

  /** The lexicon's suggestion alone, as on day one. */
  private suggestFromLexicon(input: RoutingInput): RoutingSuggestion {
    return this.lexiconSuggestion(this.analyse(input));
  }

  private lexiconSuggestion({
    found,
    kindScores,
    unitKindScores,
  }: ReturnType<Router['analyse']>): RoutingSuggestion {
    return {
      categories: this.scoreAreas(found, kindScores, [], 0),
      units: this.scoreUnits(found, unitKindScores, [], 0),
    };
  }

  suggest(input: RoutingInput): RoutingSuggestion {
    const analysis = this.analyse(input);
    const { found, kindScores, unitKindScores } = analysis;
    const neighbours = this.history?.nearest(input) ?? [];
    // History counts as much as its evidence is close: a few near-identical past proposals
    // outweigh the lexicon, many faint resemblances do not.
    const closeness = neighbours.slice(0, 5).reduce((s, n) => s + n.similarity, 0);
    const historyWeight = HISTORY_WEIGHT * Math.min(1, closeness / HISTORY_FULL_AT);
    const categories = this.scoreAreas(found, kindScores, neighbours, historyWeight);
    const units = this.scoreUnits(found, unitKindScores, neighbours, historyWeight);
    if (this.unitHabits.size || this.areaHabits.size) {
      const lexicon = this.lexiconSuggestion(analysis);
      return {
        categories: this.areaHabitsByUnit.apply(
          lexicon.units[0]!.name,
          this.areaHabits.apply(lexicon.categories[0]!.name, categories),
        ),
        units: this.unitHabits.apply(lexicon.units[0]!.name, units),
      };
    }
    return { categories, units };
  }

  /** The lexicon's words found in a proposal and the kinds of department they score. */
  private analyse(input: RoutingInput) {
    const roads = readRoadNames(subjectOf(input.title), this.words);
    const subject = roads.text;
    const found = findTerms(this.words, subject, input.summary, weightOf);
    // A road line or a route between two places is a road, said as plainly as in a summary.
    if (roads.route) {
      found.set('道路', Math.max(found.get('道路') ?? 0, ROUTE_STRENGTH));
    }
    // A named street (民主路, 滨河大道) is a city road: the 城市道路管理条例 gives city roads to the
    // municipal works department (住建, 城管), highways to transport.
    if (roads.street) {
      found.set('城市道路', Math.max(found.get('城市道路') ?? 0, ROUTE_STRENGTH));
    }
    const kindScores = new Map<string, KindScore>();
    for (const kind of DEPARTMENT_KINDS) {
      let score = 0;
      const terms: string[] = [];
      const ownAreas = new Map<CategoryArea, number>();
      const wordAreas = KIND_TERM_AREAS.get(kind.id)!;
      for (const [word, weight] of KIND_TERMS.get(kind.id)!) {
        const strength = found.get(word);
        if (strength) {
          score += weight * strength;
          terms.push(word);
          const own = wordAreas.get(word);
          if (own) {
            ownAreas.set(own, (ownAreas.get(own) ?? 0) + weight * strength);
          }
        }
      }
      kindScores.set(kind.id, { score, terms, ownAreas });
    }
    // No lexicon word at all (a place name may be there): the title's characters give the kinds
    // a weak order, so that a 闸塘 goes to the water bureau before the comprehensive default.
    if (![...found.keys()].some((w) => SUBJECT_WORDS.has(w))) {
      const text = this.backoffNoise.reduce((t, w) => t.split(w).join(''), subject);
      // Only the head of the phrase (its last two characters, 闸塘 of 修缮小闸塘): elsewhere a
      // character is as likely a modifier or a function word (不, 的) as a clue.
      for (const [kind, score] of BACKOFF.scores(text.slice(-2), BACKOFF_TOP)) {
        kindScores.get(kind)!.score = score;
      }
    }
    // The body's units take over, at half weight, the subjects of kinds it has no unit of.
    const unitKindScores = new Map(kindScores);
    for (const [kind, standIn] of this.standIn) {
      const from = kindScores.get(kind)!;
      const to = unitKindScores.get(standIn)!;
      if (from.score) {
        unitKindScores.set(standIn, {
          score: to.score + 0.5 * from.score,
          terms: [...to.terms, ...from.terms],
          ownAreas: to.ownAreas,
        });
      }
    }
    return { found, kindScores, unitKindScores };
  }

  private scoreUnits(
    found: Map<string, number>,
    kindScores: Map<string, KindScore>,
    neighbours: { item: RoutingHistoryItem; similarity: number }[],
    historyWeight: number,
  ): Scored[] {
    const lexicon = this.units.map((u) => {
      const scores = u.kinds.map((k) => kindScores.get(k.id)!).sort((a, b) => b.score - a.score);
      // A merged department (文化和旅游局) answers for both subjects, the main one counting most.
      let score = (scores[0]?.score ?? 0) + 0.25 * scores.slice(1).reduce((s, k) => s + k.score, 0);
      // A name part that is itself a subject word (乡村振兴 of 乡村振兴局, 文化 of 文化局) has
      // scored through the unit's kind already, as strongly as where it stands deserves.
      const named = u.parts
        .filter((p) => found.has(p) && !SUBJECT_WORDS.has(p))
        .sort((a, b) => b.length - a.length)[0];
      // A unit nothing points to but whose kind shares work with a kind that scored (the two
      // stand in for each other: water works and agriculture, roads and construction) comes
      // before the comprehensive default — a small share, below any word of its own.
      if (score === 0) {
        score =
          RELATED_SHARE *
          Math.max(
            0,
            ...u.kinds.flatMap((k) => relatedKinds(k.id)).map((r) => kindScores.get(r)!.score),
          );
      }
      if (named) {
        score += u.place ? PLACE_NAMED : named.length >= 3 ? 3 : 1;
      }
      // Among units nothing points to, the comprehensive departments come first (what no
      // specialised department claims — a city's or a region's overall development — is assigned
      // to them), then broad departments (more subjects). Both are far below one matched word.
      const generalist = u.kinds.some((k) => GENERALIST_KINDS.has(k.id)) ? 0.02 : 0;
      const breadth = u.kinds.reduce((s, k) => s + KIND_TERMS.get(k.id)!.size, 0) / 10_000;
      return {
        unit: u,
        score: score + generalist + breadth,
        terms: [...new Set(scores.flatMap((k) => k.terms))],
        named,
      };
    });
    const votes = vote(neighbours, (item) => item.leadUnit);
    return combine(
      lexicon.map((l) => ({
        name: l.unit.name,
        lexicon: l.score,
        history: votes.get(l.unit.name),
        terms: l.terms,
        named: l.named,
      })),
      historyWeight,
    );
  }

  private scoreAreas(
    found: Map<string, number>,
    kindScores: Map<string, KindScore>,
    neighbours: { item: RoutingHistoryItem; similarity: number }[],
    historyWeight: number,
  ): Scored[] {
    const votes = vote(neighbours, (item) =>
      item.area ? CATEGORY_AREA_LABELS[item.area].zh : undefined,
    );
    return combine(
      CATEGORY_AREAS.map((area) => {
        let score = 0;
        const terms = new Set<string>();
        for (const kind of DEPARTMENT_KINDS) {
          const k = kindScores.get(kind.id)!;
          // Words with an area of their own count for it; the rest by the kind's shares.
          const own = k.ownAreas.get(area) ?? 0;
          const shared = k.score - [...k.ownAreas.values()].reduce((a, b) => a + b, 0);
          const contribution = own + shared * (kind.areas[area] ?? 0);
          if (contribution > 1e-9) {
            score += contribution;
            k.terms.forEach((t) => terms.add(t));
          }
        }
        for (const [word, weight] of AREA_TERM_WEIGHTS.get(area)!) {
          const strength = found.get(word);
          if (strength) {
            score += 0.5 * weight * strength;
            terms.add(word);
          }
        }
        const name = CATEGORY_AREA_LABELS[area].zh;
        // With no evidence at all, the areas come in the order offices receive most proposals.
        const prior = (DEFAULT_AREA_ORDER.length - DEFAULT_AREA_ORDER.indexOf(area)) / 1000;
        return { name, lexicon: score + prior, history: votes.get(name), terms: [...terms] };
      }),
      historyWeight,
    );
  }
}

/** How strongly a road line or a route (松会线菱角段, 新庄组至泗水沟) says 道路. */
const ROUTE_STRENGTH = 0.5;

/** A title without its frame (关于…的提案/建议): the frame says nothing about the subject. */
export function subjectOf(title: string): string {
  let subject = title
    .trim()
    .replace(/^关于/, '')
    // 关于要求/恳请/建议… : the request is the frame, what follows is the subject.
    .replace(/^(要求|请求|恳请|提请|希望|建议|呼吁)/, '');
  // Twice, for a frame inside a frame: 关于新建活动室建议的提案.
  for (let i = 0; i < 2; i++) {
    subject = subject.replace(
      /的?(提案|建议案|建议书|建议|议案|提议|意见建议|意见|几点建议|对策建议)$/,
      '',
    );
  }
  // 对X进行Y is Y done to X, said the long way: 对水库水资源进行保护 is 水资源保护, so the
  // object and what is done to it meet as they do in a compound (水资源保护, 老树保护).
  return subject.replace(/对([^，,。；;、]+?)进行/, '$1');
}

/**
 * With no evidence, the areas in the order bodies receive most proposals: the published shares
 * put economy first (42.6% of the 全国政协 2025 session, 44.8% of 湖北省政协 2020, 41.1% of 武汉市政协
 * 2022), then society (27.7%, 30.8%, 34%), with ecology, culture and politics far behind.
 */
const DEFAULT_AREA_ORDER: CategoryArea[] = ['economy', 'society', 'ecology', 'culture', 'politics'];

/**
 * What naming a place's government (坡脚镇, 鹿阜街道) adds: a title names the place mostly to say
 * where its subject is (修建坡脚镇…道路 goes to the transport bureau), so the bonus lies between
 * one ordinary and one strongly specific subject word — the place's government leads when no
 * department's subject is clearly named.
 */
const PLACE_NAMED = 1.5;

/** What a related kind's score gives a unit with no evidence of its own (see scoreUnits). */
const RELATED_SHARE = 0.08;

/** Kinds that share work, either way round: one stands in for the other (STAND_INS). */
const RELATED = new Map<string, string[]>();
for (const [kind, standIns] of Object.entries(STAND_INS)) {
  for (const other of standIns) {
    RELATED.set(kind, [...(RELATED.get(kind) ?? []), other]);
    RELATED.set(other, [...(RELATED.get(other) ?? []), kind]);
  }
}
// The development and reform bureau shares work with every kind: it plans and funds the
// projects of all of them (重大项目, 项目建设), so it is every kind's second thought.
const relatedKinds = (kind: string) =>
  kind === 'development-reform' ? DEPARTMENT_KINDS.map((k) => k.id) : (RELATED.get(kind) ?? []);

/** The comprehensive departments that take what no specialised department claims. */
const GENERALIST_KINDS = new Set(['development-reform', 'government-office']);

/**
 * A body's habit: for each choice of the lexicon, what staff chose instead (or also), counted.
 * The habit adds to each option its share of those choices, smoothed so that one or two past
 * proposals count little and a consistent habit of many counts nearly HABIT_WEIGHT.
 */
class Habits {
  private readonly counts = new Map<string, Map<string, number>>();

  constructor(private readonly weight = HABIT_WEIGHT) {}

  get size() {
    return this.counts.size;
  }

  add(lexiconChoice: string, staffChoice: string) {
    const m = this.counts.get(lexiconChoice) ?? new Map<string, number>();
    m.set(staffChoice, (m.get(staffChoice) ?? 0) + 1);
    this.counts.set(lexiconChoice, m);
  }

  apply(lexiconChoice: string, rows: Scored[]): Scored[] {
    const m = this.counts.get(lexiconChoice);
    if (!m) {
      return rows;
    }
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    return rows
      .map((r) => {
        const count = m.get(r.name) ?? 0;
        return count
          ? {
              name: r.name,
              score: Math.round((r.score + (this.weight * count) / (n + HABIT_PRIOR)) * 1e4) / 1e4,
              reasons: { ...r.reasons, habit: { count, of: n } },
            }
          : r;
      })
      .sort((a, b) => b.score - a.score);
  }
}

function vote(
  neighbours: { item: RoutingHistoryItem; similarity: number }[],
  key: (item: RoutingHistoryItem) => string | undefined,
) {
  const votes = new Map<string, { score: number; similar: SimilarPast[] }>();
  for (const n of neighbours) {
    const k = key(n.item);
    if (k) {
      const v = votes.get(k) ?? { score: 0, similar: [] };
      v.score += n.similarity;
      v.similar.push({
        ref: n.item.ref,
        title: n.item.title,
        similarity: Math.round(n.similarity * 1000) / 1000,
      });
      votes.set(k, v);
    }
  }
  return votes;
}

/** Lexicon and history scores, each scaled to its best, added with the history's weight. */
function combine(
  rows: {
    name: string;
    lexicon: number;
    history: { score: number; similar: SimilarPast[] } | undefined;
    terms: string[];
    named?: string;
  }[],
  historyWeight: number,
): Scored[] {
  // At least 0.5 (one word in the summary), so that units nothing points to keep tiny scores.
  const maxLexicon = Math.max(...rows.map((r) => r.lexicon), 0.5);
  const maxHistory = Math.max(...rows.map((r) => r.history?.score ?? 0), 1e-9);
  return rows
    .map((r) => ({
      name: r.name,
      score:
        Math.round(
          (r.lexicon / maxLexicon + (historyWeight * (r.history?.score ?? 0)) / maxHistory) * 1e4,
        ) / 1e4,
      reasons: {
        terms: r.terms,
        similar: (r.history?.similar ?? []).slice(0, 3),
        ...(r.named ? { namedInText: r.named } : {}),
      },
    }))
    .sort((a, b) => b.score - a.score);
}
