import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { AppError } from '../src/errors.js';

const PG = 'postgres://jianyan@localhost/jianyan';

describe('where attachments are stored (ATTACHMENT_STORAGE)', () => {
  it('keeps files on disk with the embedded database and in the database with PostgreSQL', () => {
    expect(loadConfig({}).attachmentStorage).toBe('disk');
    expect(loadConfig({ DATABASE_URL: '' }).attachmentStorage).toBe('disk');
    expect(loadConfig({ DATABASE_URL: PG }).attachmentStorage).toBe('database');
    // Set but empty, as an env file with `ATTACHMENT_STORAGE=` leaves it: the default.
    expect(loadConfig({ ATTACHMENT_STORAGE: '' }).attachmentStorage).toBe('disk');
  });

  it('follows an explicit setting on either database', () => {
    expect(loadConfig({ ATTACHMENT_STORAGE: 'database' }).attachmentStorage).toBe('database');
    expect(loadConfig({ ATTACHMENT_STORAGE: 'disk', DATABASE_URL: PG }).attachmentStorage).toBe(
      'disk',
    );
  });

  it('puts the files in the data folder', () => {
    expect(loadConfig({ DATA_DIR: '/srv/jianyan' }).dataDir).toBe('/srv/jianyan');
  });

  it.each(['s3', 'Disk', 'db'])(
    'refuses %j, naming the variable and the values it takes, in Chinese and English',
    (value) => {
      let error: unknown;
      try {
        loadConfig({ ATTACHMENT_STORAGE: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      const { messageZh, message } = error as AppError;
      expect(messageZh).toContain('环境变量 ATTACHMENT_STORAGE');
      expect(messageZh).toContain('只能是 database');
      expect(messageZh).toContain(`“${value}”`);
      expect(message).toContain('ATTACHMENT_STORAGE must be database');
      expect(message).toContain('or disk');
      expect(message).toContain(`"${value}"`);
    },
  );
});
