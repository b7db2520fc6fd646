import type { Highlight } from '../api/types';

/** A snippet with the search's matched ranges marked; text only, never HTML. */
export function Marked({ h }: { h: Highlight }) {
  const parts = [];
  let at = 0;
  for (const [s, e] of h.marks) {
    parts.push(h.snippet.slice(at, s));
    parts.push(<mark key={s}>{h.snippet.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(h.snippet.slice(at));
  return <>{parts}</>;
}
