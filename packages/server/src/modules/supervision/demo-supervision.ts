import type { ServiceContext } from '../../context.js';
import type { Actor } from '../auth/actor.js';
import {
  addNote,
  createTask,
  rateItem,
  recordStage,
  superviseProposal,
} from './supervision.service.js';

export interface DemoSupervisionDeps {
  ctxOf: (actor: Actor) => ServiceContext;
  actor: (username: string) => Actor;
  unitId: (key: string) => string;
  setClock: (iso: string) => void;
  prefix: string;
  /** A key proposal in handling, to put under the profile. */
  keyProposalId?: string;
}

const at = (date: string, time = '09:30') => `${date}T${time}:00+08:00`;

/**
 * A few supervised items of 2025 under the 13710 profile, in every outcome: settled and rated
 * excellent, a major matter settled by its timetable, one rated fail and returned, one still
 * owing its progress report, and a key proposal with its supervising leader.
 */
export async function loadDemoSupervision(d: DemoSupervisionDeps) {
  const staff = d.ctxOf(d.actor(`${d.prefix}-staff`));
  const leader = d.ctxOf(d.actor(`${d.prefix}-leader`));
  const leaderId = d.actor(`${d.prefix}-leader`).userId;
  const unit = (key: string) => d.ctxOf(d.actor(`${d.prefix}-${key}-clerk`));
  const stage = async (
    key: string,
    itemId: string,
    when: string,
    action: string,
    text: string,
    plannedDate?: string,
  ) => {
    d.setClock(when);
    await recordStage(unit(key), itemId, {
      action: action as 'deploy',
      text,
      plannedDate,
    });
  };
  const task = async (
    when: string,
    title: string,
    description: string,
    units: string[],
    major = false,
  ) => {
    d.setClock(when);
    return (
      await createTask(staff, {
        title,
        description,
        unitIds: units.map(d.unitId),
        profileCode: '13710',
        major,
        leaderUserId: leaderId,
      })
    ).itemId;
  };

  const traffic = await task(
    at('2025-03-17'),
    '整治城区学校周边交通秩序',
    '群众反映上下学时段学校周边拥堵，存在安全隐患，请公安、教育部门联合整治。',
    ['gaj', 'edu'],
  );
  await stage(
    'gaj',
    traffic,
    at('2025-03-17', '16:00'),
    'deploy',
    '召开专题会议，制定“一校一策”整治方案。',
  );
  await stage(
    'gaj',
    traffic,
    at('2025-03-19'),
    'progress',
    '已在12所学校周边增设护学岗和临时停车区。',
  );
  await stage(
    'gaj',
    traffic,
    at('2025-03-24'),
    'settle',
    '学校周边高峰时段通行时间平均缩短40%，群众满意。',
  );
  d.setClock(at('2025-03-26'));
  await rateItem(staff, traffic, {
    rating: 'excellent',
    comment: '整治及时，成效明显。',
    returnItem: false,
  });

  const heating = await task(
    at('2025-04-01'),
    '推进老旧小区供热管网改造',
    '供热季前完成老旧小区供热管网改造，确保居民温暖过冬。',
    ['zjj'],
    true,
  );
  await stage('zjj', heating, at('2025-04-02'), 'deploy', '成立工作专班，摸排改造需求。');
  await stage('zjj', heating, at('2025-04-03'), 'progress', '完成37个小区的管网现状评估。');
  await stage(
    'zjj',
    heating,
    at('2025-04-20'),
    'timetable',
    '分三批改造，10月底前全部完工。',
    '2025-10-31',
  );
  await stage(
    'zjj',
    heating,
    at('2025-10-28'),
    'settle',
    '37个小区管网改造全部完工，已通热试运行。',
  );
  d.setClock(at('2025-10-30'));
  await rateItem(staff, heating, { rating: 'good', comment: '按时间表完成。', returnItem: false });

  const village = await task(
    at('2025-06-03'),
    '整治农村人居环境突出问题',
    '集中整治农村生活垃圾、污水乱排等突出问题。',
    ['nyj', 'sthjj'],
  );
  await stage('nyj', village, at('2025-06-04'), 'deploy', '印发整治工作方案。');
  await stage('nyj', village, at('2025-06-06'), 'progress', '已排查问题点位126处。');
  await stage('nyj', village, at('2025-06-11'), 'settle', '已完成问题点位整改。');
  d.setClock(at('2025-06-13'));
  await rateItem(staff, village, {
    rating: 'fail',
    comment: '抽查发现部分点位反弹，请重新办理并建立长效机制。',
    returnItem: true,
  });

  const tutoring = await task(
    at('2025-07-07'),
    '规范校外培训机构收费',
    '暑期校外培训收费投诉集中，请教育部门核查规范。',
    ['edu'],
  );
  await stage('edu', tutoring, at('2025-07-08'), 'deploy', '部署开展暑期校外培训专项检查。');
  d.setClock(at('2025-07-15'));
  await addNote(leader, tutoring, '请教育局尽快报告检查进展。');

  if (d.keyProposalId) {
    d.setClock(at('2025-03-20'));
    const item = await superviseProposal(staff, d.keyProposalId, {
      profileCode: '13710',
      major: true,
      leaderUserId: leaderId,
    });
    await addNote(leader, item.itemId, '请主办单位细化办理方案，按月报告进展。');
  }
}
