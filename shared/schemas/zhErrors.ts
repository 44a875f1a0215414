/**
 * Chinese fallback messages for zod/mini. zod/mini loads no locale, so a check without its own `error` would say
 * "Invalid input"; every schema here names its message, and this catches the rest (e.g. a body that is not an object)
 * so no English library text reaches a citizen or an API caller. A schema's own message always wins.
 */
import { config, type core } from 'zod/mini';

const UNITS: Record<string, string> = { string: '个字', array: '项', set: '项', file: '字节' };

function zhFallback(iss: core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'too_big':
      return `不能超过${String(iss.maximum)}${UNITS[String(iss.origin)] ?? ''}`;
    case 'too_small':
      return `不能少于${String(iss.minimum)}${UNITS[String(iss.origin)] ?? ''}`;
    case 'invalid_value':
      return '不在可选范围内';
    case 'unrecognized_keys':
      return '包含不认识的字段';
    default:
      return iss.path?.length ? '格式不正确' : '请求内容格式不正确';
  }
}

config({ customError: zhFallback });
