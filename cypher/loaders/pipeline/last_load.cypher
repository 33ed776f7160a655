// Loader: the fingerprint and row counts the last load recorded (no row before the first load).
// Params: none.
MATCH (m:LoadRun {id: 'last'})
RETURN m.fingerprint AS fingerprint, m.counts AS counts, m.at AS at
