"""Reads a Kizuna export with other people's software and prints what it found, as JSON.

    python3 read_export.py graphml FILE
    python3 read_export.py csv FILE
    python3 read_export.py rdf FORMAT FILE [FORMAT FILE]   (FORMAT: json-ld or turtle)

The jest tests compare these figures with the API's own answers.
"""
import collections
import csv
import json
import sys


def graphml(path):
    import networkx as nx

    g = nx.read_graphml(path)
    kinds = collections.Counter(d.get("kind") for _, d in g.nodes(data=True))
    types = collections.Counter(d.get("type") for *_, d in g.edges(data=True))
    sample_node = next(iter(g.nodes))
    # Typed attributes: the reader converts by the declared attr.type.
    line_types = sorted({type(d[k]).__name__ for _, d in g.nodes(data=True) for k in d if k.endswith("_line_start")})
    inferred_types = sorted({type(d[k]).__name__ for *_, d in g.edges(data=True) for k in d if k.endswith("_inferred")})
    return {
        "networkx": nx.__version__,
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "graph": dict(g.graph),
        "byKind": dict(kinds),
        "byType": dict(types),
        "lineStartTypes": line_types,
        "inferredTypes": inferred_types,
        "nodeIds": sorted(g.nodes),
        "edgeIds": sorted(k for *_, k in g.edges(keys=True)) if g.is_multigraph() else None,
        "sample": {"id": sample_node, **g.nodes[sample_node]},
    }


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return {"header": reader.fieldnames, "rows": rows}


def rdf(pairs):
    import rdflib
    from rdflib.namespace import RDF

    kz = rdflib.Namespace("urn:kizuna:vocab:")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    graphs = []
    for fmt, path in pairs:
        g = rdflib.Graph()
        g.parse(path, format=fmt)
        graphs.append(g)
    g = graphs[0]
    relations = set(g.subjects(RDF.type, kz.Relation))
    statements = set(g.subjects(RDF.type, RDF.Statement))
    entities = set(g.subjects(RDF.type, kz.Entity))
    sources = set(g.subjects(RDF.type, kz.Source))
    # Every relation names a source with a document, a line span and a quote.
    unsourced = [str(r) for r in relations if not any(True for _ in g.objects(r, prov.wasDerivedFrom))]
    incomplete = [
        str(s)
        for s in sources
        if g.value(s, kz.document) is None
        or not isinstance(g.value(s, kz.lineStart).toPython(), int)
        or g.value(s, kz.quote) is None
    ]
    versions = sorted({str(v) for v in g.objects(None, kz.version)})
    by_type = collections.Counter(str(g.value(r, kz.relationType)) for r in relations)
    sample = sorted(relations)[0] if relations else None
    out = {
        "rdflib": rdflib.__version__,
        "triples": len(g),
        "relations": len(relations),
        "statements": len(statements),
        "entities": len(entities),
        "sources": len(sources),
        "unsourced": unsourced[:5],
        "incompleteSources": incomplete[:5],
        "versions": versions,
        "byType": dict(by_type),
        "entityIds": sorted(str(g.value(e, kz.id)) for e in entities),
        "sampleRelation": str(sample) if sample else None,
        "sampleQuote": str(g.value(g.value(sample, prov.wasDerivedFrom), kz.quote)) if sample else None,
    }
    if len(graphs) == 2:
        # No blank nodes: the same set of triples is the same graph.
        out["sameTriples"] = set(graphs[0]) == set(graphs[1])
        out["triples2"] = len(graphs[1])
    return out


def main(argv):
    mode = argv[1]
    if mode == "graphml":
        result = graphml(argv[2])
    elif mode == "csv":
        result = read_csv(argv[2])
    elif mode == "rdf":
        rest = argv[2:]
        result = rdf([(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)])
    else:
        raise SystemExit(f"unknown mode {mode}")
    json.dump(result, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv)
