// Which plants are in a country on a given day? Each plant in force that day (a closed or
// cancelled one is gone from its end on) with its capacity where a source states it, its status
// (how firmly it is stated) and its phase (`lifecycle`: planned, under construction…) as two
// things, region, operators, start of production (a target when `start_is_target` is true) and
// when it holds.
// $country: ISO 3166-1 alpha-2 code of the country.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: operators -> plants -> country.
// :param country => 'GB'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH located = (p:Plant)-[l:LOCATED_IN]->(:Country {id: $country})
WHERE (p.valid_from IS NULL OR p.valid_from <= day)
  AND (p.valid_until IS NULL OR day < p.valid_until)
OPTIONAL MATCH run = (c:Company)-[o:OPERATES]->(p)
WHERE (o.valid_from IS NULL OR o.valid_from <= day)
  AND (o.valid_until IS NULL OR day < o.valid_until)
WITH day, p, l, located, collect(c.display_name) AS operators, collect(run) AS runs
RETURN p.id AS plant_id, p.name AS plant, l.region AS region, p.status AS status,
       p.lifecycle AS lifecycle, p.lifecycle_since AS lifecycle_since,
       p.capacity_value AS capacity, p.capacity_unit AS unit, p.capacity_per AS per,
       p.capacity_scope AS capacity_scope, p.capacity_gwh AS capacity_gwh,
       p.chemistry AS chemistry, operators,
       p.start_of_production AS start_of_production,
       p.start_of_production_target AS start_is_target, p.valid_from AS valid_from,
       p.valid_until AS valid_until, p.valid_from IS NULL AS date_unknown, day AS as_of,
       located, runs
ORDER BY plant
