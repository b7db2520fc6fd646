import type { ServiceContext } from '../../context.js';
import { numberLabel } from '../proposals/proposal-loader.js';
import { highlight } from './highlight.js';
import { bodySegmenter, queryTerms } from './search-index.js';
import { searchVisible, type SearchFilters } from './search.queries.js';

/** The search box: ranked matches among the proposals the caller may see, with highlighted snippets. */
export async function search(ctx: ServiceContext, q: string, filters: SearchFilters) {
  const terms = queryTerms(q, await bodySegmenter(ctx.db, ctx.actor.bodyId));
  if (terms.length === 0) {
    return { items: [], total: 0, page: filters.page, pageSize: filters.pageSize, terms };
  }
  const { rows, total } = await searchVisible(ctx.db, ctx.actor, terms.join(' '), filters);
  return {
    items: rows.map(({ problem, suggestions, rank, ...r }) => ({
      ...r,
      numberLabel: numberLabel(r),
      rank: Number(rank),
      highlights: {
        title: highlight(r.title, terms, 200),
        text: highlight(problem, terms) ?? highlight(suggestions, terms),
      },
    })),
    total,
    page: filters.page,
    pageSize: filters.pageSize,
    terms,
  };
}
