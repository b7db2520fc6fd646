import { ROLES, type Role } from '@jianyan/shared';
import {
  createSession,
  createUser,
  unknownBody,
} from '@jianyan/server/modules/admin/admin.service.js';
import { findBodyByCode } from '@jianyan/server/modules/admin/bodies.queries.js';
import { findUnitByName } from '@jianyan/server/modules/admin/directory.queries.js';
import { createBody } from '@jianyan/server/modules/admin/bodies.service.js';
import { sessionBody, userBody } from '@jianyan/server/modules/admin/admin.schemas.js';
import { withDatabase, systemContext } from '../database.js';
import { parseOrExit } from '../validation.js';
import type { RegisterCommand } from './index.js';

export const registerAdminCommands: RegisterCommand = (program) => {
  program
    .command('body')
    .description('机构管理 / bodies')
    .command('add')
    .description('新增机构 / add a body (a CPPCC committee or a people’s congress)')
    .requiredOption('--code <code>', 'short code, e.g. jinzhong')
    .requiredOption('--name <name>', 'e.g. 政协晋中市委员会')
    .requiredOption('--kind <kind>', 'cppcc or npc')
    .option('--level <level>', 'national, provincial, city or county', 'city')
    .option('--region <region>', 'e.g. 晋中市', '')
    .action(
      async (o: { code: string; name: string; kind: string; level: string; region: string }) => {
        await withDatabase('jianyan body add', async (database) => {
          const body = await createBody(systemContext(database), o);
          console.log(`body ${body.code} created (${body.bodyId})`);
        });
      },
    );

  program
    .command('user')
    .description('用户管理 / users')
    .command('add')
    .description('新增用户 / add a user')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--username <username>')
    .requiredOption('--password <password>', 'at least 8 characters')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--name <displayName>', 'display name (defaults to the username)')
    .option('--unit <unitName>', 'for unit_clerk / unit_leader: the unit’s exact name')
    .option('--sector <sector>', 'for a member: 界别')
    .option('--organisation <name>', 'for a collective proposer account: the organisation')
    .option('--email <email>')
    .action(
      async (o: {
        body: string;
        username: string;
        password: string;
        role: string;
        name?: string;
        unit?: string;
        sector?: string;
        organisation?: string;
        email?: string;
      }) => {
        await withDatabase('jianyan user add', async (database) => {
          const ctx = systemContext(database);
          const body = await findBodyByCode(ctx.db, o.body);
          if (!body) {
            throw unknownBody(o.body);
          }
          const unit = o.unit ? await findUnitByName(ctx.db, body.bodyId, o.unit) : undefined;
          if (o.unit && !unit) {
            throw new Error(`单位“${o.unit}”不存在 / no unit named "${o.unit}"`);
          }
          const input = parseOrExit(userBody, {
            username: o.username,
            password: o.password,
            displayName: o.name ?? o.username,
            role: o.role as Role,
            unitId: unit?.unitId,
            sector: o.sector,
            organisationName: o.organisation,
            email: o.email,
          });
          const user = await createUser(ctx, body.bodyId, input);
          console.log(`user ${user.username} (${user.role}) created in ${body.code}`);
        });
      },
    );

  program
    .command('session')
    .description('会议管理 / sessions')
    .command('create')
    .description('新建会议及其提交截止时间 / create a session with its submission deadline')
    .requiredOption('--body <code>', 'body code')
    .requiredOption('--session <code>', 'session code, e.g. 2025')
    .requiredOption('--name <name>', 'e.g. 政协第五届晋中市委员会第四次会议')
    .requiredOption('--deadline <iso8601>', 'e.g. 2025-02-25T12:00:00+08:00')
    .action(async (o: { body: string; session: string; name: string; deadline: string }) => {
      await withDatabase('jianyan session create', async (database) => {
        const ctx = systemContext(database);
        const body = await findBodyByCode(ctx.db, o.body);
        if (!body) {
          throw unknownBody(o.body);
        }
        const input = parseOrExit(sessionBody, {
          code: o.session,
          name: o.name,
          submissionDeadline: o.deadline,
        });
        const session = await createSession(ctx, body.bodyId, input);
        console.log(
          `session ${session.code} created; deadline ${session.submissionDeadline.toISOString()}`,
        );
      });
    });
};
