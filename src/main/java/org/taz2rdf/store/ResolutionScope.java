package org.taz2rdf.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What a load or a delete changed, as far as joining related articles by title goes: the headline keys of the
 * changed graphs before and after the change, the articles that referred by title, and the titles' nodes.
 * {@link RelatedResolver} looks at these again instead of the whole store. Past {@link #LIMIT} keys a scope
 * stops collecting and stands for the whole store, so that its memory stays bounded on a large load.
 */
final class ResolutionScope {

    /**
     * Keys beyond which a scope stands for the whole store: a change that large would otherwise be remembered in
     * memory, and resolving everything then costs little more than the change itself.
     */
    static final int LIMIT = 20_000;

    private final int limit;
    private Set<String> keys = new HashSet<>();
    private Set<Node> referrers = new HashSet<>();
    private Set<Node> titles = new HashSet<>();
    private boolean everything;
    private boolean begun;

    ResolutionScope() {
        this(LIMIT);
    }

    ResolutionScope(int limit) {
        this.limit = limit;
    }

    /**
     * Marks the store as having changes to resolve; call in each write transaction that changes article graphs, so
     * that the mark is durable with them. A mark that an earlier run left (it stopped before resolving) makes this
     * scope the whole store.
     */
    void begin(HeadlineKeys keys) {
        if (keys.isPending()) {
            if (!begun) {
                everything();
            }
        } else {
            keys.markPending();
        }
        begun = true;
    }

    /** Whether {@link #begin} was called: this run marked its changes. */
    boolean hasBegun() {
        return begun;
    }

    /** Notes the keys of what a changed graph holds; note them before and after the change. */
    void note(GraphKeys graph) {
        if (everything) {
            return;
        }
        keys.addAll(graph.headlines());
        for (GraphKeys.TitleReference reference : graph.references()) {
            keys.add(reference.key());
            referrers.add(reference.referrer());
            titles.add(reference.title());
        }
        if (keys.size() > limit) {
            everything();
        }
    }

    /** Makes this scope the whole store. */
    void everything() {
        everything = true;
        keys = Set.of();
        referrers = Set.of();
        titles = Set.of();
    }

    boolean isEverything() {
        return everything;
    }

    Set<String> keys() {
        return keys;
    }

    Set<Node> referrers() {
        return referrers;
    }

    Set<Node> titles() {
        return titles;
    }
}
