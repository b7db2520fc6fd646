import fs from 'node:fs';
import { text } from 'node:stream/consumers';
import { Router } from '@jianyan/server/modules/routing/router.js';
import {
  parseHistory,
  parseRouteInput,
  parseUnits,
  routeOutputLine,
} from '@jianyan/server/modules/routing/routing-jsonl.js';
import type { RegisterCommand } from './index.js';

export const registerRouteCommand: RegisterCommand = (program) => {
  program
    .command('route')
    .description(
      '建议类别与承办单位（JSONL 进出）/ suggest categories and units: IN.jsonl on stdin, OUT.jsonl on stdout',
    )
    .requiredOption('--units <file>', "UNITS.txt: the body's handling units, one per line")
    .option(
      '--history <file>',
      'HISTORY.jsonl: past proposals {title, summary?, category?, lead_unit?}',
    )
    .action(async (o: { units: string; history?: string }) => {
      const units = parseUnits(fs.readFileSync(o.units, 'utf8'));
      const history = o.history ? parseHistory(fs.readFileSync(o.history, 'utf8'), o.history) : [];
      const input = parseRouteInput(await text(process.stdin), 'stdin');
      const router = new Router(units, history);
      for (const line of input) {
        process.stdout.write(`${routeOutputLine(line.id, router.suggest(line))}\n`);
      }
    });
};
