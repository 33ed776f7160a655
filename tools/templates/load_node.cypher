// {{summary}}
// Params: $rows ([{id, props}]; props hold every property).
UNWIND $rows AS row
{{verb}} (n:{{label}} {id: row.id})
SET n = row.props
