package org.taz2rdf.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/**
 * Joins related articles known only by title ({@code …/related/…}) to loaded articles with the same normalised
 * headline ({@link HeadlineKeys}), where exactly one loaded article has it. The joins live in their own graph and
 * article graphs stay exactly as converted: {@code <referring> tazv:relatedArticle <real>} (which queries over the
 * union find directly) and {@code <by-title> owl:sameAs <real>}.
 *
 * <p>After a change only the keys the change touched are worked out again ({@link ResolutionScope}): the joins
 * those keys call for are added, and a join near the change that nothing calls for any more is removed. A scope
 * that stands for everything, a store whose keys were never recorded, or one that an earlier run changed and left
 * unresolved (it stopped in between; {@link ResolutionScope#begin}), is worked out from every graph that refers to
 * a title (memory for the joins it finds, not for the whole store).
 * Either way the resolution graph ends as if it had been worked out from the whole store.
 */
final class RelatedResolver {

    private static final Node SAME_AS = OWL.sameAs.asNode();

    private final DatasetGraph dataset;
    private final HeadlineKeys index;
    private final Node resolved;
    private final Map<String, Set<Node>> articlesByKey = new HashMap<>();

    RelatedResolver(DatasetGraph dataset, IriMinter iris) {
        this.dataset = dataset;
        this.index = new HeadlineKeys(dataset, iris);
        this.resolved = NodeFactory.createURI(iris.resolutionGraph());
    }

    /** Works out the joins again for what the scope covers, in one write transaction. */
    void resolve(ResolutionScope scope) {
        Txn.executeWrite(dataset, () -> {
            if (!index.isComplete()) {
                index.recordAll();
                scope.everything();
            }
            if (index.isPending() && !scope.hasBegun()) {
                scope.everything();
            }
            if (scope.isEverything()) {
                resolveEverything();
            } else {
                resolveNear(scope);
            }
            index.clearPending();
        });
    }

    private void resolveEverything() {
        Set<Quad> joins = new HashSet<>();
        index.referringGraphs().forEachRemaining(graph -> {
            for (GraphKeys.TitleReference reference : index.titleReferences(graph)) {
                addJoins(reference, joins);
            }
        });
        List<Quad> stale = new ArrayList<>();
        dataset.find(resolved, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(join -> {
            if (!joins.remove(join)) {
                stale.add(join);
            }
        });
        stale.forEach(dataset::delete);
        joins.forEach(dataset::add);
    }

    private void resolveNear(ResolutionScope scope) {
        Set<Node> referrers = new HashSet<>(scope.referrers());
        Set<Node> titles = new HashSet<>(scope.titles());
        Set<Node> graphs = new HashSet<>();
        scope.keys().forEach(key -> graphs.addAll(index.graphsReferringTo(key)));
        Set<Quad> joins = new HashSet<>();
        for (Node graph : graphs) {
            for (GraphKeys.TitleReference reference : index.titleReferences(graph)) {
                if (scope.keys().contains(reference.key())) {
                    referrers.add(reference.referrer());
                    titles.add(reference.title());
                    addJoins(reference, joins);
                }
            }
        }
        List<Quad> near = new ArrayList<>();
        titles.forEach(title -> dataset.find(resolved, title, SAME_AS, Node.ANY).forEachRemaining(near::add));
        referrers.forEach(referrer -> dataset.find(resolved, referrer, Tazv.relatedArticle, Node.ANY)
                .forEachRemaining(near::add));
        for (Quad join : near) {
            if (!joins.remove(join) && !isCalledFor(join)) {
                dataset.delete(join);
            }
        }
        joins.forEach(dataset::add);
    }

    /** The joins a reference by title calls for: none unless one article, not the referring one, has its key. */
    private void addJoins(GraphKeys.TitleReference reference, Set<Quad> joins) {
        Node real = onlyArticle(reference.key());
        if (real != null && !real.equals(reference.referrer())) {
            joins.add(Quad.create(resolved, reference.referrer(), Tazv.relatedArticle, real));
            joins.add(Quad.create(resolved, reference.title(), SAME_AS, real));
        }
    }

    /** Whether some reference by title anywhere in the store calls for this join. */
    private boolean isCalledFor(Quad join) {
        Node real = join.getObject();
        boolean sameAs = join.getPredicate().equals(SAME_AS);
        Iterator<Quad> references = sameAs ? dataset.find(Node.ANY, Node.ANY, Tazv.relatedArticle, join.getSubject())
                : dataset.find(Node.ANY, join.getSubject(), Tazv.relatedArticle, Node.ANY);
        while (references.hasNext()) {
            Quad reference = references.next();
            if (reference.getGraph().equals(resolved) || !index.isByTitle(reference.getObject())
                    || reference.getSubject().equals(real)) {
                continue;
            }
            String key = index.key(reference.getGraph(), reference.getObject());
            if (key != null && real.equals(onlyArticle(key))) {
                return true;
            }
        }
        return false;
    }

    /** The one loaded article whose headline has this key; null when none or several have it. */
    private Node onlyArticle(String key) {
        if (articlesByKey.size() > ResolutionScope.LIMIT) {
            articlesByKey.clear();
        }
        Set<Node> articles = articlesByKey.computeIfAbsent(key, k -> {
            Set<Node> found = new HashSet<>();
            for (Node graph : index.graphsWithHeadline(k)) {
                for (Node article : index.articles(graph)) {
                    if (k.equals(index.key(graph, article))) {
                        found.add(article);
                    }
                }
            }
            return found;
        });
        return articles.size() == 1 ? articles.iterator().next() : null;
    }
}
