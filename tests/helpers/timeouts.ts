// Tests that read every labelled message (thousands, growing each round) get more than the default
// 20 s: on a loaded 2-core machine a full pass can take longer, and a timeout there says nothing
// about the code. Speed itself is asserted where it matters (detection.test.ts, bench).
export const CORPUS_TIMEOUT_MS = 180_000;
