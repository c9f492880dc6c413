// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The chat's shadow root parts, addressed through Playwright's shadow-piercing CSS. */
export const chat = {
  launcher: 'caravan-chat .b',
  panel: 'caravan-chat .caravan-panel',
  input: 'caravan-chat textarea.cv-input',
  send: 'caravan-chat button.cv-send',
  mine: 'caravan-chat .cv-msg.cv-mine',
  theirs: 'caravan-chat .cv-msg.cv-theirs',
  notice: 'caravan-chat .cv-notice',
};
