// Which partnerships does a company have on a given day? Each partner (either direction) whose
// partnership is in force that day (an ended or unwound one is gone from its end on), with the
// kind (joint venture, memorandum of understanding, framework agreement…), its name, the venture
// it created, capital or deal value where stated, status, dates (when it holds, and whether a
// source says it ended) and quotes.
// $id: the company id.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: the company and its partners.
// :param id => 'catl'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH partnership = (c:Company {id: $id})-[r:PARTNERS_WITH]-(partner:Company)
WHERE (r.valid_from IS NULL OR r.valid_from <= day)
  AND (r.valid_until IS NULL OR day < r.valid_until)
OPTIONAL MATCH (venture:Company {id: r.venture})
RETURN partner.id AS partner_id, partner.display_name AS partner, r.kind AS kind,
       r.name AS name, venture.display_name AS venture, r.capital_amount AS capital,
       r.capital_currency AS capital_currency, r.deal_value_amount AS deal_value,
       r.deal_value_currency AS deal_value_currency, r.status AS status,
       r.announced AS announced, r.valid_from AS valid_from, r.valid_until AS valid_until,
       r.valid_until_text AS valid_until_text, coalesce(r.ended, false) AS ended,
       r.valid_from IS NULL AS date_unknown, day AS as_of, r.evidence AS evidence, partnership
ORDER BY announced, partner
