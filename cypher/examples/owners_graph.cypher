// OWNS_STAKE as a graph: the owners of the Beijing joint venture, their stakes and the joint
// venture itself. The Cypher console (/view/cypher) opens with this statement; it takes no
// parameters because the console sends none.
MATCH (c:Company)-[r:OWNS_STAKE]->(v:Company {id: 'beijing-era-new-energy'})
RETURN c, r, v
