// INVESTS_IN: investments made by a company, with amount and currency where stated.
// :param id => 'catl'
MATCH (c:Company {id: $id})-[r:INVESTS_IN]->(t)
RETURN t.id AS target_id, t.name AS target, r.amount_amount AS amount,
       r.amount_currency AS currency, r.status AS status
