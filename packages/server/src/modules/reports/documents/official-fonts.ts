/**
 * The fonts GB/T 9704-2012 prescribes, and what Word should use where they are not installed.
 *
 * The prescribed fonts (方正小标宋简体, 仿宋_GB2312) are on most government PCs but not on a stock
 * Windows or Mac. A run can name only one font per script, so the fallback lives in the font
 * table (word/fontTable.xml): each font gets a `w:altName` (the font Word tries next) and the
 * GB2312 character set (`w:charset` 0x86), so that Word and WPS substitute a Chinese font of the
 * same family instead of a Latin default. The chains are
 *   方正小标宋简体 → 宋体 (SimSun), 仿宋_GB2312 → 仿宋 → FangSong, 楷体_GB2312 → 楷体 → KaiTi,
 *   黑体 → SimHei, 宋体 → SimSun.
 * Word only honours one altName; beyond it, it picks the closest font by charset and panose.
 */

const fontRun = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, hint: 'eastAsia' });

export const OFFICIAL_FONTS = {
  /** 2号方正小标宋简体 for the title. */
  title: fontRun('方正小标宋简体'),
  /** 3号仿宋_GB2312 for everything in the body. */
  body: fontRun('仿宋_GB2312'),
  /** 3号楷体 for the name after "签发人：". */
  kai: fontRun('楷体_GB2312'),
  /** 3号黑体 for marks above the title (the reply class). */
  mark: fontRun('黑体'),
  /** 4号宋体 for page numbers. */
  pageNumber: fontRun('宋体'),
};

interface FontTableEntry {
  name: string;
  altName: string;
  /** PANOSE-1 classification, which Word uses to find the closest installed font. */
  panose: string;
}

const FONT_TABLE: FontTableEntry[] = [
  { name: '方正小标宋简体', altName: '宋体', panose: '02010600030101010101' },
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101' },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101' },
];

const entry = (f: FontTableEntry) =>
  `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/>` +
  `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/>` +
  `<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`;

export const OFFICIAL_FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  FONT_TABLE.map(entry).join('') +
  '</w:fonts>';
