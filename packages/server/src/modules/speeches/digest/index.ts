export {
  parseDigest,
  type ParsedDigest,
  type ParsedSpeech,
  type UnplacedLine,
} from './parse-digest.js';
