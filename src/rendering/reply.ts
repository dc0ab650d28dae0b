// One reply model for every channel. Dialogs build Replies; src/rendering turns them into
// channel-specific activities (cards on Web Chat and Teams, numbered text on Slack).

export interface Choice {
  /** What the button shows. */
  label: string;
  /** What comes back when it is chosen (the text the dialogs recognise). */
  value: string;
}

export interface CallAction {
  label: string;
  /** As people read it: (214) 972-0302 */
  display: string;
  /** E.164 for tel: links: +12149720302 */
  e164: string;
}

export interface Fact {
  label: string;
  value: string;
}

export interface Reply {
  /** Plain words; light markdown (**bold**, "- " lists) that renderers adapt per channel. */
  text: string;
  title?: string;
  choices?: Choice[];
  call?: CallAction;
  facts?: Fact[];
}
