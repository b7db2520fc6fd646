import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { currentLang } from '../i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date is shown in Beijing time, wherever the browser is. */
export const TZ = 'Asia/Shanghai';

export const inBeijing = (d: string | Date) => dayjs(d).tz(TZ);

export const fmtDateTime = (d: string | null | undefined) =>
  d ? inBeijing(d).format('YYYY-MM-DD HH:mm') : '—';

export const fmtDate = (d: string | null | undefined) =>
  d ? inBeijing(d).format('YYYY-MM-DD') : '—';

export const fmtBytes = (n: number) =>
  n < 1024
    ? `${n} B`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${(n / 1048576).toFixed(1)} MB`;

/** 第0123号 / 第平0012号 — the number as the office writes it (No. 0123 in English). */
export const numberText = (label: string | null | undefined) =>
  !label ? '' : currentLang() === 'zh' ? `第${label}号` : `No. ${label.replace('平', 'I-')}`;
