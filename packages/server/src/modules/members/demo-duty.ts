import type { ActivityKind, AttendanceStatus } from '@jianyan/shared';
import type { ServiceContext } from '../../context.js';
import { createActivity, recordAttendance } from './activities.service.js';
import { addOpinionReport } from './members.service.js';
import * as q from './members.queries.js';

const ACTIVITIES: [string, ActivityKind, string][] = [
  ['2025-02-22', 'plenary', '第四次会议第一次全体会议'],
  ['2025-02-25', 'plenary', '第四次会议闭幕大会'],
  ['2025-04-16', 'standing', '常委会第十三次会议'],
  ['2025-05-20', 'research', '乡村振兴专题调研'],
  ['2025-06-12', 'inspection', '重点项目建设视察'],
  ['2025-09-18', 'consultation', '“优化营商环境”专题协商会'],
];

/**
 * The demo's meetings and activities of 2025 with everyone's attendance, and a few public-opinion
 * reports, so the duty record pages show something. Attendance follows a fixed pattern: most
 * members attend, every seventh is excused and every eleventh absent, varying by activity.
 */
export async function loadDemoDuty(staff: ServiceContext) {
  const members = await q.listMembers(staff.db, staff.actor.bodyId);
  for (const [a, [heldOn, kind, title]] of ACTIVITIES.entries()) {
    const activity = await createActivity(staff, { heldOn, kind, title });
    const entries = members.map((m, i) => {
      const n = i + a * 3;
      const status: AttendanceStatus =
        n % 11 === 5 ? 'absent' : n % 7 === 3 ? 'excused' : 'present';
      return { personId: m.personId, status };
    });
    if (entries.length) {
      await recordAttendance(staff, activity.activityId, entries);
    }
  }
  const topics = [
    '关于加强农村留守老人关爱服务的建议',
    '关于规范校外培训机构收费的建议',
    '关于提升城市公交准点率的建议',
  ];
  for (const [i, m] of members.slice(0, topics.length).entries()) {
    await addOpinionReport(staff, {
      personId: m.personId,
      title: topics[i]!,
      content: '',
      submittedOn: `2025-0${4 + i}-10`,
      adopted: i !== 1,
      adoptionLevel: i === 0 ? '省级' : '市级',
    });
  }
}
