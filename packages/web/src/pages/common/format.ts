import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Dates are shown in Beijing time, wherever the browser is. */
export const beijing = (d: string | null | undefined, withTime = true) =>
  d
    ? dayjs(d)
        .tz('Asia/Shanghai')
        .format(withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD')
    : '—';

/** Days left until a deadline (negative when overdue). */
export const daysLeft = (d: string | null | undefined) =>
  d ? Math.ceil(dayjs(d).diff(dayjs(), 'hour') / 24) : null;
