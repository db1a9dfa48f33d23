import { createRequire } from 'node:module';
import { types } from 'wechaty';

interface QrcodeTerminal {
  generate(input: string, opts: { small?: boolean }, cb: (qr: string) => void): void;
}

/** The page that renders a login QR code in a browser, for when the terminal cannot show it. */
export function qrcodeLink(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

/** Statuses that mean "a fresh code is waiting to be scanned": only then is the code worth drawing. */
export function shouldShowQrcode(status: types.ScanStatus): boolean {
  return status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout;
}

export function scanStatusName(status: types.ScanStatus): string {
  return (types.ScanStatus[status] ?? 'Unknown').toLowerCase();
}

/** Renders the QR code as terminal text (small blocks), for stderr: stdout stays free. */
export function renderQrcode(qrcode: string): string {
  // qrcode-terminal ships no types and is CommonJS; loaded like pino-pretty in util/log.ts.
  const require = createRequire(import.meta.url);
  const lib = require('qrcode-terminal') as QrcodeTerminal;
  let out = '';
  lib.generate(qrcode, { small: true }, (qr) => {
    out = qr;
  });
  return out;
}
