// The JSON text of a state document, handed between the SQLite store and the bot state classes so
// neither serialises what the other already has: the store reads a row's text and parses it, and
// JsonBotState's change check (jsonBotState.ts) would otherwise stringify the result straight back;
// the change check stringifies the state to compare it, and the store would otherwise stringify it
// again to write it. Both texts are exactly JSON.stringify of the document without its eTag.
//
// A text is only good at the moment it is handed over (the object can change afterwards), so the
// receiver takes it at once and it is gone. The two directions are kept apart: a text read with a
// document can never be written for it (someone else may read, change and write that object).

/** A one-way hand-over of texts, keyed by the document object. */
class JsonHandOver {
  private readonly texts = new WeakMap<object, string>();

  /** Hands over `json`, the text of `item` as it is now (without its eTag). */
  give(item: object, json: string): void {
    this.texts.set(item, json);
  }

  /** The text handed over with `item`, once; undefined when there is none. */
  take(item: object): string | undefined {
    const json = this.texts.get(item);
    if (json !== undefined) this.texts.delete(item);
    return json;
  }
}

/** Store → JsonBotState.load: the text a document was just read from. */
export const readJson = new JsonHandOver();
/** JsonBotState.saveChanges → store: the text of the document being written. */
export const writeJson = new JsonHandOver();
