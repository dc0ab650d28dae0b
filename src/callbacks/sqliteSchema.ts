// Schema change 2 of the SQLite file (run once by src/storage/sqliteDb.ts, inside a transaction):
// handling status separate from webhook delivery, the fields the conversation now collects, who
// changed what, idempotency keys and retention. SQLite cannot alter a CHECK constraint, so the
// table is rebuilt and every row copied: 'notified' meant "delivered, nobody has called yet",
// so it becomes status 'new' with delivery 'delivered'.
export const CALLBACKS_V2_MIGRATION = `
  CREATE TABLE callbacks_v2 (
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    id                  TEXT NOT NULL UNIQUE,
    status              TEXT NOT NULL CHECK (status IN ('new', 'called', 'unreachable', 'done')),
    delivery            TEXT NOT NULL DEFAULT 'pending' CHECK (delivery IN ('pending', 'delivered', 'failed')),
    created_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    name                TEXT NOT NULL,
    phone               TEXT NOT NULL,
    preferred_time      TEXT NOT NULL,
    preferred_date      TEXT NOT NULL,
    reason              TEXT,
    channel_id          TEXT,
    preferred_at_ms     INTEGER,
    preferred_time_text TEXT,
    urgent              INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    language            TEXT CHECK (language IN ('en', 'es')),
    idempotency_key     TEXT UNIQUE,
    consent             INTEGER NOT NULL CHECK (consent = 1),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms     INTEGER,
    last_error          TEXT,
    lease_owner         TEXT,
    lease_until_ms      INTEGER,
    reach_attempts      INTEGER NOT NULL DEFAULT 0,
    history             TEXT,
    redacted_ms         INTEGER
  );
  INSERT INTO callbacks_v2 (seq, id, status, delivery, created_ms, updated_ms, name, phone, preferred_time, preferred_date,
      reason, channel_id, consent, attempts, next_attempt_ms, last_error, lease_owner, lease_until_ms)
    SELECT seq, id,
      CASE status WHEN 'notified' THEN 'new' ELSE status END,
      CASE WHEN status = 'notified' THEN 'delivered'
           WHEN last_error IS NOT NULL THEN 'failed'
           WHEN attempts > 0 THEN 'delivered'
           ELSE 'pending' END,
      created_ms, updated_ms, name, phone, preferred_time, preferred_date, reason, channel_id, consent, attempts,
      CASE WHEN status = 'new' THEN next_attempt_ms END, last_error,
      CASE WHEN status = 'new' THEN lease_owner END, CASE WHEN status = 'new' THEN lease_until_ms END
    FROM callbacks;
  DROP TABLE callbacks;
  ALTER TABLE callbacks_v2 RENAME TO callbacks;
  CREATE INDEX callbacks_due ON callbacks (status, delivery, next_attempt_ms);
  CREATE INDEX callbacks_created ON callbacks (created_ms);`;

// Schema change 3: the patient's latest change of time (JSON, see TimeChange), so staff see the
// time changed and from what. A plain added column: existing rows read as "never changed".
export const CALLBACKS_TIME_CHANGE_MIGRATION = `ALTER TABLE callbacks ADD COLUMN time_change TEXT;`;
