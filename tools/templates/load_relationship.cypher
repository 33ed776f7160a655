// {{summary}}
// Params: $rows ([{key, start, end, props}]; props hold every property, kg_key included).
UNWIND $rows AS row
MATCH (a:{{start}} {id: row.start})
MATCH (b:{{end}} {id: row.end})
{{write}}
SET r = row.props
