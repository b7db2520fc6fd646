export {
  parseDigest,
  type ParsedDigest,
  type ParsedSpeech,
  type Speaker,
  type TitleLines,
  type UnplacedLine,
} from './parse-digest.js';
export { formatDigest, type FormattableSpeech } from './format-digest.js';
