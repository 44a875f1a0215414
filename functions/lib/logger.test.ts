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
