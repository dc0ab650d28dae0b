// Which family of rendering rules a Bot Framework channel id gets.

export type ChannelKind = 'webchat' | 'msteams' | 'slack' | 'other';

// Channels that render Adaptive Cards and suggested actions the way Web Chat does.
const WEBCHAT_LIKE = new Set(['webchat', 'emulator', 'directline', 'directlinespeech', 'test']);

export function channelKind(channelId: string | undefined): ChannelKind {
  const id = (channelId ?? '').toLowerCase();
  if (WEBCHAT_LIKE.has(id)) return 'webchat';
  if (id === 'msteams') return 'msteams';
  if (id === 'slack') return 'slack';
  return 'other';
}

/** Channels where we print "1. … 2. …" and a typed number picks a choice. */
export function showsNumberedChoices(channelId: string | undefined): boolean {
  const kind = channelKind(channelId);
  return kind === 'slack' || kind === 'other';
}
