// Which id does a name have? Companies, plants and countries whose name or any alias (misspellings
// printed by the sources included) contains the text, case-insensitively: the ids the other
// queries take as parameters.
// $name: part of a name, e.g. 'Xiami Auto' (the page's misspelling of Xiaomi Auto).
// :param name => 'Xiami Auto'
MATCH (n)
WHERE (n:Company OR n:Plant OR n:Country)
  AND any(search_key IN n.search_keys WHERE search_key CONTAINS toLower(trim($name)))
RETURN labels(n)[0] AS label, n.id AS id, coalesce(n.display_name, n.name) AS name,
       n.aliases AS aliases, n
ORDER BY label, id
