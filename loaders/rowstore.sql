-- The row store's statements (SQLite), loaded by name by loaders/rowstore.py.
-- A load keeps its graph rows here, in a temporary file, instead of in memory: the builder
-- appends them to node_log and edge_log as it goes (a row stated by several files is logged
-- several times); `seal` reads the logs once in key order, merges, and fills node and edge.

-- name: schema
CREATE TABLE node_log (
  label TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  props BLOB NOT NULL
);
CREATE TABLE edge_log (
  key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  rel TEXT NOT NULL,
  start_label TEXT NOT NULL,
  end_label TEXT NOT NULL,
  start TEXT NOT NULL,
  "end" TEXT NOT NULL,
  props BLOB NOT NULL
);
CREATE TABLE node (
  label TEXT NOT NULL,
  id TEXT NOT NULL,
  props BLOB NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (label, id)
) WITHOUT ROWID;
CREATE TABLE edge (
  key TEXT PRIMARY KEY,
  rel TEXT NOT NULL,
  start_label TEXT NOT NULL,
  end_label TEXT NOT NULL,
  start TEXT NOT NULL,
  "end" TEXT NOT NULL,
  props BLOB NOT NULL,
  hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE stored_node (
  label TEXT NOT NULL,
  id TEXT NOT NULL,
  hash TEXT,
  PRIMARY KEY (label, id)
) WITHOUT ROWID;
CREATE TABLE stored_edge (key TEXT PRIMARY KEY, rel TEXT NOT NULL, hash TEXT) WITHOUT ROWID;

-- name: log_node
INSERT INTO node_log (label, id, seq, props) VALUES (?, ?, ?, ?);

-- name: log_edge
INSERT INTO edge_log (key, seq, rel, start_label, end_label, start, "end", props)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- Every logged row in key order, the statements of one key in the order they were logged.
-- name: logged_nodes
SELECT label, id, props FROM node_log ORDER BY label, id, seq;

-- name: logged_edges
SELECT key, rel, start_label, end_label, start, "end", props FROM edge_log ORDER BY key, seq;

-- name: clear_logs
DELETE FROM node_log;
DELETE FROM edge_log;

-- name: put_node
INSERT INTO node (label, id, props, hash) VALUES (?, ?, ?, ?);

-- name: put_edge
INSERT INTO edge (key, rel, start_label, end_label, start, "end", props, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- The stored hashes of some rows: params (label, JSON list of ids) / (JSON list of keys).
-- name: stored_node_hashes
SELECT id, hash FROM stored_node WHERE label = ? AND id IN (SELECT value FROM json_each(?));

-- name: stored_edge_hashes
SELECT key, hash FROM stored_edge WHERE key IN (SELECT value FROM json_each(?));

-- name: node_counts
SELECT label, count(*) FROM node GROUP BY label;

-- name: edge_counts
SELECT rel, count(*) FROM edge GROUP BY rel;

-- name: node
SELECT props, hash FROM node WHERE label = ? AND id = ?;

-- name: nodes
SELECT id, props, hash FROM node WHERE label = ? ORDER BY id;

-- Edge keys start with "<type>:", so the edges of one type are the keys between "<type>:" and
-- "<type>;" (the next character), a range of the primary key. Params: (type, type, type,
-- start label, end label), as `_kind_params` in rowstore.py makes them.
-- name: edges
SELECT key, start, "end", props, hash FROM edge
WHERE key > ? || ':' AND key < ? || ';' AND rel = ? AND start_label = ? AND end_label = ?
ORDER BY key;

-- name: add_stored_node
INSERT OR REPLACE INTO stored_node (label, id, hash) VALUES (?, ?, ?);

-- name: add_stored_edge
INSERT OR REPLACE INTO stored_edge (key, rel, hash) VALUES (?, ?, ?);

-- name: clear_stored_nodes
DELETE FROM stored_node;

-- name: clear_stored_edges
DELETE FROM stored_edge;

-- name: new_nodes
SELECT n.id, n.props, n.hash FROM node AS n
LEFT JOIN stored_node AS s ON s.label = n.label AND s.id = n.id
WHERE n.label = ? AND s.id IS NULL;

-- name: changed_nodes
SELECT n.id, n.props, n.hash FROM node AS n
JOIN stored_node AS s ON s.label = n.label AND s.id = n.id
WHERE n.label = ? AND s.hash IS NOT n.hash;

-- name: gone_nodes
SELECT s.label, s.id FROM stored_node AS s
LEFT JOIN node AS n ON n.label = s.label AND n.id = s.id
WHERE n.id IS NULL ORDER BY s.label, s.id;

-- name: new_edges
SELECT e.key, e.start, e."end", e.props, e.hash FROM edge AS e
LEFT JOIN stored_edge AS s ON s.key = e.key
WHERE e.key > ? || ':' AND e.key < ? || ';' AND e.rel = ? AND e.start_label = ?
  AND e.end_label = ? AND s.key IS NULL;

-- name: changed_edges
SELECT e.key, e.start, e."end", e.props, e.hash FROM edge AS e
JOIN stored_edge AS s ON s.key = e.key
WHERE e.key > ? || ':' AND e.key < ? || ';' AND e.rel = ? AND e.start_label = ?
  AND e.end_label = ? AND s.hash IS NOT e.hash;

-- name: gone_edges
SELECT s.rel, s.key FROM stored_edge AS s
LEFT JOIN edge AS e ON e.key = s.key
WHERE e.key IS NULL ORDER BY s.key;

-- name: node_diff_counts
SELECT n.label,
       sum(s.id IS NULL),
       sum(s.id IS NOT NULL AND s.hash IS NOT n.hash),
       sum(s.id IS NOT NULL AND s.hash IS n.hash)
FROM node AS n LEFT JOIN stored_node AS s ON s.label = n.label AND s.id = n.id
GROUP BY n.label;

-- name: edge_diff_counts
SELECT e.rel,
       sum(s.key IS NULL),
       sum(s.key IS NOT NULL AND s.hash IS NOT e.hash),
       sum(s.key IS NOT NULL AND s.hash IS e.hash)
FROM edge AS e LEFT JOIN stored_edge AS s ON s.key = e.key
GROUP BY e.rel;

-- name: gone_node_counts
SELECT s.label, count(*) FROM stored_node AS s
LEFT JOIN node AS n ON n.label = s.label AND n.id = s.id
WHERE n.id IS NULL GROUP BY s.label;

-- name: gone_edge_counts
SELECT s.rel, count(*) FROM stored_edge AS s
LEFT JOIN edge AS e ON e.key = s.key
WHERE e.key IS NULL GROUP BY s.rel;
