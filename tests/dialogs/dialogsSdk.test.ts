// src/dialogsSdk.ts loads botbuilder-dialogs by its own modules to keep the recognizer suites out of
// start-up. These are the contracts that makes it safe to rely on.
import { execFileSync } from 'node:child_process';
import * as dialogs from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import * as sdk from '../../src/dialogsSdk';
import { projectRoot } from '../../src/paths';

describe('dialogsSdk', () => {
  it('exports the very classes botbuilder-dialogs exports', () => {
    for (const name of [
      'ComponentDialog',
      'Dialog',
      'DialogContainer',
      'DialogTurnStatus',
      'DialogSet',
      'DialogStateManager',
      'WaterfallDialog',
    ] as const) {
      expect(sdk[name], name).toBe(dialogs[name]);
    }
  });

  it('keeps the prompts and their recognizers out of the bot process', () => {
    const loaded = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "require('./src/app'); console.log(Object.keys(require.cache).filter((f) => /recognizers-text|botbuilder-dialogs[\\\\/]lib[\\\\/]index/.test(f)).length)",
      ],
      { cwd: projectRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    expect(Number(loaded.trim())).toBe(0);
  });
});
