import { Writable } from 'node:stream';
import { createLogger } from './logger';

it('redacts personal data and secrets at any of the first three levels', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  const log = createLogger({ level: 'info', destination });
  log.info(
    {
      contactPhone: '13812345678',
      matter: { contactName: '张三', callerPhone: '13900000000', id: 'm1' },
      req: { headers: { authorization: 'Bearer abc' } },
      password: 'pw',
    },
    'x',
  );
  const out = lines.join('');
  expect(out).not.toMatch(/13812345678|张三|13900000000|Bearer abc|"pw"/);
  expect(JSON.parse(out)).toMatchObject({ level: 'info', matter: { id: 'm1', contactName: '[redacted]' } });
});

it('writes one JSON line per entry with level names, ISO time, child bindings and errors; drops entries below the level', () => {
  const lines: string[] = [];
  const log = createLogger({ level: 'info', destination: { write: (l: string) => lines.push(l) } });
  const child = log.child({ requestId: 'req-1' });
  child.debug({ x: 1 }, 'hidden');
  child.warn({ err: new TypeError('boom'), deep: { a: { b: { c: { phone: '13812345678' } } } } }, 'failed');
  log.info('plain message');
  expect(lines).toHaveLength(2);
  expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
  const [warn, info] = lines.map((l) => JSON.parse(l));
  expect(warn).toMatchObject({ level: 'warn', service: 'hotline-12345', requestId: 'req-1', msg: 'failed', err: { type: 'TypeError', message: 'boom' } });
  expect(warn.err.stack).toMatch(/TypeError: boom/);
  expect(warn.deep.a.b.c.phone).toBe('[redacted]');
  expect(Number.isNaN(Date.parse(warn.time))).toBe(false);
  expect(info).toMatchObject({ level: 'info', msg: 'plain message' });
  expect(info.requestId).toBeUndefined();
});
