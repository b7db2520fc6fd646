/**
 * Names for the statements the application repeats, so that the database parses and plans each
 * once per connection instead of on every call (decision 0007). A text is named on its second use,
 * and only the first MAX_NAMED_STATEMENTS texts are, because a named statement lives as long as
 * its connection and some texts vary (IN lists). One name per text for the whole process: each
 * connection prepares a name the first time it meets it.
 */
const MAX_NAMED_STATEMENTS = 1000;
const statementNames = new Map<string, string>();
const seenOnce = new Set<string>();

export function statementName(text: string): string | undefined {
  // Several statements in one text (migrations, restore) need the simple protocol.
  if (text.includes(';')) {
    return undefined;
  }
  const known = statementNames.get(text);
  if (known || statementNames.size >= MAX_NAMED_STATEMENTS) {
    return known;
  }
  if (!seenOnce.has(text)) {
    if (seenOnce.size >= 10 * MAX_NAMED_STATEMENTS) {
      seenOnce.clear();
    }
    seenOnce.add(text);
    return undefined;
  }
  seenOnce.delete(text);
  const name = `jianyan_${statementNames.size + 1}`;
  statementNames.set(text, name);
  return name;
}
