-- A used idempotency key remembers a hash of the request it answered, so that the same key with a
-- different body is refused instead of silently answering the first order. Keys used before this
-- version have no hash and are answered as before.
ALTER TABLE sal_idempotency ADD COLUMN request_hash VARCHAR(64);

-- Returns are idempotent too: one return per user and key; a repeat answers the order as the
-- return left it.
CREATE TABLE sal_return_idempotency (
  user_id      BIGINT       NOT NULL,
  idem_key     VARCHAR(100) NOT NULL,
  order_id     BIGINT       NOT NULL REFERENCES sal_order (id),
  request_hash VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);
ALTER TABLE sal_return ADD COLUMN reason VARCHAR(200);
