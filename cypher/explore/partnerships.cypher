// Which partnerships does a company have? Each partner (either direction) with the kind
// (joint venture, memorandum of understanding, framework agreement…), its name, the venture it
// created, capital or deal value where stated, status, date and quotes.
// $id: the company id.
// Graph view: the company and its partners.
// :param id => 'catl'
MATCH partnership = (c:Company {id: $id})-[r:PARTNERS_WITH]-(partner:Company)
OPTIONAL MATCH (venture:Company {id: r.venture})
RETURN partner.id AS partner_id, partner.display_name AS partner, r.kind AS kind,
       r.name AS name, venture.display_name AS venture, r.capital_amount AS capital,
       r.capital_currency AS capital_currency, r.deal_value_amount AS deal_value,
       r.deal_value_currency AS deal_value_currency, r.status AS status,
       r.announced AS announced, r.evidence AS evidence, partnership
ORDER BY announced, partner
