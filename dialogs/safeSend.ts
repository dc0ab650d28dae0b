// Sends a Reply built outside the dialogs (triage) so that a call button the channel cannot draw
// never costs the person the message itself: red-flag advice must always arrive.
import type { TurnContext } from 'botbuilder';
import type { Reply } from '../src/rendering/reply';
import { renderReplyActivities, sendReply } from '../src/rendering/send';

/** The reply as is when it renders; without its call button when only that fails to render. */
function renderable(reply: Reply, channelId: string): Reply {
  try {
    renderReplyActivities(reply, channelId);
    return reply;
  } catch (err) {
    if (!reply.call) throw err;
    // The text of every red-flag reply says the number too; the button is a convenience.
    return { ...reply, call: undefined };
  }
}

export async function sendSafely(context: TurnContext, reply: Reply): Promise<void> {
  await sendReply(context, renderable(reply, context.activity.channelId));
}
