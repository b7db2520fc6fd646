/** The kinds of duty a member's points are counted from, in the order the record lists them. */
export const DUTY_ITEMS = [
  'proposal_led',
  'proposal_cosigned',
  'speech',
  'plenary_present',
  'standing_present',
  'activity_present',
  'absent',
  'excused',
  'opinion_submitted',
  'opinion_adopted',
] as const;
export type DutyItem = (typeof DUTY_ITEMS)[number];

export const DUTY_ITEM_LABELS: Record<DutyItem, { zh: string; en: string }> = {
  proposal_led: { zh: '提案领衔', en: 'Proposals led' },
  proposal_cosigned: { zh: '提案附议', en: 'Proposals co-signed' },
  speech: { zh: '大会发言', en: 'Plenary speeches' },
  plenary_present: { zh: '出席全体会议', en: 'Plenary meetings attended' },
  standing_present: { zh: '出席常委会议', en: 'Standing committee meetings attended' },
  activity_present: { zh: '参加视察调研协商等活动', en: 'Other activities attended' },
  absent: { zh: '缺席', en: 'Absences' },
  excused: { zh: '请假', en: 'Excused absences' },
  opinion_submitted: { zh: '报送社情民意', en: 'Public-opinion reports submitted' },
  opinion_adopted: { zh: '社情民意被采用', en: 'Public-opinion reports adopted' },
};

/** The points scheme a body starts with; staff change it per body. */
export const DEFAULT_DUTY_WEIGHTS: Record<DutyItem, number> = {
  proposal_led: 5,
  proposal_cosigned: 2,
  speech: 5,
  plenary_present: 2,
  standing_present: 2,
  activity_present: 1,
  absent: -2,
  excused: 0,
  opinion_submitted: 1,
  opinion_adopted: 3,
};

export const ACTIVITY_KINDS = [
  'plenary',
  'standing',
  'inspection',
  'research',
  'consultation',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, { zh: string; en: string }> = {
  plenary: { zh: '全体会议', en: 'Plenary meeting' },
  standing: { zh: '常委会议', en: 'Standing committee meeting' },
  inspection: { zh: '视察', en: 'Inspection' },
  research: { zh: '调研', en: 'Research' },
  consultation: { zh: '协商', en: 'Consultation' },
  other: { zh: '其他活动', en: 'Other activity' },
};

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, { zh: string; en: string }> = {
  present: { zh: '出席', en: 'Present' },
  absent: { zh: '缺席', en: 'Absent' },
  excused: { zh: '请假', en: 'Excused' },
};
