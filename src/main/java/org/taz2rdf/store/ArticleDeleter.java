package org.taz2rdf.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.taz2rdf.rdf.IriMinter;

/**
 * Deletes articles by taz id in one write transaction: each article's graph and its metadata go; what other
 * articles say of shared authors and tags stays, since it lives in their graphs; the store's counts lose what the
 * deleted graphs counted. Related articles are then resolved again around the deleted ones.
 */
public final class ArticleDeleter {

    private final ArticleStore store;
    private final IriMinter iris;

    public ArticleDeleter(ArticleStore store, IriMinter iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Deletes the articles; returns the ids that were not in the store. */
    public List<String> delete(List<String> tazIds) {
        DatasetGraph dataset = store.dataset();
        ResolutionScope changed = new ResolutionScope();
        List<String> missing = Txn.calculateWrite(dataset, () -> {
            Provenance provenance = new Provenance(dataset, iris, "");
            HeadlineKeys keys = new HeadlineKeys(dataset, iris);
            StoreCounts counts = new StoreCounts(dataset, iris);
            changed.begin(keys);
            List<String> absent = new ArrayList<>();
            for (String id : tazIds) {
                Node graph = NodeFactory.createURI(iris.graphOfId(id));
                if (!dataset.containsGraph(graph) || dataset.getGraph(graph).isEmpty()) {
                    absent.add(id);
                    continue;
                }
                List<Quad> quads = Iter.toList(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY));
                changed.note(keys.of(quads.iterator()));
                counts.add(GraphCounts.of(quads).negated());
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                provenance.forget(graph.getURI());
            }
            counts.flush();
            return absent;
        });
        new RelatedResolver(dataset, iris).resolve(changed);
        StoreCounts.ensureComplete(store, iris, () -> { });
        return missing;
    }
}
